import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { jsonSyntaxErrorOffset } from './json-text.js'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('jsonSyntaxErrorOffset', () => {
  test('points at the first character that breaks the grammar', () => {
    assert.equal(jsonSyntaxErrorOffset('{"a": [,]}'), 7)
    assert.equal(jsonSyntaxErrorOffset('{"a": 1,}'), 8)
    assert.equal(jsonSyntaxErrorOffset('{"a" 1}'), 5)
    assert.equal(jsonSyntaxErrorOffset("{'a': 1}"), 1)
    assert.equal(jsonSyntaxErrorOffset('{"a": tru}'), 6)
    assert.equal(jsonSyntaxErrorOffset('{"a": "b"'), 9)
    assert.equal(jsonSyntaxErrorOffset('[1] [2]'), 4)
    assert.equal(jsonSyntaxErrorOffset('"\\x"'), 2)
  })

  test('agrees with JSON.parse on valid JSON, however it is laid out', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(0, 2, '\t'), (value, indent) => {
        assert.equal(jsonSyntaxErrorOffset(JSON.stringify(value, null, indent)), undefined)
      }),
    )
  })

  test('agrees with JSON.parse on whether any text is valid', () => {
    const jsonish = fc.stringMatching(/^[\s{}[\]",:0-9a-z\\.eE+-]{0,30}$/)
    fc.assert(
      fc.property(fc.oneof(jsonish, fc.string()), text => {
        assert.equal(jsonSyntaxErrorOffset(text) === undefined, parses(text), JSON.stringify(text))
      }),
      { numRuns: 2000 },
    )
  })

  test('gives up without crashing on absurdly deep nesting', () => {
    assert.equal(jsonSyntaxErrorOffset('['.repeat(100_000)), undefined)
  })
})
