import { isLocalDate, type LocalDate } from '../calendar/index.js'
import { referralMessages } from './referral-messages.js'

// Small pieces the referral validators share. Drafts are saved as typed, so every value may
// be missing, blank or (from the API) the wrong shape: the helpers treat all of those alike.

export type FieldProblem = { field: string; message: string }

/** Long answers: what happened, the impact, the child's words. Generous, but bounded. */
export const MAX_FREE_TEXT = 10_000
/** Names, job titles, address lines: enough for any real value, small enough to show in a list. */
export const MAX_SHORT_TEXT = 200

/** The value with leading and trailing whitespace removed; '' for anything that is not a string. */
export function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : ''
}

export function isBlank(value: unknown): boolean {
  return text(value) === ''
}

/** Counts what a person sees as characters, so a pasted emoji counts once, not twice. */
export function characterCount(value: string): number {
  return [...value].length
}

export function tooLong(field: string, label: string, value: unknown, maximum: number): FieldProblem[] {
  return characterCount(text(value)) > maximum
    ? [{ field, message: referralMessages.text.tooLong(label, maximum) }]
    : []
}

export function isOneOf<T extends string>(values: readonly T[], value: unknown): value is T {
  return typeof value === 'string' && (values as readonly string[]).includes(value)
}

function parts(date: LocalDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number)
  return [year ?? NaN, month ?? NaN, day ?? NaN]
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28
  return [4, 6, 9, 11].includes(month) ? 30 : 31
}

/** Calendar months later (or earlier, for negative n); the 31st becomes the last day of a shorter month. */
export function addMonths(date: LocalDate, months: number): LocalDate {
  const [year, month, day] = parts(date)
  const index = year * 12 + (month - 1) + months
  const newYear = Math.floor(index / 12)
  const newMonth = (index % 12) + 1
  const newDay = Math.min(day, daysInMonth(newYear, newMonth))
  const iso = `${String(newYear).padStart(4, '0')}-${String(newMonth).padStart(2, '0')}-${String(newDay).padStart(2, '0')}`
  if (!isLocalDate(iso)) throw new RangeError(`Date out of range: ${iso}`)
  return iso
}

/**
 * Age in whole years on a day. Someone born on 29 February has their birthday on 1 March in
 * other years, as English law counts it, because "02-28" sorts before "02-29".
 */
export function ageInYears(dateOfBirth: LocalDate, on: LocalDate): number {
  const [birthYear] = parts(dateOfBirth)
  const [year] = parts(on)
  const hadBirthday = on.slice(5) >= dateOfBirth.slice(5)
  return year - birthYear - (hadBirthday ? 0 : 1)
}

/** A date given as an ISO string, if it is one; undefined when missing; 'invalid' otherwise. */
export function dateValue(value: unknown): LocalDate | undefined | 'invalid' {
  const raw = text(value)
  if (raw === '') return undefined
  return isLocalDate(raw) ? raw : 'invalid'
}

/** "Ava and Leo", "Ava, Leo and Mia". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? ''
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`
}
