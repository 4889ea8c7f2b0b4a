import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { FORENAME_GROUPS, forenameRepresentative, isKnownShortForm } from './forenames.js'

describe('forename short forms', () => {
  test('the common English short and pet forms are known, either way round and in any case', () => {
    const pairs: [string, string][] = [
      ['Bill', 'William'],
      ['Liz', 'Elizabeth'],
      ['Jack', 'John'],
      ['Kate', 'Katherine'],
      ['Alfie', 'Alfred'],
      ['Harry', 'Henry'],
      ['Bill', 'Will'],
      ['Katie', 'Catherine'],
      ['Mohammed', 'Muhammad'],
      ['Sam', 'Samantha'],
      ['Sam', 'Samuel'],
      ['Ellie', 'Eleanor'],
    ]
    for (const [a, b] of pairs) {
      assert.equal(isKnownShortForm(a, b), true, `${a} / ${b}`)
      assert.equal(isKnownShortForm(b.toUpperCase(), a), true, `${b} / ${a}`)
    }
  })

  test('different names, and the same name, are not short forms of each other', () => {
    assert.equal(isKnownShortForm('Liz', 'Lisa'), false)
    assert.equal(isKnownShortForm('Samuel', 'Samantha'), false)
    assert.equal(isKnownShortForm('John', 'John'), false)
    assert.equal(isKnownShortForm('Zebedee', 'Zeb'), false)
    assert.equal(isKnownShortForm('', 'John'), false)
  })

  test('there are about sixty groups and every name in them is in lower case letters', () => {
    assert.ok(FORENAME_GROUPS.length >= 60, String(FORENAME_GROUPS.length))
    for (const group of FORENAME_GROUPS) for (const name of group) assert.match(name, /^[a-z]+$/)
  })

  test('names sharing a short form are searched under one representative', () => {
    assert.equal(forenameRepresentative('Bill'), 'william')
    assert.equal(forenameRepresentative('Alex'), forenameRepresentative('Alexandra'))
    assert.equal(forenameRepresentative('Alexander'), forenameRepresentative('Alexandra'))
    assert.equal(forenameRepresentative('Zebedee'), 'zebedee')
    assert.equal(forenameRepresentative('Mary Jane'), forenameRepresentative('Molly'))
  })
})
