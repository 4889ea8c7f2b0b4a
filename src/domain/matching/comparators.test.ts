import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  compareDateOfBirth,
  compareFamilyName,
  compareGivenName,
  compareNhsNumber,
  comparePostcode,
  compareSex,
  dateOfBirthLevel,
  familyNameLevel,
  forenameLevel,
} from './comparators.js'

describe('comparing given names', () => {
  test('each level, table-driven', () => {
    const cases: [string | undefined, string | undefined, string | undefined][] = [
      ['John', 'JOHN', 'exact'],
      ['Mary Jane', 'Mary', 'exact'],
      ['Liz', 'Elizabeth', 'shortForm'],
      ['Jane', 'Mary Jane', 'otherName'],
      ['Jonh', 'John', 'similar'],
      ['Shaun', 'Sean', 'soundsAlike'],
      ['J', 'John', 'initial'],
      ['J', 'Peter', 'different'],
      ['Oliver', 'Harry', 'different'],
      [undefined, 'John', undefined],
      ['  ', 'John', undefined],
    ]
    for (const [a, b, level] of cases) {
      assert.equal(forenameLevel(a, b), level, `${a} / ${b}`)
      assert.equal(forenameLevel(b, a), level, `${b} / ${a}`)
    }
  })

  test('reasons name both spellings for a social worker to judge', () => {
    assert.equal(compareGivenName('Liz', 'Elizabeth')?.reason, 'Given name is a known short form: Liz / Elizabeth')
    assert.equal(compareGivenName('Jonh', 'John')?.reason, 'Given name is spelt similarly: Jonh / John')
    assert.equal(compareGivenName('John', 'john')?.reason, 'Given name matches')
    assert.equal(compareGivenName(undefined, 'john'), undefined)
  })

  test('agreement weighs for a match and disagreement against', () => {
    assert.ok(compareGivenName('John', 'John')!.weight > compareGivenName('Jack', 'John')!.weight)
    assert.ok(compareGivenName('Jack', 'John')!.weight > 0)
    assert.ok(compareGivenName('Oliver', 'Harry')!.weight < 0)
  })
})

describe('comparing family names', () => {
  test('each level, table-driven', () => {
    const cases: [string | undefined, string | undefined, string | undefined][] = [
      ['Smith-Jones', 'smith jones', 'exact'],
      ["O'Brien", 'OBRIEN', 'exact'],
      ['Smith', 'Smith-Jones', 'part'],
      ['Smyth', 'Smith', 'similar'],
      ['Thompson', 'Tomson', 'similar'],
      ['Smith', 'Jones', 'different'],
      [undefined, 'Smith', undefined],
    ]
    for (const [a, b, level] of cases) {
      assert.equal(familyNameLevel(a, b), level, `${a} / ${b}`)
      assert.equal(familyNameLevel(b, a), level, `${b} / ${a}`)
    }
  })

  test('a double-barrelled name is explained', () => {
    assert.equal(
      compareFamilyName('Smith', 'Smith-Jones')?.reason,
      'Family name is part of a double-barrelled name: Smith / Smith-Jones',
    )
  })
})

describe('comparing dates of birth', () => {
  test('each level, table-driven', () => {
    const cases: [string | undefined, string | undefined, string | undefined][] = [
      ['2015-03-07', '2015-03-07', 'exact'],
      ['2015-03-07', '2015-07-03', 'swapped'],
      ['2015-03-07', '2016-03-07', 'yearApart'],
      ['2015-03-07', '2015-03-01', 'typo'],
      ['2015-03-17', '2015-03-71', undefined],
      ['2015-03-12', '2015-03-21', 'typo'],
      ['2015-03-07', '2005-03-07', 'typo'],
      ['2015-03-07', '2015-03-28', 'sameMonthYear'],
      ['2015-03-07', '2012-11-20', 'different'],
      ['2015-02-30', '2015-03-07', undefined],
      [undefined, '2015-03-07', undefined],
    ]
    for (const [a, b, level] of cases) {
      assert.equal(dateOfBirthLevel(a, b), level, `${a} / ${b}`)
      assert.equal(dateOfBirthLevel(b, a), level, `${b} / ${a}`)
    }
  })

  test('reasons say what kind of mistake it looks like', () => {
    assert.equal(compareDateOfBirth('2015-03-07', '2015-07-03')?.reason, 'Date of birth has day and month swapped')
    assert.equal(compareDateOfBirth('2015-03-07', '2015-03-07')?.reason, 'Date of birth matches')
    assert.ok(
      compareDateOfBirth('2015-03-07', '2015-03-07')!.weight > compareDateOfBirth('2015-03-07', '2015-07-03')!.weight,
    )
    assert.ok(compareDateOfBirth('2015-03-07', '2012-11-20')!.weight < 0)
  })
})

describe('comparing NHS numbers, postcodes and sex', () => {
  test('NHS numbers: exact is the strongest evidence of all, however spaced', () => {
    const exact = compareNhsNumber('943 476 5919', '9434765919')
    assert.equal(exact?.level, 'exact')
    assert.equal(exact?.reason, 'NHS number matches')
    assert.ok(exact!.weight > 15)
    assert.equal(compareNhsNumber('9434765919', '9434765918')?.level, 'close')
    assert.equal(compareNhsNumber('9434765919', '4934765919')?.level, 'close')
    assert.equal(compareNhsNumber('9434765919', '9990000018')?.level, 'different')
    assert.ok(compareNhsNumber('9434765919', '9990000018')!.weight < 0)
    assert.equal(compareNhsNumber('123', '9434765919'), undefined)
  })

  test('postcodes: exact, the same district, or different', () => {
    assert.equal(comparePostcode('nb1 4gh', 'NB14GH')?.level, 'exact')
    assert.equal(comparePostcode('NB1 4GH', 'NB1 7QT')?.level, 'sameOutward')
    assert.equal(comparePostcode('NB1 4GH', 'NB1 7QT')?.reason, 'Postcode is in the same area (NB1)')
    assert.equal(comparePostcode('NB1', 'NB1 7QT')?.level, 'sameOutward')
    assert.equal(comparePostcode('NB1 4GH', 'NB12 4GH')?.level, 'different')
    assert.equal(comparePostcode('', 'NB1 4GH'), undefined)
  })

  test('sex: "not known" is missing, not a disagreement', () => {
    assert.equal(compareSex('female', 'female')?.level, 'same')
    assert.equal(compareSex('female', 'male')?.level, 'different')
    assert.equal(compareSex('not-known', 'male'), undefined)
    assert.equal(compareSex(undefined, 'male'), undefined)
  })
})
