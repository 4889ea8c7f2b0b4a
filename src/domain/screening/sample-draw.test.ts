import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { isValidDraw, sampleDraw } from './sample-draw.js'

const PINNED = 43.4

describe('sampleDraw', () => {
  test('is deterministic, in [0, 100) and has at most two decimals', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (seed, subject) => {
        const draw = sampleDraw(seed, subject)
        assert.equal(sampleDraw(seed, subject), draw)
        assert.ok(isValidDraw(draw), `${draw}`)
        assert.equal(Math.round(draw * 100), Math.round(draw * 100 * 1e6) / 1e6)
      }),
    )
  })

  test('keeps the seed and the subject apart', () => {
    assert.notEqual(sampleDraw('a:b', 'c'), sampleDraw('a', 'b:c'))
  })

  test('a known value does not change between releases', () => {
    // If this fails, past decisions' draws can no longer be reproduced from their seed.
    assert.equal(sampleDraw('northbridge-2026', 'contact-1'), PINNED)
  })

  test('about 10% of 10,000 subjects fall under 10, for any seed', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }), seed => {
        let under = 0
        for (let i = 0; i < 10_000; i++) if (sampleDraw(seed, `contact-${i}`) < 10) under++
        assert.ok(under >= 850 && under <= 1150, `${under} of 10,000 under 10 with seed ${JSON.stringify(seed)}`)
      }),
      { numRuns: 25 },
    )
  })
})
