import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { parseLocalDate } from '../../domain/calendar/index.js'
import { fromDayNumber, toDayNumber } from '../../domain/calendar/local-date.js'
import { dateParts, parseDateInput, type DateInputOptions } from './date-input.js'

const today = parseLocalDate('2026-11-26')
const past: DateInputOptions = { when: 'past', today }
const any: DateInputOptions = { when: 'any', today }
const dob = (day: string, month: string, year: string, options = past) =>
  parseDateInput({ day, month, year }, 'Date of birth', options)
const error = (message: string, part: 'day' | 'month' | 'year') => ({ ok: false, message, part })

describe('parseDateInput', () => {
  test('a complete date becomes an ISO date', () => {
    assert.deepEqual(dob('3', '7', '2020'), { ok: true, value: '2020-07-03' })
    assert.deepEqual(dob('03', '07', '2020'), { ok: true, value: '2020-07-03' })
    assert.deepEqual(dob(' 3 ', ' 7 ', ' 2020 '), { ok: true, value: '2020-07-03' })
  })

  test('month names and abbreviations are understood in any case', () => {
    for (const [month, expected] of [
      ['jan', '01'],
      ['January', '01'],
      ['FEB', '02'],
      ['Sept', '09'],
      ['sep.', '09'],
      ['may', '05'],
      ['  december ', '12'],
      ['Octo', '10'],
    ] as const) {
      assert.deepEqual(dob('1', month, '2020'), { ok: true, value: `2020-${expected}-01` }, month)
    }
  })

  test('nothing entered asks for the date and links to the day', () => {
    assert.deepEqual(dob('', '', ''), error('Enter date of birth', 'day'))
    assert.deepEqual(dob(' ', '\t', ''), error('Enter date of birth', 'day'))
  })

  test('missing parts are named, linking to the first one missing', () => {
    assert.deepEqual(dob('3', '', '2020'), error('Date of birth must include a month', 'month'))
    assert.deepEqual(dob('', '7', '2020'), error('Date of birth must include a day', 'day'))
    assert.deepEqual(dob('3', '7', ''), error('Date of birth must include a year', 'year'))
    assert.deepEqual(dob('', '', '2020'), error('Date of birth must include a day and month', 'day'))
    assert.deepEqual(dob('', '7', ''), error('Date of birth must include a day and year', 'day'))
    assert.deepEqual(dob('3', '', ''), error('Date of birth must include a month and year', 'month'))
  })

  test('a part that cannot be right makes it "a real date", linking to that part', () => {
    assert.deepEqual(dob('32', '7', '2020'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('0', '7', '2020'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('3rd', '7', '2020'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('3', '13', '2020'), error('Date of birth must be a real date', 'month'))
    assert.deepEqual(dob('3', 'ju', '2020'), error('Date of birth must be a real date', 'month'))
    assert.deepEqual(dob('3', 'smarch', '2020'), error('Date of birth must be a real date', 'month'))
    assert.deepEqual(dob('3', '7', '0000'), error('Date of birth must be a real date', 'year'))
  })

  test('a year that is not 4 numbers says so', () => {
    assert.deepEqual(dob('3', '7', '20'), error('Year must include 4 numbers', 'year'))
    assert.deepEqual(dob('3', '7', '20201'), error('Year must include 4 numbers', 'year'))
    assert.deepEqual(dob('3', '7', '2O20'), error('Year must include 4 numbers', 'year'))
  })

  test('the first wrong part wins when more than one is wrong', () => {
    assert.deepEqual(dob('40', '13', '20'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('3', '13', '20'), error('Date of birth must be a real date', 'month'))
  })

  test('a day the month does not have is not a real date', () => {
    assert.deepEqual(dob('31', '4', '2020'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('29', '2', '2023'), error('Date of birth must be a real date', 'day'))
    assert.deepEqual(dob('29', 'feb', '2024'), { ok: true, value: '2024-02-29' })
  })

  test('past and future are checked against today, and today is allowed for both', () => {
    assert.deepEqual(dob('27', '11', '2026'), error('Date of birth must be in the past', 'day'))
    assert.deepEqual(dob('26', '11', '2026'), { ok: true, value: '2026-11-26' })
    const due = (day: string) =>
      parseDateInput({ day, month: '11', year: '2026' }, 'Due date', { when: 'future', today })
    assert.deepEqual(due('25'), error('Due date must be in the future', 'day'))
    assert.deepEqual(due('26'), { ok: true, value: '2026-11-26' })
    assert.deepEqual(dob('27', '11', '2026', any), { ok: true, value: '2026-11-27' })
  })

  test('the label is used as written at the start of a message and lower-cased after "Enter", except an acronym', () => {
    assert.deepEqual(
      parseDateInput({ day: '', month: '', year: '' }, 'Expected date of delivery', any),
      error('Enter expected date of delivery', 'day'),
    )
    assert.deepEqual(
      parseDateInput({ day: '', month: '', year: '' }, 'NHS appointment date', any),
      error('Enter NHS appointment date', 'day'),
    )
  })

  test('property: any real date typed as numbers, or with the month as a name, reads back as itself', () => {
    const date = fc
      .integer({ min: toDayNumber(parseLocalDate('1900-01-01')), max: toDayNumber(parseLocalDate('2099-12-31')) })
      .map(fromDayNumber)
    const names = [
      'January',
      'February',
      'March',
      'April',
      'May',
      'June',
      'July',
      'August',
      'September',
      'October',
      'November',
      'December',
    ]
    fc.assert(
      fc.property(date, fc.boolean(), (iso, asName) => {
        const parts = dateParts(iso)
        const month = asName ? (names[Number(parts.month) - 1] ?? '') : parts.month
        assert.deepEqual(parseDateInput({ ...parts, month }, 'Date', any), { ok: true, value: iso })
      }),
    )
  })
})

describe('dateParts', () => {
  test('splits an ISO date into boxes without leading zeros', () => {
    assert.deepEqual(dateParts('2020-07-03'), { day: '3', month: '7', year: '2020' })
    assert.deepEqual(dateParts('2026-11-26'), { day: '26', month: '11', year: '2026' })
  })

  test('anything that is not an ISO date gives empty boxes', () => {
    for (const value of [undefined, '', '2023-02-29', '3/7/2020', 'soon']) {
      assert.deepEqual(dateParts(value), { day: '', month: '', year: '' }, String(value))
    }
  })
})
