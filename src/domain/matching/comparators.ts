import { isKnownShortFormOf } from './forenames.js'
import { jaroWinkler } from './jaro-winkler.js'
import { compactNhsNumber, compactPostcode, dateParts, nameTokens, outwardCode, type DateParts } from './normalise.js'
import { phoneticKeyOfLetters } from './phonetic.js'
import type { PersonSex } from './person-details.js'
import { weightOf, type AgreementLevel } from './weights.js'

// One comparator per field. Each says how the two values agree, the Fellegi–Sunter weight of
// that level, and a reason a social worker can read. Undefined means one side is missing,
// which is evidence neither way. Every comparator is symmetric in its two arguments.
// The `…Of` level functions take values already normalised (see prepared-person.ts), so a
// search normalises each record once rather than once per comparison.

export type FieldComparison = { field: string; level: string; weight: number; reason: string }

/** Jaro–Winkler at or above this is a spelling slip (Jon / John, Smyth / Smith). */
export const SIMILAR_NAME = 0.88
/** At or above this, or with the same phonetic key, the names sound alike. */
export const SOUNDS_ALIKE_NAME = 0.8

export type NameLevel = 'exact' | 'part' | 'similar' | 'soundsAlike' | 'different'
export type ForenameLevel = 'exact' | 'shortForm' | 'otherName' | 'similar' | 'soundsAlike' | 'initial' | 'different'
export type DateOfBirthLevel = AgreementLevel<'dateOfBirth'>

function spellingLevel(a: string, b: string): 'similar' | 'soundsAlike' | 'different' {
  const similarity = jaroWinkler(a, b)
  if (similarity >= SIMILAR_NAME) return 'similar'
  if (similarity >= SOUNDS_ALIKE_NAME || phoneticKeyOfLetters(a) === phoneticKeyOfLetters(b)) return 'soundsAlike'
  return 'different'
}

const sharesWord = (a: readonly string[], b: readonly string[]) =>
  a.some(token => token.length > 1 && b.includes(token))

export function forenameLevelOf(x: readonly string[], y: readonly string[]): ForenameLevel | undefined {
  const [first, other] = [x[0], y[0]]
  if (first === undefined || other === undefined) return undefined
  if (first === other || x.join(' ') === y.join(' ')) return 'exact'
  if (first.length === 1 || other.length === 1) return first[0] === other[0] ? 'initial' : 'different'
  if (isKnownShortFormOf(first, other)) return 'shortForm'
  if (sharesWord(x, y)) return 'otherName'
  return spellingLevel(first, other)
}

/** Family names compare as a whole ("Smith Jones" is "Smith-Jones"), or word by word for double-barrelled ones. */
export function familyNameLevelOf(x: readonly string[], y: readonly string[]): NameLevel | undefined {
  if (x.length === 0 || y.length === 0) return undefined
  const [whole, otherWhole] = [x.join(''), y.join('')]
  if (whole === otherWhole) return 'exact'
  if (sharesWord(x, y)) return 'part'
  return spellingLevel(whole, otherWhole)
}

function isOneSlip(a: string, b: string): boolean {
  if (a.length !== b.length) return false
  const differences: number[] = []
  for (let i = 0; i < a.length && differences.length <= 2; i++) if (a[i] !== b[i]) differences.push(i)
  if (differences.length === 1) return true
  const [i, j] = differences
  return differences.length === 2 && i !== undefined && j === i + 1 && a[i] === b[j] && a[j] === b[i]
}

export function dateOfBirthLevelOf(x: DateParts | undefined, y: DateParts | undefined): DateOfBirthLevel | undefined {
  if (x === undefined || y === undefined) return undefined
  if (x.iso === y.iso) return 'exact'
  if (x.year === y.year && x.day === y.month && x.month === y.day) return 'swapped'
  if (Math.abs(x.year - y.year) === 1 && x.month === y.month && x.day === y.day) return 'yearApart'
  if (isOneSlip(x.iso, y.iso)) return 'typo'
  if (x.year === y.year && x.month === y.month) return 'sameMonthYear'
  return 'different'
}

export const forenameLevel = (a: string | undefined, b: string | undefined) =>
  forenameLevelOf(nameTokens(a), nameTokens(b))
export const familyNameLevel = (a: string | undefined, b: string | undefined) =>
  familyNameLevelOf(nameTokens(a), nameTokens(b))
export const dateOfBirthLevel = (a: string | undefined, b: string | undefined) =>
  dateOfBirthLevelOf(dateParts(a), dateParts(b))

/** How a name is shown in a reason: as typed, with spaces tidied. */
export const shown = (input: string | undefined) => (input ?? '').trim().replace(/\s+/g, ' ')

