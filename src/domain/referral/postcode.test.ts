import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isValidPostcode, normalisePostcode } from './postcode.js'

describe('postcodes', () => {
  test('every outward code shape is accepted, in any case and with any spacing', () => {
    const valid = [
      'NB1 4GH', // AA9
      'M1 1AE', // A9
      'B33 8TH', // A99
      'CR2 6XH', // AA9
      'DN55 1PT', // AA99
      'W1A 0AX', // A9A
      'EC1A 1BB', // AA9A
      'GIR 0AA',
      'gir0aa',
      'sw1a1aa',
      '  nb1   4gh ',
      'Nb14Gh',
    ]
    for (const postcode of valid) assert.equal(isValidPostcode(postcode), true, postcode)
  })

  test('typing slips and non-postcodes are rejected', () => {
    const invalid = [
      '',
      'NB1',
      'NB1 4G',
      'NB1 4GHH',
      'NBB1 4GH',
      'NB1 GH4',
      'QB1 4GH', // Q is never the first letter
      'NI1 4GH', // I is never the second letter
      'NB1 4CH', // C is never an inward letter
      'NB1 4OH', // O typed for 0 in the inward letters
      'NBO 4GH', // O typed for 0 in the district
      'W1I 0AX', // I is never the third-position letter
      'EC1Z 1BB', // Z is never the fourth-position letter
      'NB1-4GH',
      '123 456',
      'NB1 4GH😀',
    ]
    for (const postcode of invalid) assert.equal(isValidPostcode(postcode), false, postcode)
  })

  test('normalising gives upper case and one space before the inward code', () => {
    assert.equal(normalisePostcode('sw1a1aa'), 'SW1A 1AA')
    assert.equal(normalisePostcode('  nb1   4gh '), 'NB1 4GH')
    assert.equal(normalisePostcode('m11ae'), 'M1 1AE')
    assert.equal(normalisePostcode('gir 0aa'), 'GIR 0AA')
    assert.equal(normalisePostcode('NB1 4GH'), 'NB1 4GH')
  })

  test('normalising something too short for an inward code only removes spaces and upper-cases it', () => {
    assert.equal(normalisePostcode(' nb 1 '), 'NB1')
  })

  test('a normalised valid postcode is still valid and normalising twice changes nothing', () => {
    for (const postcode of ['sw1a1aa', 'ec1a 1bb', ' b33   8th', 'gir0aa']) {
      const once = normalisePostcode(postcode)
      assert.equal(isValidPostcode(once), true, once)
      assert.equal(normalisePostcode(once), once)
    }
  })
})
