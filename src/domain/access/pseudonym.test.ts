import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { childPseudonym, isChildPseudonym, pseudonymCode } from './pseudonym.js'

const KEY = '6f1c2a9be0d44b7f8a3e5c1d2b9f0a47'
const OTHER_KEY = '0b8e7d6c5a4f3e2d1c0b9a8f7e6d5c4b'
const AVA = '3b2f9c1e-8d4a-4f6b-9e2c-7a1d5b8c0f31'

describe('child pseudonyms', () => {
  test('"Child" and six characters of Crockford base 32, with no I, L, O or U', () => {
    const name = childPseudonym(KEY, AVA)
    assert.match(name, /^Child [0-9A-HJKMNP-TV-Z]{6}$/)
    assert.equal(isChildPseudonym(name), true)
    assert.equal(isChildPseudonym('Child Ava'), false)
  })

  test('the same child always gets the same pseudonym under one key', () => {
    fc.assert(fc.property(fc.uuid(), id => childPseudonym(KEY, id) === childPseudonym(KEY, id)))
  })

  test('another partnership key gives another pseudonym, so a code cannot be carried between partnerships', () => {
    assert.notEqual(childPseudonym(KEY, AVA), childPseudonym(OTHER_KEY, AVA))
  })

  test('the purpose separates uses of the same key', () => {
    assert.notEqual(pseudonymCode(KEY, 'child', AVA), pseudonymCode(KEY, 'household', AVA))
    assert.equal(childPseudonym(KEY, AVA), `Child ${pseudonymCode(KEY, 'child', AVA)}`)
  })

  test('a thousand children get a thousand different pseudonyms', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`)
    assert.equal(new Set(ids.map(id => childPseudonym(KEY, id))).size, ids.length)
  })

  test('a missing or short key is refused rather than giving guessable pseudonyms', () => {
    assert.throws(() => childPseudonym('', AVA), /at least 16 characters/)
    assert.throws(() => childPseudonym('short', AVA), /at least 16 characters/)
  })
})
