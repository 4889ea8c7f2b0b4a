import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { isLocalDate, parseLocalDate } from '../calendar/index.js'
import { fromDayNumber, toDayNumber } from '../calendar/local-date.js'
import {
  compactName,
  compactNhsNumber,
  compactPostcode,
  dateParts,
  nameTokens,
  normaliseName,
  outwardCode,
  swappedDayMonth,
} from './normalise.js'

describe('normalising what referrers type', () => {
  test('names lose case, accents, apostrophes and punctuation', () => {
    assert.equal(normaliseName("  O'Brien "), 'obrien')
    assert.equal(normaliseName('ZOË'), 'zoe')
    assert.equal(normaliseName('Zoë'), normaliseName('Zoe'))
    assert.equal(normaliseName('Anne-Marie'), 'anne marie')
    assert.equal(normaliseName('St. John'), 'st john')
    assert.equal(normaliseName('Nuñez'), 'nunez')
    assert.equal(normaliseName(undefined), '')
  })

  test('double-barrelled family names are the same however they are joined', () => {
    assert.deepEqual(nameTokens('Smith-Jones'), ['smith', 'jones'])
    assert.equal(compactName('Smith-Jones'), compactName('smith jones'))
    assert.equal(compactName('SMITH  -  JONES'), 'smithjones')
    assert.deepEqual(nameTokens('   '), [])
  })

  test('NHS numbers keep ten digits, however spaced; anything else is missing', () => {
    assert.equal(compactNhsNumber('943 476 5919'), '9434765919')
    assert.equal(compactNhsNumber('943-476-5919'), '9434765919')
    assert.equal(compactNhsNumber('12345'), '')
    assert.equal(compactNhsNumber(undefined), '')
  })

  test('postcodes compact to upper case, and the outward code is what comes before the last three', () => {
    assert.equal(compactPostcode('nb1 4gh'), 'NB14GH')
    assert.equal(compactPostcode(' SW1A 1AA '), 'SW1A1AA')
    assert.equal(outwardCode('NB14GH'), 'NB1')
    assert.equal(outwardCode('SW1A1AA'), 'SW1A')
    assert.equal(outwardCode('NB1'), 'NB1')
    assert.equal(outwardCode('N'), '')
  })

  test('dates of birth are real ISO dates or missing', () => {
    assert.deepEqual(dateParts('2015-03-07'), { year: 2015, month: 3, day: 7, iso: '2015-03-07' })
    assert.equal(dateParts('2015-02-30'), undefined)
    assert.equal(dateParts('2024-02-29')?.day, 29)
    assert.equal(dateParts('2023-02-29'), undefined)
    assert.equal(dateParts('1900-02-29'), undefined)
    assert.equal(dateParts('2000-02-29')?.day, 29)
    assert.equal(dateParts('2015-04-31'), undefined)
    assert.equal(dateParts('2015-13-01'), undefined)
    assert.equal(dateParts('07/03/2015'), undefined)
    assert.equal(dateParts(''), undefined)
  })

  test('day and month swap only when the result is a different real date', () => {
    assert.equal(swappedDayMonth(dateParts('2015-03-07')!), '2015-07-03')
    assert.equal(swappedDayMonth(dateParts('2015-03-25')!), undefined)
    assert.equal(swappedDayMonth(dateParts('2015-05-05')!), undefined)
  })
})

test('dateParts agrees with the calendar module on every day of four years and their neighbours', () => {
  for (let day = toDayNumber(parseLocalDate('2023-01-01')); day < toDayNumber(parseLocalDate('2027-01-01')); day++) {
    const iso = fromDayNumber(day)
    assert.equal(dateParts(iso)?.iso, iso)
  }
  for (const bad of ['2023-02-29', '2025-06-31', '2026-00-10', '2026-01-00', '2026-01-32']) {
    assert.equal(dateParts(bad), undefined, bad)
    assert.equal(isLocalDate(bad), false, bad)
  }
})
