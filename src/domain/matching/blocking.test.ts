import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  BLOCKING_KEY_NAMES,
  blockingKeys,
  familyDobKey,
  givenDobKey,
  namesKey,
  storedBlockingKeys,
  type BlockingKeyName,
} from './blocking.js'
import type { PersonDetails } from './person-details.js'

const record: PersonDetails = {
  givenName: 'Elizabeth',
  familyName: 'Smith-Jones',
  dateOfBirth: '2016-03-07',
  nhsNumber: '943 476 5919',
  postcode: 'NB1 4GH',
  sex: 'female',
}

/** The key columns a search for the query would find the record through. */
function sharedKeys(query: PersonDetails, person: PersonDetails): BlockingKeyName[] {
  const stored = storedBlockingKeys(person)
  const wanted = blockingKeys(query)
  return BLOCKING_KEY_NAMES.filter(name => stored[name] !== null && wanted[name].includes(stored[name]))
}

describe('blocking keys', () => {
  test('stored keys combine phonetic names, the date of birth and the postcode', () => {
    assert.deepEqual(storedBlockingKeys(record), {
      nhsNumber: '9434765919',
      familyDob: 'S532|2016-03-07',
      givenDob: 'E421|2016-03-07',
      namesYear: 'S532|E421|2016',
      namesMonthDay: 'S532|E421|03-07',
      postcodeYear: 'NB14GH|2016',
      familyPostcode: 'S532|NB14GH',
      givenPostcode: 'E421|NB14GH',
      names: 'S532|E421',
    })
  })

  test('a key needing a missing field is null', () => {
    assert.equal(familyDobKey({ familyName: 'Smith' }), null)
    assert.equal(givenDobKey({ dateOfBirth: '2016-03-07' }), null)
    assert.equal(namesKey({ givenName: 'Liz' }), null)
    assert.deepEqual(Object.values(storedBlockingKeys({})), Array(BLOCKING_KEY_NAMES.length).fill(null))
  })

  test('the noisy ways a referral describes the same child are still found', () => {
    const noisy: [string, PersonDetails][] = [
      ['a short form', { ...record, givenName: 'Liz', nhsNumber: undefined }],
      ['day and month swapped', { ...record, dateOfBirth: '2016-07-03', nhsNumber: undefined }],
      ['a year out', { ...record, dateOfBirth: '2015-03-07', nhsNumber: undefined, postcode: undefined }],
      ['a mistyped year', { ...record, dateOfBirth: '2019-03-07', nhsNumber: undefined, postcode: undefined }],
      ['a new family name', { ...record, familyName: 'Brown', nhsNumber: undefined, postcode: undefined }],
      ['names the wrong way round', { givenName: 'Smith-Jones', familyName: 'Elizabeth', dateOfBirth: '2016-03-07' }],
      ['a misspelt family name', { ...record, familyName: 'Smyth-Jones', nhsNumber: undefined }],
      ['no date of birth', { givenName: 'Elizabeth', familyName: 'Smith-Jones', postcode: 'NB1 4GH' }],
      ['only names', { givenName: 'Elisabeth', familyName: 'Smith Jones' }],
      [
        'new names, same home',
        { givenName: 'Beth', familyName: 'Brown', dateOfBirth: '2016-03-07', postcode: 'nb14gh' },
      ],
      ['only the NHS number', { nhsNumber: '9434765919' }],
      ['a new family name and no date of birth', { givenName: 'Lizzie', familyName: 'Brown', postcode: 'NB1 4GH' }],
      ['names the wrong way round, no date of birth', { givenName: 'Smith-Jones', familyName: 'Elizabeth' }],
    ]
    for (const [label, query] of noisy) assert.ok(sharedKeys(query, record).length > 0, label)
  })

  test('the widest key, names alone, is searched only when there is no date of birth', () => {
    assert.deepEqual(blockingKeys(record).names, [])
    assert.deepEqual(blockingKeys({ givenName: 'Liz', familyName: 'Smith' }).names, ['L200|S530', 'S530|E421'])
  })

  test('a query with nothing to search on looks up nothing', () => {
    for (const values of Object.values(blockingKeys({ sex: 'female' }))) assert.deepEqual(values, [])
  })
})
