import type { LocalDate } from '../calendar/index.js'
import { addMonths } from '../referral/validation-support.js'
import { daysBetween } from './contact-history.js'

// Small pieces of plain English the repeat-contact explanations share: "3rd", "twice",
// "4 months", "3 August 2026".

const MONTH_NAMES = [
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

/** "3 August 2026", as GOV.UK writes dates. */
export function longDate(date: LocalDate): string {
  const [year, month, day] = date.split('-').map(Number)
  return `${day} ${MONTH_NAMES[(month ?? 1) - 1]} ${year}`
}

/** 1st, 2nd, 3rd, 4th, 11th, 12th, 13th, 21st, 102nd. */
export function ordinal(n: number): string {
  const lastTwo = n % 100
  if (lastTwo >= 11 && lastTwo <= 13) return `${n}th`
  const suffix = n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th'
  return `${n}${suffix}`
}

/** "once", "twice", "3 times". */
export function times(n: number): string {
  return n === 1 ? 'once' : n === 2 ? 'twice' : `${n} times`
}

/** "1 contact", "3 contacts". */
export function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`
}

/** Whole calendar months from one date to a later one, rounded to the nearest month. */
function roundedMonths(from: LocalDate, to: LocalDate): number {
  let months = 0
  while (addMonths(from, months + 1) <= to) months += 1
  return daysBetween(addMonths(from, months), to) >= 15 ? months + 1 : months
}

/**
 * How long from one date to another, rounded the way people say it: "5 days" under two weeks,
 * "3 weeks" under two months, "4 months" under two years, then "3 years". `from` after `to`
 * reads as no time at all.
 */
export function duration(from: LocalDate, to: LocalDate): string {
  const days = Math.max(0, daysBetween(from, to))
  if (days < 14) return count(days, 'day')
  if (days < 61) return count(Math.round(days / 7), 'week')
  const months = roundedMonths(from, to)
  if (months < 24) return count(months, 'month')
  return count(Math.round(months / 12), 'year')
}

/** "in 4 months", "in 5 days", or "on the same day". */
export function within(from: LocalDate, to: LocalDate): string {
  return daysBetween(from, to) <= 0 ? 'on the same day' : `in ${duration(from, to)}`
}

/** "12 months", "1 month". */
export function months(n: number): string {
  return count(n, 'month')
}

/** "30 days", "1 day". */
export function days(n: number): string {
  return count(n, 'day')
}
