import { describe, test } from 'node:test'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { BANK_HOLIDAYS } from './bank-holidays.js'
import { addCalendarDays, dayOfWeek, fromDayNumber, parseLocalDate, toDayNumber, type LocalDate } from './local-date.js'
import {
  addWorkingDays,
  addWorkingDaysToInstant,
  createCalendar,
  dueByEndOfNextWorkingDay,
  endOfLondonDay,
  isWorkingDay,
  toLondonDate,
  workingDaysBetween,
} from './working-days.js'

const d = parseLocalDate
const calendar = createCalendar()
const bankHolidays = new Set<string>(BANK_HOLIDAYS.map(holiday => holiday.date))

const dateBetween = (min: string, max: string): fc.Arbitrary<LocalDate> =>
  fc.integer({ min: toDayNumber(d(min)), max: toDayNumber(d(max)) }).map(fromDayNumber)
const coveredDate = dateBetween('2015-01-01', '2030-12-31')
// Leaves a year of headroom so adding up to 200 working days never runs off the end of the data.
const startDate = dateBetween('2015-01-01', '2029-12-31')
const workingDayCount = fc.integer({ min: 0, max: 200 })
const sorted = (dates: LocalDate[]): LocalDate[] => [...dates].sort()

// Deliberately naive reference implementation, to check the precomputed running counts against.
function naiveIsWorkingDay(date: LocalDate, extra: ReadonlySet<string> = new Set()): boolean {
  const weekday = dayOfWeek(date)
  return weekday !== 0 && weekday !== 6 && !bankHolidays.has(date) && !extra.has(date)
}

function naiveBetween(from: LocalDate, to: LocalDate, extra?: ReadonlySet<string>): number {
  let count = 0
  for (let day = addCalendarDays(from, 1); day <= to; day = addCalendarDays(day, 1)) {
    if (naiveIsWorkingDay(day, extra)) count++
  }
  return count
}

describe('working days: properties', () => {
  test('isWorkingDay agrees with the naive definition on every covered day', () => {
    for (let day = d('2015-01-01'); day <= '2030-12-31'; day = addCalendarDays(day, 1)) {
      assert.equal(isWorkingDay(calendar, day), naiveIsWorkingDay(day), day)
    }
  })

  test('adding n working days and counting back gives n', () => {
    fc.assert(
      fc.property(startDate, workingDayCount, (date, n) => {
        assert.equal(workingDaysBetween(calendar, date, addWorkingDays(calendar, date, n)), n)
      }),
    )
  })

  test('the result of adding at least one working day is never a weekend or bank holiday', () => {
    fc.assert(
      fc.property(startDate, fc.integer({ min: 1, max: 200 }), (date, n) => {
        const result = addWorkingDays(calendar, date, n)
        assert.ok(result > date)
        assert.ok(naiveIsWorkingDay(result), result)
        assert.ok(isWorkingDay(calendar, result), result)
      }),
    )
  })

  test('addWorkingDays is strictly monotonic in n and composes', () => {
    fc.assert(
      fc.property(startDate, workingDayCount, workingDayCount, (date, a, b) => {
        const [n, m] = [Math.min(a, b), Math.max(a, b)]
        if (n < m) assert.ok(addWorkingDays(calendar, date, n) < addWorkingDays(calendar, date, m))
        assert.equal(
          addWorkingDays(calendar, addWorkingDays(calendar, date, n), m - n),
          addWorkingDays(calendar, date, m),
        )
      }),
    )
  })

  test('workingDaysBetween is additive over a <= b <= c', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, coveredDate, (x, y, z) => {
        const [a, b, c] = sorted([x, y, z]) as [LocalDate, LocalDate, LocalDate]
        assert.equal(
          workingDaysBetween(calendar, a, b) + workingDaysBetween(calendar, b, c),
          workingDaysBetween(calendar, a, c),
        )
      }),
    )
  })

  test('workingDaysBetween matches a day-by-day count and is negative when reversed', () => {
    fc.assert(
      fc.property(coveredDate, coveredDate, (x, y) => {
        const [from, to] = sorted([x, y]) as [LocalDate, LocalDate]
        const count = naiveBetween(from, to)
        assert.equal(workingDaysBetween(calendar, from, to), count)
        // Compared as a sum because assert.equal distinguishes 0 from -0.
        assert.equal(workingDaysBetween(calendar, to, from) + count, 0)
      }),
    )
  })

  test('extra closures are never working days and are skipped when adding and counting', () => {
    const windowDate = dateBetween('2024-01-01', '2024-12-31')
    fc.assert(
      fc.property(
        fc.uniqueArray(windowDate, { maxLength: 40 }),
        windowDate,
        fc.integer({ min: 1, max: 60 }),
        (extra, date, n) => {
          const closed = new Set<string>(extra)
          const partnership = createCalendar({ extraClosures: extra })
          for (const closure of extra) assert.equal(isWorkingDay(partnership, closure), false)
          const result = addWorkingDays(partnership, date, n)
          assert.equal(closed.has(result), false)
          assert.ok(naiveIsWorkingDay(result, closed))
          assert.equal(naiveBetween(date, result, closed), n)
          const closedWorkingDays = extra.filter(c => c > date && c <= result && isWorkingDay(calendar, c)).length
          assert.equal(workingDaysBetween(calendar, date, result), n + closedWorkingDays)
        },
      ),
    )
  })

  test('endOfLondonDay is the last millisecond of that London date, on every covered day', () => {
    for (let day = d('2015-01-01'); day <= '2030-12-31'; day = addCalendarDays(day, 1)) {
      const end = endOfLondonDay(day)
      assert.equal(toLondonDate(end), day)
      assert.equal(toLondonDate(new Date(end.getTime() + 1)), addCalendarDays(day, 1))
    }
  })

  test('endOfLondonDay maps back to its date with toLondonDate, for arbitrary dates', () => {
    fc.assert(
      fc.property(dateBetween('1972-01-01', '2199-12-31'), date => {
        const end = endOfLondonDay(date)
        assert.equal(toLondonDate(end), date)
        assert.equal(toLondonDate(new Date(end.getTime() + 1)), addCalendarDays(date, 1))
      }),
    )
  })

  test('every instant lies within its own London day', () => {
    const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 31) }).map(ms => new Date(ms))
    fc.assert(
      fc.property(instant, at => {
        const date = toLondonDate(at)
        assert.ok(at.getTime() <= endOfLondonDay(date).getTime())
        assert.ok(at.getTime() > endOfLondonDay(addCalendarDays(date, -1)).getTime())
      }),
    )
  })

  test('dueByEndOfNextWorkingDay is the end of the first working day after the London date', () => {
    const instant = fc.integer({ min: Date.UTC(2015, 0, 1), max: Date.UTC(2030, 11, 1) }).map(ms => new Date(ms))
    fc.assert(
      fc.property(instant, at => {
        const due = dueByEndOfNextWorkingDay(calendar, at)
        const dueDate = toLondonDate(due)
        assert.equal(due.getTime(), endOfLondonDay(dueDate).getTime())
        assert.ok(isWorkingDay(calendar, dueDate))
        assert.equal(workingDaysBetween(calendar, toLondonDate(at), dueDate), 1)
        assert.ok(due.getTime() > at.getTime())
      }),
    )
  })
})

