import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { phoneticKey } from './phonetic.js'

describe('phonetic key', () => {
  test('the Soundex examples of the US National Archives', () => {
    const examples: [string, string][] = [
      ['Robert', 'R163'],
      ['Rupert', 'R163'],
      ['Rubin', 'R150'],
      ['Ashcraft', 'A261'],
      ['Tymczak', 'T522'],
      ['Pfister', 'P236'],
      ['Honeyman', 'H555'],
      ['Lee', 'L000'],
    ]
    for (const [name, key] of examples) assert.equal(phoneticKey(name), key, name)
  })

  test('English spellings that sound alike at the start get the same key', () => {
    const pairs: [string, string][] = [
      ['Catherine', 'Katherine'],
      ['Philip', 'Filip'],
      ['Christopher', 'Kristopher'],
      ['Smith', 'Smyth'],
      ['McDonald', 'MacDonald'],
      ['Knight', 'Night'],
      ['Wright', 'Right'],
      ['Cindy', 'Sindy'],
      ["O'Brien", 'OBrien'],
      ['Zoë', 'Zoe'],
    ]
    for (const [a, b] of pairs) assert.equal(phoneticKey(a), phoneticKey(b), `${a} / ${b}`)
  })

  test('different names get different keys', () => {
    assert.notEqual(phoneticKey('Smith'), phoneticKey('Jones'))
    assert.notEqual(phoneticKey('Oliver'), phoneticKey('Olivia'))
  })

  test('a key is a letter and three digits, or empty when there are no letters', () => {
    assert.equal(phoneticKey(''), '')
    assert.equal(phoneticKey(' - '), '')
    assert.equal(phoneticKey(undefined), '')
    fc.assert(
      fc.property(fc.string({ maxLength: 15 }), name => {
        const key = phoneticKey(name)
        assert.ok(key === '' || /^[A-Z]\d{3}$/.test(key), key)
      }),
    )
  })
})
