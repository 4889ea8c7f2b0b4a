import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addCalendarDays, parseLocalDate } from '../calendar/index.js'
import { fromDayNumber, toDayNumber } from '../calendar/local-date.js'
import {
  addMonths,
  ageInYears,
  characterCount,
  dateValue,
  isBlank,
  joinNames,
  text,
  tooLong,
} from './validation-support.js'

const d = parseLocalDate

describe('validation support', () => {
  test('text trims leading and trailing whitespace only, and reads non-strings as blank', () => {
    assert.equal(text("  Chloe O'Brien  "), "Chloe O'Brien")
    assert.equal(text('Zoë  Anne'), 'Zoë  Anne')
    assert.equal(text(42), '')
    assert.equal(text(undefined), '')
    assert.equal(isBlank(' \n\t '), true)
    assert.equal(isBlank('x'), false)
  })

  test('an emoji counts as one character', () => {
    assert.equal(characterCount('Ava 🌈'), 5)
    assert.equal('Ava 🌈'.length, 6)
  })

  test('tooLong allows exactly the maximum and reports one more', () => {
    assert.deepEqual(tooLong('description', 'description', 'a'.repeat(10), 10), [])
    assert.deepEqual(tooLong('description', 'description', 'a'.repeat(11), 10), [
      { field: 'description', message: 'Description must be 10 characters or less' },
    ])
    assert.deepEqual(tooLong('childsVoice', "the child's words", '😀'.repeat(10_000), 10_000), [])
    assert.equal(
      tooLong('childsVoice', "the child's words", 'a'.repeat(10_001), 10_000)[0]?.message,
      "The child's words must be 10,000 characters or less",
    )
  })

  test('addMonths keeps the day where it can and otherwise uses the last day of the month', () => {
    assert.equal(addMonths(d('2026-11-26'), 10), '2027-09-26')
    assert.equal(addMonths(d('2026-11-26'), -1), '2026-10-26')
    assert.equal(addMonths(d('2026-01-31'), 1), '2026-02-28')
    assert.equal(addMonths(d('2028-01-31'), 1), '2028-02-29')
    assert.equal(addMonths(d('2026-03-31'), -1), '2026-02-28')
    assert.equal(addMonths(d('2026-12-15'), 1), '2027-01-15')
    assert.equal(addMonths(d('2026-01-15'), -13), '2024-12-15')
  })

  test('age counts whole years and turns over on the birthday', () => {
    assert.equal(ageInYears(d('2008-11-26'), d('2026-11-25')), 17)
    assert.equal(ageInYears(d('2008-11-26'), d('2026-11-26')), 18)
    assert.equal(ageInYears(d('2026-11-26'), d('2026-11-26')), 0)
  })

  test('someone born on 29 February has their birthday on 1 March in other years', () => {
    assert.equal(ageInYears(d('2008-02-29'), d('2026-02-28')), 17)
    assert.equal(ageInYears(d('2008-02-29'), d('2026-03-01')), 18)
    assert.equal(ageInYears(d('2008-02-29'), d('2028-02-29')), 20)
  })

  test('property: on the nth birthday the age is n, and the day before it is n - 1', () => {
    const date = fc
      .integer({ min: toDayNumber(d('1950-01-01')), max: toDayNumber(d('2060-12-31')) })
      .map(fromDayNumber)
      .filter(birth => !birth.endsWith('-02-29'))
    fc.assert(
      fc.property(date, fc.integer({ min: 1, max: 40 }), (birth, years) => {
        const birthday = addMonths(birth, 12 * years)
        assert.equal(ageInYears(birth, birthday), years)
        assert.equal(ageInYears(birth, addCalendarDays(birthday, -1)), years - 1)
      }),
    )
  })

  test('dateValue tells missing from malformed', () => {
    assert.equal(dateValue(undefined), undefined)
    assert.equal(dateValue('  '), undefined)
    assert.equal(dateValue('2026-02-29'), 'invalid')
    assert.equal(dateValue('26/11/2026'), 'invalid')
    assert.equal(dateValue(' 2026-11-26 '), '2026-11-26')
  })

  test('joinNames lists names the way a sentence would', () => {
    assert.equal(joinNames([]), '')
    assert.equal(joinNames(['Ava']), 'Ava')
    assert.equal(joinNames(['Ava', 'Leo']), 'Ava and Leo')
    assert.equal(joinNames(['Ava', 'Leo', 'Mia']), 'Ava, Leo and Mia')
  })
})
