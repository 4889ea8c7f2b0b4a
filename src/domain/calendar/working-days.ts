import { BANK_HOLIDAYS, BANK_HOLIDAY_COVERAGE } from './bank-holidays.js'
import { dayOfWeek, fromDayNumber, parseLocalDate, toDayNumber, type LocalDate } from './local-date.js'

const MS_PER_DAY = 86_400_000
const MS_PER_SECOND = 1_000

export interface CalendarOptions {
  /** Days a partnership is closed on top of bank holidays (e.g. a Christmas shutdown), as 'YYYY-MM-DD'. */
  readonly extraClosures?: readonly string[]
}

export interface Calendar {
  /** First and last dates the calendar can answer for; anything outside throws rather than guessing. */
  readonly firstDate: LocalDate
  readonly lastDate: LocalDate
  /** Bank holidays plus extra closures, sorted and de-duplicated (may include weekend extra closures). */
  readonly closures: readonly LocalDate[]
  /**
   * Running count of working days from firstDate through firstDate + i, inclusive. Precomputed so that counting and
   * adding working days cost O(1) and O(log n) however far apart the dates are.
   */
  readonly workingDaysThrough: readonly number[]
}

export function createCalendar(options: CalendarOptions = {}): Calendar {
  const firstDate = parseLocalDate(`${BANK_HOLIDAY_COVERAGE.firstYear}-01-01`)
  const lastDate = parseLocalDate(`${BANK_HOLIDAY_COVERAGE.lastYear}-12-31`)
  const extra = (options.extraClosures ?? []).map(value => {
    const date = parseLocalDate(value)
    // A closure outside the covered years would be silently ignored, which usually means a typo in the year.
    if (date < firstDate || date > lastDate) {
      throw new RangeError(`Extra closure ${date} is outside the calendar's coverage ${firstDate} to ${lastDate}`)
    }
    return date
  })
  const closed = new Set<LocalDate>([...BANK_HOLIDAYS.map(holiday => holiday.date), ...extra])

  const firstDay = toDayNumber(firstDate)
  const lastDay = toDayNumber(lastDate)
  const workingDaysThrough: number[] = []
  let count = 0
  for (let day = firstDay; day <= lastDay; day++) {
    if (isOpen(fromDayNumber(day), closed)) count++
    workingDaysThrough.push(count)
  }

  return Object.freeze({
    firstDate,
    lastDate,
    closures: Object.freeze([...closed].sort()),
    workingDaysThrough: Object.freeze(workingDaysThrough),
  })
}

function isOpen(date: LocalDate, closed: ReadonlySet<LocalDate>): boolean {
  const weekday = dayOfWeek(date)
  return weekday !== 0 && weekday !== 6 && !closed.has(date)
}

function indexOf(calendar: Calendar, date: LocalDate): number {
  const index = toDayNumber(date) - toDayNumber(calendar.firstDate)
  if (!Number.isInteger(index) || index < 0 || index >= calendar.workingDaysThrough.length) {
    throw new RangeError(`${date} is outside the calendar's coverage ${calendar.firstDate} to ${calendar.lastDate}`)
  }
  return index
}

function countThrough(calendar: Calendar, index: number): number {
  if (index < 0) return 0
  const count = calendar.workingDaysThrough[index]
  if (count === undefined) throw new RangeError(`Day index ${index} is outside the calendar's coverage`)
  return count
}

function assertWorkingDayCount(n: number): void {
  if (!Number.isSafeInteger(n) || n < 0) throw new RangeError(`Working day count must be a whole number >= 0: ${n}`)
}

/** Monday to Friday and neither a bank holiday nor an extra closure. Throws RangeError outside coverage. */
export function isWorkingDay(calendar: Calendar, date: LocalDate): boolean {
  const index = indexOf(calendar, date)
  return countThrough(calendar, index) > countThrough(calendar, index - 1)
}

/**
 * The date that is n working days after `date`. The start date itself never counts, whether or not it is a working
 * day: from Friday or Saturday, 1 working day later is the following Monday (if Monday is open). n = 0 returns `date`
 * unchanged, even on a non-working day, so that workingDaysBetween(date, addWorkingDays(date, n)) === n for every n.
 * Throws RangeError for negative or fractional n, or if the start or the result is outside coverage.
 */
