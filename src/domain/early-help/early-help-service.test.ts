import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { formatAgeRange, formatServiceContact, servesAge, type EarlyHelpService } from './early-help-service.js'

const familyHubs: EarlyHelpService = {
  name: 'Northbridge Family Hubs',
  description: 'Drop-in help for families',
  eligibility: 'Any family with a child aged 0 to 19',
  area: 'Northbridge-wide',
  contact: {
    phone: '01632 960101',
    email: 'familyhubs@earlyhelp.northbridge.example',
    website: 'https://familyhubs.northbridge.example',
    address: '2 Mill Lane, Northbridge, NB1 4RT',
  },
  minAgeYears: 0,
  maxAgeYears: 19,
  source: 'northbridge-seed',
}

describe('servesAge: whether a child of this age is within the range', () => {
  const cases: Array<[Partial<EarlyHelpService>, number, boolean]> = [
    [{ minAgeYears: 0, maxAgeYears: 4 }, 0, true],
    [{ minAgeYears: 0, maxAgeYears: 4 }, 4, true],
    [{ minAgeYears: 0, maxAgeYears: 4 }, 5, false],
    [{ minAgeYears: 11, maxAgeYears: 19 }, 10, false],
    [{ minAgeYears: 11, maxAgeYears: 19 }, 11, true],
    [{ minAgeYears: 11 }, 40, true],
    [{ minAgeYears: 11 }, 10, false],
    [{ maxAgeYears: 18 }, 0, true],
    [{ maxAgeYears: 18 }, 19, false],
    [{}, 7, true],
  ]
  for (const [range, age, expected] of cases) {
    test(`${JSON.stringify(range)} ${expected ? 'serves' : 'does not serve'} a child of ${age}`, () => {
      assert.equal(servesAge(range, age), expected)
    })
  }
})

describe('formatAgeRange', () => {
  test('says the range the way a person would', () => {
    assert.equal(formatAgeRange({ minAgeYears: 0, maxAgeYears: 4 }), '0 to 4 years')
    assert.equal(formatAgeRange({ minAgeYears: 1, maxAgeYears: 1 }), '1 year')
    assert.equal(formatAgeRange({ minAgeYears: 11 }), '11 years and over')
    assert.equal(formatAgeRange({ minAgeYears: 0 }), 'All ages')
    assert.equal(formatAgeRange({ maxAgeYears: 18 }), 'Up to 18 years')
    assert.equal(formatAgeRange({}), 'All ages')
  })
})

describe('formatServiceContact: one line of plain text for a feedback email', () => {
  test('lists every contact detail the service has, in a fixed order', () => {
    assert.equal(
      formatServiceContact(familyHubs),
      'Phone 01632 960101, email familyhubs@earlyhelp.northbridge.example, ' +
        'website https://familyhubs.northbridge.example, address 2 Mill Lane, Northbridge, NB1 4RT',
    )
  })

  test('leaves out what is missing and starts with a capital', () => {
    assert.equal(
      formatServiceContact({ contact: { email: 'hello@carers.northbridge.example' } }),
      'Email hello@carers.northbridge.example',
    )
    assert.equal(formatServiceContact({ contact: {} }), 'No contact details recorded')
  })

  test('never breaks the line, whatever the address holds', () => {
    const line = formatServiceContact({ contact: { address: '1 High Street\nNorthbridge\r\nNB1 1AA' } })
    assert.equal(line, 'Address 1 High Street Northbridge NB1 1AA')
  })
})
