import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addCalendarDays, parseLocalDate } from '../calendar/index.js'
import { ageInYears } from '../referral/validation-support.js'
import { ageInMonths, describeAge, describeAgeAfterIs } from './age.js'

const d = parseLocalDate

describe('ageInMonths', () => {
  test('counts whole months completed', () => {
    assert.equal(ageInMonths(d('2026-04-15'), d('2026-11-14')), 6)
    assert.equal(ageInMonths(d('2026-04-15'), d('2026-11-15')), 7)
    assert.equal(ageInMonths(d('2026-11-26'), d('2026-11-26')), 0)
    assert.equal(ageInMonths(d('2024-11-26'), d('2026-11-25')), 23)
    assert.equal(ageInMonths(d('2024-11-26'), d('2026-11-26')), 24)
  })

  test('a month with no matching day is completed on the 1st of the next', () => {
    assert.equal(ageInMonths(d('2026-01-31'), d('2026-02-28')), 0)
    assert.equal(ageInMonths(d('2026-01-31'), d('2026-03-01')), 1)
    assert.equal(ageInMonths(d('2024-02-29'), d('2025-02-28')), 11)
    assert.equal(ageInMonths(d('2024-02-29'), d('2025-03-01')), 12)
  })

  test('is negative before the date of birth', () => {
    assert.equal(ageInMonths(d('2026-12-01'), d('2026-11-26')), -1)
  })

  test('agrees with ageInYears', () => {
    const day = fc.integer({ min: 0, max: 40_000 }).map(n => addCalendarDays(d('1950-01-01'), n))
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 8_000 }), (birth, days) => {
        const on = addCalendarDays(birth, days)
        assert.equal(Math.floor(ageInMonths(birth, on) / 12), ageInYears(birth, on))
      }),
    )
  })
})

describe('describeAge', () => {
  test('months under 2, years from 2', () => {
    assert.equal(describeAge({ unborn: true }), 'unborn')
    assert.equal(describeAge({ unborn: false, ageInMonths: 0 }), 'less than 1 month')
    assert.equal(describeAge({ unborn: false, ageInMonths: 1 }), '1 month')
    assert.equal(describeAge({ unborn: false, ageInMonths: 7 }), '7 months')
    assert.equal(describeAge({ unborn: false, ageInMonths: 23 }), '23 months')
    assert.equal(describeAge({ unborn: false, ageInMonths: 24 }), '2 years')
    assert.equal(describeAge({ unborn: false, ageInMonths: 47 }), '3 years')
    assert.equal(describeAge({ unborn: false }), 'age not known')
    assert.equal(describeAge({ unborn: false, ageInMonths: -1 }), 'age not known')
  })

  test('after "is"', () => {
    assert.equal(describeAgeAfterIs({ unborn: false, ageInMonths: 7 }), '7 months old')
    assert.equal(describeAgeAfterIs({ unborn: true }), 'unborn')
    assert.equal(describeAgeAfterIs({ unborn: false }), 'of an unknown age')
  })
})
