import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { MatchCandidate, PersonDetails } from './person-details.js'
import { rankCandidates, scoreMatch } from './score.js'

// The Okafor-Reid family: Amara (8) and her twin brothers, on the register; referrals spell them otherwise.
const amara: MatchCandidate = {
  id: 'p-amara',
  givenName: 'Amara',
  familyName: 'Okafor-Reid',
  dateOfBirth: '2017-04-09',
  nhsNumber: '943 476 5919',
  postcode: 'NB1 4GH',
  sex: 'female',
}
const william: MatchCandidate = {
  id: 'p-william',
  givenName: 'William',
  familyName: 'Okafor-Reid',
  dateOfBirth: '2020-11-02',
  postcode: 'NB1 4GH',
  sex: 'male',
}
const thomas: MatchCandidate = { ...william, id: 'p-thomas', givenName: 'Thomas' }
const stranger: MatchCandidate = {
  id: 'p-stranger',
  givenName: 'Oliver',
  familyName: 'Hughes',
  dateOfBirth: '2012-06-30',
  postcode: 'NB7 2XY',
  sex: 'male',
}

describe('scoring a match', () => {
  test('the same details are a strong match, with every field given as a reason', () => {
    const result = scoreMatch(amara, amara)
    assert.equal(result.band, 'strong')
    assert.deepEqual(result.reasons, [
      'NHS number matches',
      'Date of birth matches',
      'Family name matches',
      'Given name matches',
      'Postcode matches',
      'Sex matches',
    ])
  })

  test('a nickname and a US-style date of birth are a possible match, well ahead of the twin', () => {
    const query: PersonDetails = { givenName: 'Bill', familyName: 'Okafor Reid', dateOfBirth: '2020-02-11' }
    const result = scoreMatch(query, william)
    assert.equal(result.band, 'possible')
    assert.equal(scoreMatch(query, thomas).band, 'weak')
    assert.ok(result.reasons.includes('Given name is a known short form: Bill / William'))
    assert.ok(result.reasons.includes('Date of birth has day and month swapped'))
  })

  test('a changed family name with the same NHS number is strong; the change is shown', () => {
    const result = scoreMatch({ givenName: 'Amara', familyName: 'Reid', nhsNumber: '9434765919' }, amara)
    assert.equal(result.band, 'strong')
    assert.ok(result.reasons.includes('Family name is part of a double-barrelled name: Reid / Okafor-Reid'))
  })

  test('an agreeing NHS number is strong unless the rest mostly contradicts it', () => {
    assert.equal(scoreMatch({ nhsNumber: '9434765919' }, amara).band, 'strong')
    const contradicted = scoreMatch({ ...stranger, nhsNumber: '9434765919' }, amara)
    assert.equal(contradicted.band, 'weak')
    assert.equal(contradicted.reasons[0], 'NHS number matches')
  })

  test('a twin is at most a possible match for the other twin', () => {
    const result = scoreMatch(william, thomas)
    assert.notEqual(result.band, 'strong')
    assert.ok(result.reasons.includes('Given name is different'))
    assert.ok(scoreMatch(william, william).score > result.score + 10)
  })

  test('two different NHS numbers keep a match out of the strong band, however much else agrees', () => {
    const result = scoreMatch({ ...amara, nhsNumber: '999 000 0018' }, amara)
    assert.equal(result.band, 'possible')
    assert.ok(result.reasons.includes('NHS number is different'))
  })

  test('names the wrong way round are recognised', () => {
    const query: PersonDetails = { givenName: 'Hughes', familyName: 'Oliver', dateOfBirth: '2012-06-30' }
    const result = scoreMatch(query, stranger)
    assert.ok(result.reasons.includes('Given and family names are the wrong way round: Hughes Oliver / Oliver Hughes'))
    assert.equal(result.band, 'possible')
  })

  test('a stranger is weak, and nothing to compare scores 0', () => {
    assert.equal(scoreMatch(amara, stranger).band, 'weak')
    assert.deepEqual(scoreMatch({}, amara), { score: 0, band: 'weak', reasons: [], comparisons: [] })
  })
})

describe('ranking candidates', () => {
  test('highest score first, the true person ahead of siblings, cut to the limit', () => {
    const ranked = rankCandidates(
      { givenName: 'Will', familyName: 'Okafor-Reid', dateOfBirth: '2020-11-02' },
      [stranger, thomas, amara, william],
      2,
    )
    assert.deepEqual(
      ranked.map(r => r.candidate.id),
      ['p-william', 'p-thomas'],
    )
  })

  test('equal scores are in id order, whatever order the candidates came in', () => {
    const a = { ...stranger, id: 'b' }
    const b = { ...stranger, id: 'a' }
    assert.deepEqual(
      rankCandidates(stranger, [a, b], 5).map(r => r.candidate.id),
      ['a', 'b'],
    )
    assert.deepEqual(rankCandidates(stranger, [a, b], 0), [])
  })
})
