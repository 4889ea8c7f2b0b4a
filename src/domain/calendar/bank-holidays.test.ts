import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import Holidays from 'date-holidays'
import { BANK_HOLIDAYS, BANK_HOLIDAY_COVERAGE } from './bank-holidays.js'
import { dayOfWeek, parseLocalDate, type LocalDate } from './local-date.js'

const { firstYear, lastYear } = BANK_HOLIDAY_COVERAGE
const shipped = BANK_HOLIDAYS.map(holiday => holiday.date)

function years(): number[] {
  return Array.from({ length: lastYear - firstYear + 1 }, (_, i) => firstYear + i)
}

function iso(year: number, month: number, day: number): LocalDate {
  return parseLocalDate(new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10))
}

const isWeekend = (date: LocalDate): boolean => dayOfWeek(date) === 0 || dayOfWeek(date) === 6

// Anonymous Gregorian computus (Meeus/Jones/Butcher): an independent derivation to check the shipped data against.
function easterSunday(year: number): LocalDate {
  const a = year % 19
  const b = Math.floor(year / 100)
  const c = year % 100
  const h = (19 * a + b - Math.floor(b / 4) - Math.floor((b - Math.floor((b + 8) / 25) + 1) / 3) + 15) % 30
  const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7
  const m = Math.floor((a + 11 * h + 22 * l) / 451)
  const month = Math.floor((h + l - 7 * m + 114) / 31)
  const day = ((h + l - 7 * m + 114) % 31) + 1
  return iso(year, month, day)
}

function addDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = date.split('-').map(Number)
  return iso(y ?? NaN, m ?? NaN, (d ?? NaN) + days)
}

function firstMonday(year: number, month: number): LocalDate {
  const first = iso(year, month, 1)
  return addDays(first, (8 - dayOfWeek(first)) % 7)
}

function lastMonday(year: number, month: number): LocalDate {
  const last = iso(year, month + 1, 0)
  return addDays(last, -((dayOfWeek(last) + 6) % 7))
}

/** Banking and Financial Dealings Act 1971 pattern plus the proclaimed changes of the covered years. */
function derivedHolidays(year: number): LocalDate[] {
  const days: LocalDate[] = []
  const newYear = iso(year, 1, 1)
  days.push(isWeekend(newYear) ? addDays(newYear, dayOfWeek(newYear) === 6 ? 2 : 1) : newYear)
  const easter = easterSunday(year)
  days.push(addDays(easter, -2), addDays(easter, 1))
  days.push(year === 2020 ? iso(2020, 5, 8) : firstMonday(year, 5))
  days.push(...(year === 2022 ? [iso(2022, 6, 2), iso(2022, 6, 3)] : [lastMonday(year, 5)]))
  days.push(lastMonday(year, 8))
  if (year === 2022) days.push(iso(2022, 9, 19))
  if (year === 2023) days.push(iso(2023, 5, 8))
  // Christmas and Boxing Day falling at a weekend each move to the next weekday not already a holiday.
  let next = iso(year, 12, 25)
  for (const fixed of [iso(year, 12, 25), iso(year, 12, 26)]) {
    while (next < fixed || isWeekend(next)) next = addDays(next, 1)
    days.push(next)
    next = addDays(next, 1)
  }
  return days.sort()
}

describe('England and Wales bank holidays', () => {
  test('cover every year from 2015 to 2030 and nothing else', () => {
    assert.equal(firstYear, 2015)
    assert.equal(lastYear, 2030)
    assert.deepEqual([...new Set(shipped.map(date => Number(date.slice(0, 4))))], years())
  })

  test('are strictly ascending (no duplicates) and all fall on weekdays', () => {
    for (let i = 1; i < shipped.length; i++) assert.ok(shipped[i - 1]! < shipped[i]!, `${shipped[i]} out of order`)
    assert.deepEqual(shipped.filter(isWeekend), [])
  })

  test('have eight a year, plus the proclaimed extra days of 2022 and 2023', () => {
    const perYear = new Map<number, number>()
    for (const date of shipped) perYear.set(Number(date.slice(0, 4)), (perYear.get(Number(date.slice(0, 4))) ?? 0) + 1)
    for (const year of years()) {
      const expected = year === 2022 ? 10 : year === 2023 ? 9 : 8
      assert.equal(perYear.get(year), expected, `count for ${year}`)
    }
  })

  test('match the date-holidays package (GB/ENG public holidays, weekend days replaced by substitutes)', () => {
    const reference = new Holidays('GB', 'ENG', { types: ['public'] })
    const weekdays: string[] = []
    for (const year of years()) {
      const holidays = reference.getHolidays(year)
      for (const holiday of holidays) {
        assert.equal(holiday.type, 'public')
        const date = parseLocalDate(holiday.date.slice(0, 10))
        if (!isWeekend(date)) weekdays.push(date)
      }
    }
    assert.deepEqual(shipped, [...new Set(weekdays)].sort())
  })

  test('date-holidays marks the Christmas 2021 and New Year 2022 shifts as substitutes, as the shipped names do', () => {
    const reference = new Holidays('GB', 'ENG', { types: ['public'] })
    const substitutes = [2021, 2022]
      .flatMap(year => reference.getHolidays(year))
      .filter(holiday => holiday.substitute === true)
      .map(holiday => holiday.date.slice(0, 10))
    assert.deepEqual(substitutes, ['2021-12-27', '2021-12-28', '2022-01-03', '2022-12-27'])
    for (const date of substitutes) {
      assert.match(BANK_HOLIDAYS.find(holiday => holiday.date === date)?.name ?? '', /substitute day/)
    }
  })

  test('match an independent derivation from Easter computus and the substitution rules', () => {
    assert.deepEqual(shipped, years().flatMap(derivedHolidays))
  })

  test('computus agrees with known Easter Sundays', () => {
    assert.equal(easterSunday(2019), '2019-04-21')
    assert.equal(easterSunday(2024), '2024-03-31')
    assert.equal(easterSunday(2025), '2025-04-20')
    assert.equal(easterSunday(2027), '2027-03-28')
  })

  test('include the special days, and not the days they displaced', () => {
    const names = new Map(BANK_HOLIDAYS.map(holiday => [holiday.date as string, holiday.name]))
    assert.match(names.get('2020-05-08') ?? '', /VE Day/)
    assert.equal(names.has('2020-05-04'), false)
    assert.equal(names.get('2022-06-02'), 'Spring bank holiday')
    assert.match(names.get('2022-06-03') ?? '', /Platinum Jubilee/)
    assert.equal(names.has('2022-05-30'), false)
    assert.match(names.get('2022-09-19') ?? '', /State Funeral/)
    assert.match(names.get('2023-05-08') ?? '', /coronation/)
    assert.equal(names.get('2023-05-01'), 'Early May bank holiday')
  })

  test('include the Christmas substitute days and known Easters', () => {
    for (const date of ['2021-12-27', '2021-12-28', '2022-12-26', '2022-12-27', '2024-03-29', '2024-04-01']) {
      assert.ok(shipped.includes(parseLocalDate(date)), date)
    }
    assert.equal(shipped.includes(parseLocalDate('2021-12-24')), false)
  })

  test('are frozen so a caller cannot add or move a holiday', () => {
    assert.ok(Object.isFrozen(BANK_HOLIDAYS))
    assert.ok(BANK_HOLIDAYS.every(holiday => Object.isFrozen(holiday)))
  })
})
