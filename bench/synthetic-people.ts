import { nhsCheckDigit } from '../src/domain/referral/nhs-number.js'
import type { PersonDetails, PersonSex } from '../src/domain/matching/index.js'
import { mulberry32, seededUuid, zipfCumulative, type Random } from './random.js'
import { BOYS_NAMES, GIRLS_NAMES, NICKNAMES, SURNAMES } from './synthetic-names.js'

// SYNTHETIC people for the person-matching benchmark: households of brothers and sisters
// (twins among them) in Northbridge, a fictional town with 'NB' postcodes, born 2008–2026;
// about 60% have an NHS number from the 999 test range with a valid modulus 11 check digit.
// Then noisy duplicates: what a referral might say about one of them, each knowing who it is.

export type SyntheticPerson = PersonDetails & { id: string }
export type NoisyQuery = { trueId: string; query: PersonDetails; noise: string[] }

const NAME_EXPONENT = 0.5
const INWARD_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ'
const FIRST_BIRTH = Date.UTC(2008, 0, 1)
const LAST_BIRTH = Date.UTC(2026, 10, 1)
const DAY = 86_400_000

const boys = zipfCumulative(BOYS_NAMES.length, NAME_EXPONENT)
const girls = zipfCumulative(GIRLS_NAMES.length, NAME_EXPONENT)
const surnames = zipfCumulative(SURNAMES.length, NAME_EXPONENT)

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10)

function postcode(random: Random): string {
  const letter = () => INWARD_LETTERS.charAt(random.int(0, INWARD_LETTERS.length - 1))
  return `NB${random.int(1, 24)} ${random.int(0, 9)}${letter()}${letter()}`
}

function surname(random: Random): string {
  const name = random.weighted(SURNAMES, surnames)
  // About 4% of children have a double-barrelled family name.
  return random.chance(0.04) ? `${name}-${random.weighted(SURNAMES, surnames)}` : name
}

/** Test-range NHS numbers (999 …) walked in a scrambled order, skipping those with no valid check digit. */
function nhsNumbers(random: Random): () => string {
  const prefixes = 1_000_000
  const stride = 7_919 // prime and coprime with 10^6, so the walk visits every prefix once
  let position = random.int(0, prefixes - 1)
  let visited = 0
  return () => {
    for (;;) {
      if (++visited > prefixes) throw new Error('The 999 test range has no more NHS numbers')
      position = (position + stride) % prefixes
      const firstNine = String(999_000_000 + position)
      const check = nhsCheckDigit(firstNine)
      if (check !== undefined) return `${firstNine}${check}`
    }
  }
}

/** `count` people in households of one to five children; siblings share a postcode and usually a surname. */
export function generatePeople(count: number, seed: number): SyntheticPerson[] {
  const random = mulberry32(seed)
  const nextNhs = nhsNumbers(random)
  const people: SyntheticPerson[] = []
  while (people.length < count) {
    const size = random.weighted([1, 2, 3, 4, 5], [0.4, 0.75, 0.92, 0.98, 1])
    const family = surname(random)
    const home = postcode(random)
    let born = FIRST_BIRTH + random.next() * (LAST_BIRTH - FIRST_BIRTH)
    for (let child = 0; child < size && people.length < count; child++) {
      const sex: PersonSex = random.chance(0.5) ? 'female' : 'male'
      const person: SyntheticPerson = {
        id: seededUuid(random),
        givenName: random.weighted(sex === 'female' ? GIRLS_NAMES : BOYS_NAMES, sex === 'female' ? girls : boys),
        // Half-brothers and half-sisters: one child in ten has another family name.
        familyName: random.chance(0.1) ? surname(random) : family,
        dateOfBirth: isoDay(born),
        postcode: home,
        sex: random.chance(0.03) ? 'not-known' : sex,
      }
      if (random.chance(0.6)) person.nhsNumber = nextNhs()
      people.push(person)
      // Twins in about 1.6% of births; otherwise the next child comes 10 months to 6 years later.
      const twin = random.chance(0.016)
      if (!twin) born += (300 + random.next() * 1900) * DAY
      if (born > LAST_BIRTH) born = FIRST_BIRTH + random.next() * (LAST_BIRTH - FIRST_BIRTH)
    }
  }
  return people
}

function typo(random: Random, name: string): string {
  const letters = [...name.toLowerCase()]
  const at = random.int(0, letters.length - 1)
  const letter = String.fromCharCode(97 + random.int(0, 25))
  switch (random.int(0, 3)) {
    case 0:
      letters[at] = letter
      break
    case 1:
      if (letters.length > 2) letters.splice(at, 1)
      break
    case 2:
      letters.splice(at, 0, letter)
      break
    default:
      if (at + 1 < letters.length) [letters[at], letters[at + 1]] = [letters[at + 1] ?? '', letters[at] ?? '']
  }
  const text = letters.join('')
  return text.charAt(0).toUpperCase() + text.slice(1)
}