const FORENAME_REASONS: Record<ForenameLevel, (a: string, b: string) => string> = {
  exact: () => 'Given name matches',
  shortForm: (a, b) => `Given name is a known short form: ${a} / ${b}`,
  otherName: (a, b) => `Given name matches one of their other names: ${a} / ${b}`,
  similar: (a, b) => `Given name is spelt similarly: ${a} / ${b}`,
  soundsAlike: (a, b) => `Given name sounds similar: ${a} / ${b}`,
  initial: (a, b) => `Given name initial matches: ${a} / ${b}`,
  different: () => 'Given name is different',
}

const FAMILY_REASONS: Record<NameLevel, (a: string, b: string) => string> = {
  exact: () => 'Family name matches',
  part: (a, b) => `Family name is part of a double-barrelled name: ${a} / ${b}`,
  similar: (a, b) => `Family name is spelt similarly: ${a} / ${b}`,
  soundsAlike: (a, b) => `Family name sounds similar: ${a} / ${b}`,
  different: () => 'Family name is different',
}

const DATE_OF_BIRTH_REASONS: Record<DateOfBirthLevel, string> = {
  exact: 'Date of birth matches',
  swapped: 'Date of birth has day and month swapped',
  yearApart: 'Date of birth is a year apart, on the same day and month',
  typo: 'Date of birth differs by one digit',
  sameMonthYear: 'Born in the same month and year',
  different: 'Date of birth is different',
}

const NHS_REASONS = {
  exact: 'NHS number matches',
  close: 'NHS numbers differ by one digit: check which is right',
  different: 'NHS number is different',
} as const

export function describeGivenName(level: ForenameLevel, a: string | undefined, b: string | undefined): FieldComparison {
  const reason = FORENAME_REASONS[level](shown(a), shown(b))
  return { field: 'givenName', level, weight: weightOf('givenName', level), reason }
}

export function describeFamilyName(level: NameLevel, a: string | undefined, b: string | undefined): FieldComparison {
  const reason = FAMILY_REASONS[level](shown(a), shown(b))
  return { field: 'familyName', level, weight: weightOf('familyName', level), reason }
}

export function describeDateOfBirth(level: DateOfBirthLevel): FieldComparison {
  return {
    field: 'dateOfBirth',
    level,
    weight: weightOf('dateOfBirth', level),
    reason: DATE_OF_BIRTH_REASONS[level],
  }
}

/** NHS numbers already compacted to ten digits ('' when missing). */
export function compareNhsNumberOf(x: string, y: string): FieldComparison | undefined {
  if (x === '' || y === '') return undefined
  const level = x === y ? 'exact' : isOneSlip(x, y) ? 'close' : 'different'
  return { field: 'nhsNumber', level, weight: weightOf('nhsNumber', level), reason: NHS_REASONS[level] }
}

/** Postcodes already compacted ('' when missing). */
export function comparePostcodeOf(x: string, y: string): FieldComparison | undefined {
  if (x === '' || y === '') return undefined
  if (x === y && x.length >= 5) {
    return { field: 'postcode', level: 'exact', weight: weightOf('postcode', 'exact'), reason: 'Postcode matches' }
  }
  const outward = outwardCode(x)
  if (outward !== '' && outward === outwardCode(y)) {
    const reason = `Postcode is in the same area (${outward})`
    return { field: 'postcode', level: 'sameOutward', weight: weightOf('postcode', 'sameOutward'), reason }
  }
  const reason = 'Postcode is different'
  return { field: 'postcode', level: 'different', weight: weightOf('postcode', 'different'), reason }
}

export function compareGivenName(a: string | undefined, b: string | undefined): FieldComparison | undefined {
  const level = forenameLevel(a, b)
  return level === undefined ? undefined : describeGivenName(level, a, b)
}

export function compareFamilyName(a: string | undefined, b: string | undefined): FieldComparison | undefined {
  const level = familyNameLevel(a, b)
  return level === undefined ? undefined : describeFamilyName(level, a, b)
}

export function compareDateOfBirth(a: string | undefined, b: string | undefined): FieldComparison | undefined {
  const level = dateOfBirthLevel(a, b)
  return level === undefined ? undefined : describeDateOfBirth(level)
}

export const compareNhsNumber = (a: string | undefined, b: string | undefined) =>
  compareNhsNumberOf(compactNhsNumber(a), compactNhsNumber(b))

export const comparePostcode = (a: string | undefined, b: string | undefined) =>
  comparePostcodeOf(compactPostcode(a), compactPostcode(b))

export function compareSex(a: PersonSex | undefined, b: PersonSex | undefined): FieldComparison | undefined {
  if (a === undefined || b === undefined || a === 'not-known' || b === 'not-known') return undefined
  return a === b
    ? { field: 'sex', level: 'same', weight: weightOf('sex', 'same'), reason: 'Sex matches' }
    : { field: 'sex', level: 'different', weight: weightOf('sex', 'different'), reason: 'Sex is different' }
}