export function addWorkingDays(calendar: Calendar, date: LocalDate, n: number): LocalDate {
  assertWorkingDayCount(n)
  const start = indexOf(calendar, date)
  if (n === 0) return date
  const target = countThrough(calendar, start) + n
  const counts = calendar.workingDaysThrough
  if (target > countThrough(calendar, counts.length - 1)) {
    throw new RangeError(`${n} working days after ${date} is beyond the calendar's coverage (${calendar.lastDate})`)
  }
  // The first day whose running count reaches target is, by construction, a working day.
  let low = start + 1
  let high = counts.length - 1
  while (low < high) {
    const middle = Math.floor((low + high) / 2)
    if (countThrough(calendar, middle) >= target) high = middle
    else low = middle + 1
  }
  return fromDayNumber(toDayNumber(calendar.firstDate) + low)
}

/**
 * Working days after `from` up to and including `to`: 0 when from === to, and from Friday to the next Monday is 1.
 * If `to` is before `from` the result is negative (minus the count from `to` to `from`), which keeps
 * between(a, b) + between(b, c) === between(a, c) for any order. Throws RangeError outside coverage.
 */
export function workingDaysBetween(calendar: Calendar, from: LocalDate, to: LocalDate): number {
  return countThrough(calendar, indexOf(calendar, to)) - countThrough(calendar, indexOf(calendar, from))
}

// Intl carries the tz database, so no offsets or DST rules are hard-coded here. h23 avoids the "24:00" some
// engines otherwise produce for midnight.
const LONDON_WALL_CLOCK = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
})

/** London's offset from UTC (ms, +3_600_000 in BST) at the given epoch millisecond. */
function londonOffsetMs(epochMs: number): number {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, number>> = {}
  for (const part of LONDON_WALL_CLOCK.formatToParts(epochMs)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value)
  }
  const wall = new Date(0)
  wall.setUTCFullYear(parts.year ?? NaN, (parts.month ?? NaN) - 1, parts.day ?? NaN)
  wall.setUTCHours(parts.hour ?? NaN, parts.minute ?? NaN, parts.second ?? NaN, 0)
  const offset = wall.getTime() - Math.floor(epochMs / MS_PER_SECOND) * MS_PER_SECOND
  if (Number.isNaN(offset)) throw new RangeError(`Cannot determine the Europe/London offset at ${epochMs}`)
  return offset
}

function assertValidInstant(instant: Date): number {
  const epochMs = instant.getTime()
  if (Number.isNaN(epochMs)) throw new RangeError('Invalid Date')
  return epochMs
}

/** The Europe/London calendar date on which the instant falls (BST or GMT as applicable). */
export function toLondonDate(instant: Date): LocalDate {
  const epochMs = assertValidInstant(instant)
  return fromDayNumber(Math.floor((epochMs + londonOffsetMs(epochMs)) / MS_PER_DAY))
}

/**
 * The last millisecond (23:59:59.999) of the date in Europe/London: 22:59:59.999Z in BST, 23:59:59.999Z in GMT. UK
 * clocks change at 01:00 UTC, so 23:59:59.999 local always exists exactly once, including on the change days.
 */
export function endOfLondonDay(date: LocalDate): Date {
  const wallMs = (toDayNumber(date) + 1) * MS_PER_DAY - 1
  // Second pass corrects the guess if the first offset was read on the wrong side of a clock change.
  const guess = wallMs - londonOffsetMs(wallMs)
  return new Date(wallMs - londonOffsetMs(guess))
}

/**
 * End of the London day n working days after the instant's London date (n = 0: end of that same London day, even
 * if it is not a working day). For stage clocks such as escalation deadlines.
 */
export function addWorkingDaysToInstant(calendar: Calendar, instant: Date, n: number): Date {
  return endOfLondonDay(addWorkingDays(calendar, toLondonDate(instant), n))
}

/**
 * "Decision due within one working day": the end of the first working day after the instant's London date. The
 * time of day does not matter, so a contact at 00:01 or 23:59 on a Monday is due by the end of Tuesday, and one on a
 * Saturday by the end of Monday.
 */
export function dueByEndOfNextWorkingDay(calendar: Calendar, instant: Date): Date {
  return addWorkingDaysToInstant(calendar, instant, 1)
}