function realDate(year: number, month: number, day: number): string | undefined {
  const ms = Date.UTC(year, month - 1, day)
  const date = new Date(ms)
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined
  return isoDay(ms)
}

type Noise = { name: string; applies: (q: PersonDetails) => boolean; apply: (q: PersonDetails, r: Random) => void }

const parts = (date: string) => date.split('-').map(Number) as [number, number, number]

const NOISES: Noise[] = [
  { name: 'given-typo', applies: q => !!q.givenName, apply: (q, r) => (q.givenName = typo(r, q.givenName!)) },
  { name: 'family-typo', applies: q => !!q.familyName, apply: (q, r) => (q.familyName = typo(r, q.familyName!)) },
  {
    name: 'nickname',
    applies: q => !!q.givenName && NICKNAMES[q.givenName] !== undefined,
    apply: (q, r) => (q.givenName = r.pick(NICKNAMES[q.givenName!] ?? [q.givenName!])),
  },
  {
    name: 'day-month-swapped',
    applies: q =>
      !!q.dateOfBirth && parts(q.dateOfBirth)[2] <= 12 && parts(q.dateOfBirth)[2] !== parts(q.dateOfBirth)[1],
    apply: q => {
      const [y, m, d] = parts(q.dateOfBirth!)
      q.dateOfBirth = realDate(y, d, m) ?? q.dateOfBirth
    },
  },
  {
    name: 'dob-digit-typo',
    applies: q => !!q.dateOfBirth,
    apply: (q, r) => {
      for (let attempt = 0; attempt < 20; attempt++) {
        const digits = [...q.dateOfBirth!]
        const at = r.pick([2, 3, 5, 6, 8, 9])
        const digit = String(r.int(0, 9))
        if (digits[at] === digit) continue
        digits[at] = digit
        const [y, m, d] = parts(digits.join(''))
        const date = realDate(y, m, d)
        if (date && y >= 2000 && y <= 2029) return void (q.dateOfBirth = date)
      }
    },
  },
  {
    name: 'dob-year-out',
    applies: q => !!q.dateOfBirth,
    apply: (q, r) => {
      const [y, m, d] = parts(q.dateOfBirth!)
      q.dateOfBirth = realDate(y + (r.chance(0.5) ? 1 : -1), m, d) ?? q.dateOfBirth
    },
  },
  { name: 'no-nhs-number', applies: q => !!q.nhsNumber, apply: q => delete q.nhsNumber },
  { name: 'no-dob', applies: q => !!q.dateOfBirth, apply: q => delete q.dateOfBirth },
  { name: 'no-postcode', applies: q => !!q.postcode, apply: q => delete q.postcode },
  { name: 'no-sex', applies: q => !!q.sex, apply: q => delete q.sex },
  { name: 'changed-surname', applies: () => true, apply: (q, r) => (q.familyName = r.pick(SURNAMES)) },
  {
    name: 'double-barrel-changed',
    applies: q => !!q.familyName,
    apply: (q, r) => {
      const [first, second] = q.familyName!.split('-')
      q.familyName = second ? (r.chance(0.5) ? first : second) : `${first}-${r.pick(SURNAMES)}`
    },
  },
  { name: 'moved-house', applies: () => true, apply: (q, r) => (q.postcode = postcode(r)) },
  {
    name: 'names-transposed',
    applies: q => !!q.givenName && !!q.familyName,
    apply: q => ([q.givenName, q.familyName] = [q.familyName, q.givenName]),
  },
]

/**
 * Queries about randomly chosen people: one in ten exactly as recorded, half with one kind of
 * noise and the rest with two different kinds, applied in turn.
 */
export function generateQueries(people: readonly SyntheticPerson[], count: number, seed: number): NoisyQuery[] {
  const random = mulberry32(seed)
  const queries: NoisyQuery[] = []
  for (let i = 0; i < count; i++) {
    const { id, ...details } = random.pick(people)
    const query: PersonDetails = { ...details }
    const wanted = random.weighted([0, 1, 2], [0.1, 0.6, 1])
    const noise: string[] = []
    while (noise.length < wanted) {
      const options = NOISES.filter(n => !noise.includes(n.name) && n.applies(query))
      if (options.length === 0) break
      const chosen = random.pick(options)
      chosen.apply(query, random)
      noise.push(chosen.name)
    }
    queries.push({ trueId: id, query, noise })
  }
  return queries
}
