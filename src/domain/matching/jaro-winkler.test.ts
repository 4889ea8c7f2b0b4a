import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { jaro, jaroWinkler } from './jaro-winkler.js'

const close = (actual: number, expected: number, label: string) =>
  assert.ok(Math.abs(actual - expected) < 0.001, `${label}: ${actual} is not ${expected}`)

describe('Jaro–Winkler', () => {
  test("Winkler's published examples", () => {
    close(jaro('martha', 'marhta'), 0.944, 'jaro martha')
    close(jaroWinkler('martha', 'marhta'), 0.961, 'martha')
    close(jaroWinkler('dwayne', 'duane'), 0.84, 'dwayne')
    close(jaroWinkler('dixon', 'dicksonx'), 0.813, 'dixon')
  })

  test('equal strings score 1 and strings with nothing in common score 0', () => {
    assert.equal(jaroWinkler('smith', 'smith'), 1)
    assert.equal(jaroWinkler('', ''), 1)
    assert.equal(jaroWinkler('abc', 'xyz'), 0)
    assert.equal(jaroWinkler('', 'smith'), 0)
  })

  test('a slip in a name keeps it above the "spelt similarly" line; a different name does not', () => {
    assert.ok(jaroWinkler('jon', 'john') >= 0.92)
    assert.ok(jaroWinkler('smyth', 'smith') >= 0.88)
    assert.ok(jaroWinkler('jonson', 'johnson') >= 0.92)
    assert.ok(jaroWinkler('smith', 'jones') < 0.6)
  })

  test('always in [0, 1], 1 for equal strings, and symmetric', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20 }), fc.string({ maxLength: 20 }), (a, b) => {
        const similarity = jaroWinkler(a, b)
        assert.ok(similarity >= 0 && similarity <= 1)
        assert.equal(jaroWinkler(a, a), 1)
        assert.equal(similarity, jaroWinkler(b, a))
      }),
    )
  })
})
