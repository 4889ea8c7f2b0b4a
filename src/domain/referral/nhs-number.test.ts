import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  formatNhsNumber,
  hasNhsNumberFormat,
  isValidNhsNumber,
  nhsCheckDigit,
  normaliseNhsNumber,
} from './nhs-number.js'

const digit = fc.integer({ min: 0, max: 9 })

/** Nine leading digits that a valid number can start with, and the number they make. */
const validNhsNumber = fc
  .array(digit, { minLength: 9, maxLength: 9 })
  .map(digits => digits.join(''))
  .filter(firstNine => nhsCheckDigit(firstNine) !== undefined && !/^(\d)\1{8}$/.test(firstNine))
  .map(firstNine => `${firstNine}${nhsCheckDigit(firstNine)}`)

describe('NHS numbers', () => {
  test('the NHS example number and test-range numbers are valid, however they are spaced', () => {
    for (const input of [
      '9434765919',
      '943 476 5919',
      '943-476-5919',
      ' 943 476 5919 ',
      '999 000 0018',
      '9990000026',
    ]) {
      assert.equal(isValidNhsNumber(input), true, input)
    }
  })

  test('a wrong check digit, the wrong length, letters and blanks are invalid', () => {
    for (const input of ['9434765918', '943476591', '94347659190', '943476591X', 'NHS9434765919', '', '   ']) {
      assert.equal(isValidNhsNumber(input), false, input)
    }
  })

  test('485 777 3456, the format example in the error message, fails the check digit, so it cannot be mistaken for a real number', () => {
    assert.equal(hasNhsNumberFormat('485 777 3456'), true)
    assert.equal(isValidNhsNumber('485 777 3456'), false)
  })

  test('a remainder that would need a check digit of 10 means no valid number starts with those nine digits', () => {
    // 1×10 + 2×2 = 14, remainder 3, check 8.
    assert.equal(nhsCheckDigit('100000002'), 8)
    // 6×2 = 12, remainder 1, check 10: no valid number.
    assert.equal(nhsCheckDigit('000000006'), undefined)
    assert.equal(isValidNhsNumber('0000000060'), false)
    assert.equal(nhsCheckDigit('12345678'), undefined)
  })

  test('ten identical digits pass modulus 11 but are placeholders, so they are rejected', () => {
    for (let d = 0; d <= 9; d++) {
      const placeholder = String(d).repeat(10)
      assert.equal(nhsCheckDigit(placeholder.slice(0, 9)), d)
      assert.equal(isValidNhsNumber(placeholder), false, placeholder)
    }
  })

  test('normalising removes spaces and hyphens only; formatting prints 3-3-4', () => {
    assert.equal(normaliseNhsNumber(' 943-476 5919\t'), '9434765919')
    assert.equal(normaliseNhsNumber('943.476.5919'), '943.476.5919')
    assert.equal(formatNhsNumber('9434765919'), '943 476 5919')
    assert.equal(formatNhsNumber('943-476-5919'), '943 476 5919')
    assert.equal(formatNhsNumber(' not known '), 'not known')
  })

  test('property: a generated valid number passes, spaced or not', () => {
    fc.assert(
      fc.property(validNhsNumber, nhsNumber => {
        assert.equal(isValidNhsNumber(nhsNumber), true)
        assert.equal(isValidNhsNumber(formatNhsNumber(nhsNumber)), true)
      }),
    )
  })

  test('property: changing any single digit of a valid number makes it invalid', () => {
    // Weights 10..2 and the check digit's implied weight of 1 are all non-zero and below 11, and 11 is
    // prime, so any change of one digit changes the weighted sum modulo 11: every such error is caught.
    fc.assert(
      fc.property(
        validNhsNumber,
        fc.integer({ min: 0, max: 9 }),
        fc.integer({ min: 1, max: 9 }),
        (nhsNumber, position, step) => {
          const changed = (Number(nhsNumber[position]) + step) % 10
          const typo = `${nhsNumber.slice(0, position)}${changed}${nhsNumber.slice(position + 1)}`
          assert.notEqual(typo, nhsNumber)
          assert.equal(isValidNhsNumber(typo), false, `${nhsNumber} → ${typo}`)
        },
      ),
    )
  })

  test('every single-digit change of every valid number with a fixed prefix is caught (exhaustive over a block)', () => {
    let checked = 0
    for (let n = 0; n < 2000; n++) {
      const firstNine = `9990${String(n).padStart(5, '0')}`
      const check = nhsCheckDigit(firstNine)
      if (check === undefined) continue
      const valid = `${firstNine}${check}`
      for (let position = 0; position < 10; position++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === valid[position]) continue
          const typo = `${valid.slice(0, position)}${d}${valid.slice(position + 1)}`
          assert.equal(isValidNhsNumber(typo), false, typo)
          checked++
        }
      }
    }
    assert.ok(checked > 100_000)
  })
})
