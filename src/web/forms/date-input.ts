import { isLocalDate, type LocalDate } from '../../domain/calendar/index.js'

// The GOV.UK date input pattern: three boxes, read leniently (spaces, "jan", "January"),
// with the design system's error messages and the first wrong box to link the error to.
// Pure, like the domain: today is an argument.

export type DateParts = { day: string; month: string; year: string }
export type DatePart = keyof DateParts
export type DateInputResult = { ok: true; value: LocalDate } | { ok: false; message: string; part: DatePart }

export type DateInputOptions = {
  /**
   * Today counts as both past and future, so a baby born today or due today can be recorded;
   * a dated event that may be on either side of today uses 'any'.
   */
  when: 'past' | 'future' | 'any'
  today: LocalDate
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]

const PARTS: readonly DatePart[] = ['day', 'month', 'year']

function monthNumber(value: string): number | undefined {
  if (/^\d{1,2}$/.test(value)) return Number(value)
  const name = value.toLowerCase().replace(/\.$/, '')
  // "Sept" is as common as "Sep"; any other prefix of three letters or more names one month.
  if (name === 'sept') return 9
  if (name.length < 3) return undefined
  const index = MONTHS.findIndex(month => month.startsWith(name))
  return index === -1 ? undefined : index + 1
}

/** Sentence-start label ("Date of birth") as it reads after "Enter" ("Enter date of birth"); acronyms keep their capitals. */
function afterVerb(label: string): string {
  const firstWord = label.split(/\s/)[0] ?? ''
  if (firstWord.length > 1 && firstWord === firstWord.toUpperCase()) return label
  return label.charAt(0).toLowerCase() + label.slice(1)
}

function joinParts(parts: DatePart[]): string {
  return parts.length === 1 ? (parts[0] ?? '') : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`
}

/**
 * Reads a GOV.UK date input. `label` is how the question names the date at the start of a
 * sentence ("Date of birth"). Errors follow the design system's wording and order: nothing
 * entered, then missing parts, then each part that cannot be right, then the date as a whole.
 */
export function parseDateInput(parts: DateParts, label: string, options: DateInputOptions): DateInputResult {
  const value = { day: parts.day.trim(), month: parts.month.trim(), year: parts.year.trim() }
  const missing = PARTS.filter(part => value[part] === '')
  const fail = (message: string, part: DatePart): DateInputResult => ({ ok: false, message, part })

  if (missing.length === 3) return fail(`Enter ${afterVerb(label)}`, 'day')
  if (missing.length > 0) return fail(`${label} must include a ${joinParts(missing)}`, missing[0] ?? 'day')

  const real = `${label} must be a real date`
  const day = /^\d{1,2}$/.test(value.day) ? Number(value.day) : NaN
  if (!(day >= 1 && day <= 31)) return fail(real, 'day')
  const month = monthNumber(value.month)
  if (month === undefined || month < 1 || month > 12) return fail(real, 'month')
  if (!/^\d{4}$/.test(value.year)) return fail('Year must include 4 numbers', 'year')

  const iso = `${value.year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
  // Every part is in range on its own, so a date that does not exist (31 April, 29 February 2025) has the wrong day.
  if (!isLocalDate(iso)) return fail(real, Number(value.year) < 1 ? 'year' : 'day')

  if (options.when === 'past' && iso > options.today) return fail(`${label} must be in the past`, 'day')
  if (options.when === 'future' && iso < options.today) return fail(`${label} must be in the future`, 'day')
  return { ok: true, value: iso }
}

/** A stored ISO date as the three boxes show it, without leading zeros; empty boxes for anything else. */
export function dateParts(iso?: string): DateParts {
  if (iso === undefined || !isLocalDate(iso)) return { day: '', month: '', year: '' }
  const [year = '', month = '', day = ''] = iso.split('-')
  return { day: String(Number(day)), month: String(Number(month)), year }
}