describe('working days: known cases', () => {
  test('Easter 2024: Good Friday 29 March and Easter Monday 1 April are closed', () => {
    assert.equal(isWorkingDay(calendar, d('2024-03-28')), true)
    assert.equal(isWorkingDay(calendar, d('2024-03-29')), false)
    assert.equal(isWorkingDay(calendar, d('2024-04-01')), false)
    assert.equal(addWorkingDays(calendar, d('2024-03-28'), 1), '2024-04-02')
    assert.equal(workingDaysBetween(calendar, d('2024-03-28'), d('2024-04-02')), 1)
  })

  test('Christmas 2021 and 2022 substitute days (27 and 28 December) are closed', () => {
    assert.equal(addWorkingDays(calendar, d('2021-12-24'), 1), '2021-12-29')
    assert.equal(addWorkingDays(calendar, d('2022-12-23'), 1), '2022-12-28')
    for (const date of ['2021-12-27', '2021-12-28', '2022-12-26', '2022-12-27']) {
      assert.equal(isWorkingDay(calendar, d(date)), false, date)
    }
    assert.equal(isWorkingDay(calendar, d('2022-12-28')), true)
  })

  test('2020 early May bank holiday moved to Friday 8 May', () => {
    assert.equal(isWorkingDay(calendar, d('2020-05-04')), true)
    assert.equal(isWorkingDay(calendar, d('2020-05-08')), false)
    assert.equal(addWorkingDays(calendar, d('2020-05-07'), 1), '2020-05-11')
  })

  test('2022 Platinum Jubilee (2 and 3 June) and State Funeral (19 September)', () => {
    assert.equal(isWorkingDay(calendar, d('2022-05-30')), true)
    assert.equal(addWorkingDays(calendar, d('2022-06-01'), 1), '2022-06-06')
    assert.equal(addWorkingDays(calendar, d('2022-09-16'), 1), '2022-09-20')
  })

  test('coronation bank holiday, Monday 8 May 2023', () => {
    assert.equal(isWorkingDay(calendar, d('2023-05-08')), false)
    assert.equal(addWorkingDays(calendar, d('2023-05-05'), 1), '2023-05-09')
  })

  test('a contact at 16:00 on Friday 22 December 2023 is due by the end of Wednesday 27 December', () => {
    const due = dueByEndOfNextWorkingDay(calendar, new Date('2023-12-22T16:00:00Z'))
    assert.equal(due.toISOString(), '2023-12-27T23:59:59.999Z')
    const stage = addWorkingDaysToInstant(calendar, new Date('2023-12-22T16:00:00Z'), 3)
    assert.equal(stage.toISOString(), '2023-12-29T23:59:59.999Z')
    assert.equal(
      addWorkingDaysToInstant(calendar, new Date('2023-12-22T16:00:00Z'), 0).toISOString(),
      '2023-12-22T23:59:59.999Z',
    )
  })

  test('uses the London date, not the UTC date: 00:30 BST on Friday counts as Friday', () => {
    const at = new Date('2024-07-04T23:30:00Z')
    assert.equal(toLondonDate(at), '2024-07-05')
    assert.equal(dueByEndOfNextWorkingDay(calendar, at).toISOString(), '2024-07-08T22:59:59.999Z')
    assert.equal(toLondonDate(new Date('2024-12-31T23:30:00Z')), '2024-12-31')
  })

  test('end of day on and around the 2024 clock changes', () => {
    assert.equal(endOfLondonDay(d('2024-03-30')).toISOString(), '2024-03-30T23:59:59.999Z')
    assert.equal(endOfLondonDay(d('2024-03-31')).toISOString(), '2024-03-31T22:59:59.999Z')
    assert.equal(endOfLondonDay(d('2024-10-26')).toISOString(), '2024-10-26T22:59:59.999Z')
    assert.equal(endOfLondonDay(d('2024-10-27')).toISOString(), '2024-10-27T23:59:59.999Z')
    assert.equal(toLondonDate(new Date('2024-03-31T00:59:59.999Z')), '2024-03-31')
    assert.equal(toLondonDate(new Date('2024-10-26T23:00:00Z')), '2024-10-27')
  })

  test('the start date never counts, and adding 0 returns it unchanged', () => {
    const saturday = d('2024-01-06')
    assert.equal(addWorkingDays(calendar, saturday, 0), saturday)
    assert.equal(addWorkingDays(calendar, saturday, 1), '2024-01-08')
    assert.equal(addWorkingDays(calendar, d('2024-01-05'), 1), '2024-01-08')
    assert.equal(workingDaysBetween(calendar, d('2024-01-05'), d('2024-01-08')), 1)
    assert.equal(workingDaysBetween(calendar, saturday, d('2024-01-07')), 0)
    assert.equal(workingDaysBetween(calendar, d('2024-01-12'), d('2024-01-05')), -5)
  })

  test('rejects bad counts, bad dates and anything outside 2015–2030', () => {
    assert.throws(() => addWorkingDays(calendar, d('2024-01-05'), -1), RangeError)
    assert.throws(() => addWorkingDays(calendar, d('2024-01-05'), 1.5), RangeError)
    assert.throws(() => isWorkingDay(calendar, d('2014-12-31')), RangeError)
    assert.throws(() => isWorkingDay(calendar, d('2031-01-01')), RangeError)
    assert.throws(() => addWorkingDays(calendar, d('2030-12-31'), 1), RangeError)
    assert.throws(() => workingDaysBetween(calendar, d('2024-01-01'), d('2031-01-01')), RangeError)
    assert.throws(() => createCalendar({ extraClosures: ['2031-01-02'] }), RangeError)
    assert.throws(() => createCalendar({ extraClosures: ['2024-02-30'] }), RangeError)
    assert.throws(() => parseLocalDate('2024-3-1'), RangeError)
    assert.throws(() => parseLocalDate('2023-02-29'), RangeError)
    assert.equal(parseLocalDate('2024-02-29'), '2024-02-29')
    assert.throws(() => toLondonDate(new Date(Number.NaN)), RangeError)
  })

  test('a calendar is immutable data', () => {
    const partnership = createCalendar({ extraClosures: ['2024-12-24', '2024-12-25'] })
    assert.ok(Object.isFrozen(partnership))
    assert.ok(Object.isFrozen(partnership.closures))
    assert.equal(partnership.closures.filter(date => date === '2024-12-25').length, 1)
    assert.equal(isWorkingDay(partnership, d('2024-12-24')), false)
    assert.equal(isWorkingDay(calendar, d('2024-12-24')), true)
  })

  test('source files have no hidden clock, randomness, environment or I/O', () => {
    for (const file of ['bank-holidays.ts', 'local-date.ts', 'working-days.ts', 'index.ts']) {
      const source = readFileSync(new URL(file, import.meta.url), 'utf8')
      for (const forbidden of [/Date\.now/, /new Date\(\)/, /Math\.random/, /process\./, /from 'node:/]) {
        assert.doesNotMatch(source, forbidden, `${file} uses ${forbidden}`)
      }
    }
  })
})
