// Referrers type names and numbers the way letters and other systems print them: "O'Brien",
// "SMITH-JONES", "Zoë", "943 476 5919", "nb1 4gh". Comparison happens on a normal form so
// that none of those differences counts as a disagreement.

/** Lower case, accents dropped, apostrophes removed, other punctuation and hyphens turned into spaces. */
export function normaliseName(input: string | undefined): string {
  if (input === undefined) return ''
  if (/^[A-Za-z]+$/.test(input)) return input.toLowerCase()
  return input
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’‘`]/g, '')
    .replace(/[^a-z]+/g, ' ')
    .trim()
}

/** The words of a name: "Smith-Jones" → ['smith', 'jones']. */
export function nameTokens(input: string | undefined): string[] {
  const name = normaliseName(input)
  return name === '' ? [] : name.split(' ')
}

/** The name as one run of letters, so "Smith Jones" and "Smith-Jones" are the same. */
export function compactName(input: string | undefined): string {
  return nameTokens(input).join('')
}

/** The digits of an NHS number when there are exactly ten of them, otherwise ''. */
export function compactNhsNumber(input: string | undefined): string {
  const digits = (input ?? '').replace(/[\s-]/g, '')
  return /^\d{10}$/.test(digits) ? digits : ''
}

/** Upper case, no spaces: "nb1 4gh" → "NB14GH". */
export function compactPostcode(input: string | undefined): string {
  return (input ?? '').replace(/[^A-Za-z0-9]/g, '').toUpperCase()
}

/**
 * The outward code (area and district) of a compact postcode: "NB14GH" → "NB1". A code too
 * short to have an inward part is taken to be an outward code on its own ("NB1").
 */
export function outwardCode(compact: string): string {
  if (compact.length >= 5) return compact.slice(0, -3)
  return compact.length >= 2 ? compact : ''
}

export type DateParts = { year: number; month: number; day: number; iso: string }

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** The parts of a real ISO date, or undefined for anything else (which is treated as missing). */
export function dateParts(input: string | undefined): DateParts | undefined {
  const iso = input?.trim() ?? ''
  const match = ISO_DATE.exec(iso)
  if (match === null) return undefined
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined
  return { year, month, day, iso }
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  return dateParts(iso)?.iso
}

/** The same date with day and month exchanged, when that is a different real date. */
export function swappedDayMonth(date: DateParts): string | undefined {
  if (date.day === date.month) return undefined
  return isoDate(date.year, date.day, date.month)
}
