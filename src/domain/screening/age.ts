import type { LocalDate } from '../calendar/index.js'

// Children's ages for screening rules and for the reasons a rule gives. The calendar module
// counts days and working days; ages in months live here because screening is their only user.

function parts(date: LocalDate): [number, number, number] {
  const [year, month, day] = date.split('-').map(Number)
  return [year ?? NaN, month ?? NaN, day ?? NaN]
}

/**
 * Whole months completed on a day. A month is completed on the same day of a later month; when
 * that month is too short (born on 31 January), it is completed on the 1st of the next, as
 * English law counts a 29 February birthday (and as ageInYears does: months / 12 = years).
 * Negative when dateOfBirth is after `on`: the child is not born yet on that day.
 */
export function ageInMonths(dateOfBirth: LocalDate, on: LocalDate): number {
  const [birthYear, birthMonth, birthDay] = parts(dateOfBirth)
  const [year, month, day] = parts(on)
  return (year - birthYear) * 12 + (month - birthMonth) - (day < birthDay ? 1 : 0)
}

/** What screening knows about a child's age: a date of birth turned into months, or unborn. */
export type ChildAge = { unborn: boolean; ageInMonths?: number | undefined }

/** "unborn", "less than 1 month", "1 month", "23 months", "2 years", "age not known". */
export function describeAge(age: ChildAge): string {
  if (age.unborn) return 'unborn'
  const months = age.ageInMonths
  if (months === undefined || !Number.isFinite(months) || months < 0) return 'age not known'
  if (months < 1) return 'less than 1 month'
  if (months < 24) return months === 1 ? '1 month' : `${Math.floor(months)} months`
  const years = Math.floor(months / 12)
  return `${years} years`
}

/** "7 months old", "unborn", "of an unknown age": the age as it reads after "Harper is". */
export function describeAgeAfterIs(age: ChildAge): string {
  const text = describeAge(age)
  if (text === 'age not known') return 'of an unknown age'
  return text === 'unborn' ? text : `${text} old`
}
