import assert from 'node:assert/strict'
import { test } from 'node:test'
import { d } from './test-support.js'
import { duration, longDate, ordinal, times } from './wording.js'

test('ordinal numbers', () => {
  const cases: [number, string][] = [
    [1, '1st'],
    [2, '2nd'],
    [3, '3rd'],
    [4, '4th'],
    [11, '11th'],
    [12, '12th'],
    [13, '13th'],
    [21, '21st'],
    [22, '22nd'],
    [101, '101st'],
    [111, '111th'],
    [112, '112th'],
  ]
  for (const [n, words] of cases) assert.equal(ordinal(n), words)
})

test('once, twice, 3 times', () => {
  assert.deepEqual([1, 2, 3, 10].map(times), ['once', 'twice', '3 times', '10 times'])
})

test('dates as GOV.UK writes them', () => {
  assert.equal(longDate(d('2026-08-03')), '3 August 2026')
})

test('months rounded to the nearest, counting calendar months', () => {
  assert.equal(duration(d('2026-08-03'), d('2026-11-26')), '4 months')
  assert.equal(duration(d('2026-08-12'), d('2026-11-26')), '3 months')
  assert.equal(duration(d('2026-01-31'), d('2026-04-14')), '2 months')
  assert.equal(duration(d('2024-11-26'), d('2026-11-26')), '2 years')
  assert.equal(duration(d('2026-11-27'), d('2026-11-26')), '0 days')
})
