import { forenameRepresentative } from './forenames.js'
import { compactNhsNumber, compactPostcode, dateParts, isoDate, nameTokens, swappedDayMonth } from './normalise.js'
import { phoneticKey } from './phonetic.js'
import type { PersonDetails } from './person-details.js'

// Blocking: the database cannot score a query against a million people, so each person is
// stored with a few keys and a search fetches only those sharing at least one key with the
// query. Each key tolerates a different kind of mistake, and a search asks for the variants
// a mistake would produce (day and month swapped, a year out, names the wrong way round),
// so a true match is missed only when every key is broken at once.
//
//   nhsNumber        a wrong name or date of birth
//   familyDob        a misspelt, shortened or changed given name
//   givenDob         a changed or misspelt family name (the given name by its short-form group)
//   namesYear        a mistyped day or month, day and month swapped, a year out
//   namesMonthDay    a mistyped year
//   postcodeYear     both names wrong, with the family still at the same address
//   familyPostcode   no date of birth (or an unborn baby), family at the same address
//   givenPostcode    no date of birth and a changed family name, at the same address
//   names            no date of birth and no postcode: searched only then, as it is the widest

export const BLOCKING_KEY_NAMES = [
  'nhsNumber',
  'familyDob',
  'givenDob',
  'namesYear',
  'namesMonthDay',
  'postcodeYear',
  'familyPostcode',
  'givenPostcode',
  'names',
] as const
export type BlockingKeyName = (typeof BLOCKING_KEY_NAMES)[number]

/** The key values stored with a person, null where a field they need is missing. */
export type StoredBlockingKeys = Record<BlockingKeyName, string | null>
/** The values a search looks for in each key column. */
export type BlockingKeys = Record<BlockingKeyName, string[]>

/** Family names block on the phonetic key of the whole name: "Smith-Jones" is "Smith Jones". */
export function familyBlockingName(familyName: string | undefined): string {
  return phoneticKey(nameTokens(familyName).join(''))
}

/** Given names block on the first name's short-form group, by sound: Bill, Will and Wiliam search as William. */
export function givenBlockingName(givenName: string | undefined): string {
  return phoneticKey(forenameRepresentative(givenName ?? ''))
}

const key = (...parts: string[]) => (parts.every(p => p !== '') ? parts.join('|') : null)

/** What the keys are made of, worked out once per person. */
type KeyParts = { family: string; given: string; date: string; year: string; monthDay: string; postcode: string }

function keyParts(p: PersonDetails): KeyParts {
  const date = dateParts(p.dateOfBirth)?.iso ?? ''
  const postcode = compactPostcode(p.postcode)
  return {
    family: familyBlockingName(p.familyName),
    given: givenBlockingName(p.givenName),
    date,
    year: date.slice(0, 4),
    monthDay: date.slice(5),
    postcode: postcode.length >= 5 ? postcode : '',
  }
}

const KEYS: Record<Exclude<BlockingKeyName, 'nhsNumber'>, (k: KeyParts) => string | null> = {
  familyDob: k => key(k.family, k.date),
  givenDob: k => key(k.given, k.date),
  namesYear: k => key(k.family, k.given, k.year),
  namesMonthDay: k => key(k.family, k.given, k.monthDay),
  postcodeYear: k => key(k.postcode, k.year),
  familyPostcode: k => key(k.family, k.postcode),
  givenPostcode: k => key(k.given, k.postcode),
  names: k => key(k.family, k.given),
}

export function nhsNumberKey(p: PersonDetails): string | null {
  return compactNhsNumber(p.nhsNumber) || null
}
export const familyDobKey = (p: PersonDetails) => KEYS.familyDob(keyParts(p))
export const givenDobKey = (p: PersonDetails) => KEYS.givenDob(keyParts(p))
export const namesYearKey = (p: PersonDetails) => KEYS.namesYear(keyParts(p))
export const namesMonthDayKey = (p: PersonDetails) => KEYS.namesMonthDay(keyParts(p))
export const postcodeYearKey = (p: PersonDetails) => KEYS.postcodeYear(keyParts(p))
export const familyPostcodeKey = (p: PersonDetails) => KEYS.familyPostcode(keyParts(p))
export const givenPostcodeKey = (p: PersonDetails) => KEYS.givenPostcode(keyParts(p))
export const namesKey = (p: PersonDetails) => KEYS.names(keyParts(p))

export function storedBlockingKeys(person: PersonDetails): StoredBlockingKeys {
  const parts = keyParts(person)
  const keys = { nhsNumber: nhsNumberKey(person) } as StoredBlockingKeys
  for (const name of BLOCKING_KEY_NAMES) if (name !== 'nhsNumber') keys[name] = KEYS[name](parts)
  return keys
}

/**
 * The query as it might have been recorded: names either way round; the date of birth as
 * given, with day and month exchanged, or a year either side (`yearOut`, which only the
 * keys holding the year alone are searched with).
 */
function variants(query: PersonDetails): (KeyParts & { yearOut: boolean })[] {
  const asGiven = keyParts(query)
  const names = [asGiven]
  if (asGiven.family !== '' && asGiven.given !== '') {
    names.push({
      ...asGiven,
      family: familyBlockingName(query.givenName),
      given: givenBlockingName(query.familyName),
    })
  }
  const date = dateParts(query.dateOfBirth)
  if (date === undefined) return names.map(n => ({ ...n, yearOut: false }))
  const dates = [
    { iso: date.iso, yearOut: false },
    { iso: swappedDayMonth(date), yearOut: false },
    { iso: isoDate(date.year - 1, date.month, date.day), yearOut: true },
    { iso: isoDate(date.year + 1, date.month, date.day), yearOut: true },
  ]
  return names.flatMap(n =>
    dates
      .filter((d): d is { iso: string; yearOut: boolean } => d.iso !== undefined)
      .map(d => ({ ...n, date: d.iso, year: d.iso.slice(0, 4), monthDay: d.iso.slice(5), yearOut: d.yearOut })),
  )
}

/** What the search for a query looks up in each key column. */
export function blockingKeys(query: PersonDetails): BlockingKeys {
  const sets = new Map<BlockingKeyName, Set<string>>(BLOCKING_KEY_NAMES.map(name => [name, new Set<string>()]))
  const add = (name: BlockingKeyName, value: string | null) => {
    if (value !== null) sets.get(name)?.add(value)
  }
  const hasDate = dateParts(query.dateOfBirth) !== undefined
  add('nhsNumber', nhsNumberKey(query))
  for (const v of variants(query)) {
    for (const name of ['namesYear', 'postcodeYear', 'familyPostcode', 'givenPostcode'] as const)
      add(name, KEYS[name](v))
    if (!hasDate) add('names', KEYS.names(v))
    if (v.yearOut) continue
    for (const name of ['familyDob', 'givenDob', 'namesMonthDay'] as const) add(name, KEYS[name](v))
  }
  return Object.fromEntries(BLOCKING_KEY_NAMES.map(name => [name, [...(sets.get(name) ?? [])].sort()])) as BlockingKeys
}
