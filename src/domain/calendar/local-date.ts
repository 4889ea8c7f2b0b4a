declare const localDateBrand: unique symbol

/**
 * A calendar date with no time or zone, as ISO 'YYYY-MM-DD'. Branded so that an unchecked string (a timestamp,
 * '2024-3-1', '2023-02-29') cannot reach deadline arithmetic: obtain one through parseLocalDate or toLondonDate.
 */
export type LocalDate = string & { readonly [localDateBrand]: 'LocalDate' }

const MS_PER_DAY = 86_400_000
const LOCAL_DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/

// Date.UTC maps years 0–99 onto 1900–1999, so setUTCFullYear is used to keep every four-digit year exact.
function utcMidnight(year: number, month: number, day: number): Date {
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  return date
}

export function isLocalDate(value: string): value is LocalDate {
  const match = LOCAL_DATE_PATTERN.exec(value)
  if (match === null) return false
  const year = Number(match[1])
  const month = Number(match[2])
  const day = Number(match[3])
  if (year < 1) return false
  // Rejects dates the Date object would silently roll over, such as 2023-02-29 or 2024-04-31.
  const date = utcMidnight(year, month, day)
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

export function parseLocalDate(value: string): LocalDate {
  if (!isLocalDate(value)) throw new RangeError(`Not a valid ISO calendar date (YYYY-MM-DD): ${JSON.stringify(value)}`)
  return value
}

/** Days since 1970-01-01; lets date arithmetic be plain integer arithmetic. */
export function toDayNumber(date: LocalDate): number {
  const [year, month, day] = date.split('-').map(Number)
  return utcMidnight(year ?? NaN, month ?? NaN, day ?? NaN).getTime() / MS_PER_DAY
}

export function fromDayNumber(dayNumber: number): LocalDate {
  if (!Number.isSafeInteger(dayNumber)) throw new RangeError(`Not a whole day number: ${dayNumber}`)
  return parseLocalDate(new Date(dayNumber * MS_PER_DAY).toISOString().slice(0, 10))
}

/** 0 = Sunday … 6 = Saturday, matching Date#getUTCDay. */
export function dayOfWeek(date: LocalDate): number {
  // 1970-01-01 was a Thursday.
  return (((toDayNumber(date) + 4) % 7) + 7) % 7
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  return fromDayNumber(toDayNumber(date) + days)
}
