import assert from 'node:assert/strict'
import { test } from 'node:test'
import { fail, ok } from './result.js'
import { parseJsonText } from './json-text.js'

const CHECK = 'Check for a missing comma, quote or bracket'
const parse = (text: string) => parseJsonText(text, 'Enter the rules as JSON')

test('JSON text is parsed, and an empty box asks for it', () => {
  assert.deepEqual(parse(' {"a": [1]} '), ok({ a: [1] }))
  assert.deepEqual(parse(' \n '), fail('Enter the rules as JSON'))
})

test('broken JSON is described by line and column, with what comes just before the mistake', () => {
  assert.deepEqual(parse('{\n  "a": 1\n  "b": 2\n}'), fail(`Correct the JSON on line 3, column 3. ${CHECK}`))
  assert.deepEqual(
    parse('{"title": "x",, }'),
    fail(`Correct the JSON on line 1, column 15, just after {"title": "x",. ${CHECK}`),
  )
})

test('JSON that stops short is said to be missing its end', () => {
  assert.deepEqual(parse('{"a": [1, 2  \n'), fail(`Correct the JSON at the end: part of it may be missing. ${CHECK}`))
})
