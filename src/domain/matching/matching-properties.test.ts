import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { fromDayNumber, toDayNumber } from '../calendar/local-date.js'
import { parseLocalDate } from '../calendar/index.js'
import { BLOCKING_KEY_NAMES, blockingKeys, storedBlockingKeys } from './blocking.js'
import { isoDate } from './normalise.js'
import type { MatchCandidate, PersonDetails } from './person-details.js'
import { rankCandidates, scoreMatch } from './score.js'

// People drawn from small pools, so that arbitrary pairs often agree, nearly agree or clash.
const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined })
const givenName = fc.constantFrom(
  'William',
  'Bill',
  'will',
  'Wiliam',
  'Elizabeth',
  'Liz',
  'Beth',
  'Amara',
  'J',
  'Mary Jane',
  'Zoë',
  '',
)
const familyName = fc.constantFrom('Smith', 'Smyth', 'Smith-Jones', 'Jones', "O'Brien", 'OBRIEN', 'Okafor', 'Reid', ' ')
const dateOfBirth = fc
  .integer({ min: toDayNumber(parseLocalDate('2008-01-01')), max: toDayNumber(parseLocalDate('2026-12-31')) })
  .map(fromDayNumber)
const nhsNumber = fc.constantFrom('9434765919', '943 476 5919', '9990000018', '9990000026', '123')
const postcode = fc.constantFrom('NB1 4GH', 'nb14gh', 'NB1 7QT', 'NB12 3AB', 'NB1', '')
const sex = fc.constantFrom('female' as const, 'male' as const, 'not-known' as const)

const person: fc.Arbitrary<PersonDetails> = fc.record(
  {
    givenName: maybe(givenName),
    familyName: maybe(familyName),
    dateOfBirth: maybe(dateOfBirth),
    nhsNumber: maybe(nhsNumber),
    postcode: maybe(postcode),
    sex: maybe(sex),
  },
  { requiredKeys: [] },
)
const candidate = (id: string) => person.map((p): MatchCandidate => ({ ...p, id }))

describe('matching properties', () => {
  test('the score does not depend on which record is the query', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const forward = scoreMatch(a, b)
        const backward = scoreMatch(b, a)
        assert.equal(forward.score, backward.score)
        assert.equal(forward.band, backward.band)
      }),
    )
  })

  test('nothing scores higher against a person than the person themselves', () => {
    fc.assert(
      fc.property(person, person, (p, other) => {
        assert.ok(scoreMatch(p, p).score >= scoreMatch(p, other).score)
      }),
    )
  })

  test('an identical record always ranks first', () => {
    fc.assert(
      fc.property(person, fc.array(candidate('other'), { maxLength: 8 }), (p, others) => {
        const field = others.map((o, i) => ({ ...o, id: `z${i}` }))
        const ranked = rankCandidates(p, [...field, { ...p, id: 'a-self' }], 3)
        assert.equal(ranked[0]?.candidate.id, 'a-self')
      }),
    )
  })

  test('adding the same NHS number to both records never lowers the score', () => {
    fc.assert(
      fc.property(person, person, (a, b) => {
        const before = scoreMatch(a, b).score
        const after = scoreMatch({ ...a, nhsNumber: '9434765919' }, { ...b, nhsNumber: '943 476 5919' }).score
        assert.ok(after >= before, `${after} < ${before}`)
      }),
    )
  })

  test('a missing field is evidence neither way', () => {
    fc.assert(
      fc.property(person, p => {
        assert.equal(scoreMatch({}, p).score, 0)
        const withoutNhs = scoreMatch({ ...p, nhsNumber: undefined }, p).score
        const nhsOnlyOneSide = scoreMatch({ ...p, nhsNumber: undefined }, { ...p, nhsNumber: '9434765919' }).score
        assert.equal(withoutNhs, nhsOnlyOneSide)
      }),
    )
  })

  test('a search for a person finds them through every key they have', () => {
    fc.assert(
      fc.property(person, p => {
        const stored = storedBlockingKeys(p)
        const wanted = blockingKeys(p)
        for (const name of BLOCKING_KEY_NAMES) {
          const value = stored[name]
          if (value === null || (name === 'names' && p.dateOfBirth !== undefined)) continue
          assert.ok(wanted[name].includes(value), name)
        }
      }),
    )
  })

  test('a search with day and month swapped, or names the wrong way round, still shares a key', () => {
    const named = fc
      .record({ givenName, familyName, dateOfBirth })
      .filter(p => p.givenName.trim() !== '' && p.familyName.trim() !== '')
    fc.assert(
      fc.property(named, p => {
        const [year, month, day] = p.dateOfBirth.split('-').map(Number) as [number, number, number]
        const queries: PersonDetails[] = [
          { givenName: p.familyName, familyName: p.givenName, dateOfBirth: p.dateOfBirth },
          { ...p, dateOfBirth: isoDate(year, day, month) ?? p.dateOfBirth },
          { ...p, dateOfBirth: isoDate(year + 1, month, day) ?? p.dateOfBirth },
        ]
        const stored = storedBlockingKeys(p)
        for (const query of queries) {
          const wanted = blockingKeys(query)
          assert.ok(BLOCKING_KEY_NAMES.some(name => stored[name] !== null && wanted[name].includes(stored[name])))
        }
      }),
    )
  })
})
