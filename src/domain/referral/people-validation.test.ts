import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseLocalDate } from '../calendar/index.js'
import { adultName, childName, validateAdult, validateChild } from './people-validation.js'
import type { AdultDetails, ChildDetails } from './referral-content.js'

const today = parseLocalDate('2026-11-26')

const ava: ChildDetails = {
  id: 'child-ava',
  givenName: 'Ava',
  familyName: 'Okonkwo-Byrne',
  dateOfBirth: '2020-07-26',
  sex: 'female',
  nhsNumber: '999 000 0018',
  address: { line1: '14 Canal Row', town: 'Northbridge', postcode: 'nb14gh' },
  schoolOrSetting: 'Riverside Primary School',
}
const unborn: ChildDetails = { id: 'child-unborn', unborn: true, expectedDate: '2027-02-26', sex: 'not-known' }

const fields = (problems: { field: string }[]) => problems.map(problem => problem.field)
const messageFor = (problems: { field: string; message: string }[], field: string) =>
  problems.find(problem => problem.field === field)?.message

describe('validateChild', () => {
  test('a fully described child and an unborn baby with only a due date and sex have no problems', () => {
    assert.deepEqual(validateChild(ava, today), [])
    assert.deepEqual(validateChild(unborn, today), [])
  })

  test('names with apostrophes, accents, hyphens and emoji are accepted as typed', () => {
    for (const [givenName, familyName] of [
      ['Zoë', "O'Brien"],
      ['Siân', 'Okonkwo-Byrne'],
      ['Ava 🌈', 'Nguyễn'],
      ['', 'de la Cruz'],
    ] as const) {
      assert.deepEqual(validateChild({ ...ava, givenName, familyName }, today), [], `${givenName} ${familyName}`)
    }
  })

  test('an empty child gets the required fields in page order', () => {
    const problems = validateChild({ id: 'c1' }, today)
    assert.deepEqual(problems, [
      { field: 'givenName', message: "Enter the child's first name or last name" },
      { field: 'dateOfBirth', message: "Enter the child's date of birth" },
      { field: 'sex', message: "Select the child's sex" },
    ])
  })

  test('whitespace-only names count as missing', () => {
    assert.deepEqual(fields(validateChild({ ...ava, givenName: '  ', familyName: '\t' }, today)), ['givenName'])
  })

  test('messages name the child when the referrer has given a first name', () => {
    const problems = validateChild({ ...ava, dateOfBirth: undefined, sex: undefined }, today)
    assert.equal(messageFor(problems, 'dateOfBirth'), "Enter Ava's date of birth")
    assert.equal(messageFor(problems, 'sex'), "Select Ava's sex")
  })

  test('date of birth must be a real date, not in the future, and under 18 years ago', () => {
    const problem = (dateOfBirth: string) => messageFor(validateChild({ ...ava, dateOfBirth }, today), 'dateOfBirth')
    assert.equal(problem('2023-02-29'), 'Date of birth must be a real date')
    assert.equal(problem('26/11/2020'), 'Date of birth must be a real date')
    assert.equal(problem('2026-11-27'), 'Date of birth must be in the past')
    assert.equal(problem('2026-11-26'), undefined, 'a baby born today')
    assert.equal(problem('2008-11-27'), undefined, 'the day before the 18th birthday')
    assert.match(
      problem('2008-11-26') ?? '',
      /^Ava is 18 or over\. Referrals to the front door are for children under 18/,
    )
    assert.match(problem('1990-01-01') ?? '', /18 or over/)
  })

  test('an unborn baby needs no name or date of birth, but needs an expected date', () => {
    assert.deepEqual(validateChild({ id: 'u', unborn: true, sex: 'not-known' }, today), [
      { field: 'expectedDate', message: 'Enter the expected date of delivery' },
    ])
  })

  test('a date of birth sent for an unborn baby is ignored', () => {
    assert.deepEqual(validateChild({ ...unborn, dateOfBirth: 'nonsense' }, today), [])
  })

  test('the expected date is at most 10 months ahead and at most 1 month overdue', () => {
    const problem = (expectedDate: string) =>
      messageFor(validateChild({ ...unborn, expectedDate }, today), 'expectedDate')
    assert.equal(problem('2027-09-26'), undefined)
    assert.equal(problem('2027-09-27'), 'Expected date of delivery must be within the next 10 months')
    assert.equal(problem('2026-10-26'), undefined)
    assert.match(problem('2026-10-25') ?? '', /^Expected date of delivery must be no more than 1 month ago/)
    assert.equal(problem('2027-02-30'), 'Expected date of delivery must be a real date')
  })

  test("sex may be 'not known' for an unborn baby but not for a born child", () => {
    assert.deepEqual(validateChild({ ...unborn, sex: 'not-known' }, today), [])
    assert.deepEqual(validateChild({ ...ava, sex: 'not-known' }, today), [
      { field: 'sex', message: 'Select whether Ava is female or male' },
    ])
    assert.equal(messageFor(validateChild({ ...ava, sex: 'other' as never }, today), 'sex'), "Select Ava's sex")
  })

  test('an NHS number is optional, but one given must have the right format and check digit', () => {
    assert.deepEqual(validateChild({ ...ava, nhsNumber: undefined }, today), [])
    assert.deepEqual(validateChild({ ...ava, nhsNumber: '   ' }, today), [])
    assert.deepEqual(validateChild({ ...ava, nhsNumber: '999-000-0018' }, today), [])
    assert.equal(
      messageFor(validateChild({ ...ava, nhsNumber: '999 000 001' }, today), 'nhsNumber'),
      'Enter an NHS number in the correct format, like 485 777 3456',
    )
    assert.equal(
      messageFor(validateChild({ ...ava, nhsNumber: 'unknown' }, today), 'nhsNumber'),
      'Enter an NHS number in the correct format, like 485 777 3456',
    )
    assert.equal(
      messageFor(validateChild({ ...ava, nhsNumber: '999 000 0019' }, today), 'nhsNumber'),
      'Enter a valid NHS number: check it has 10 digits and you have typed it correctly',
    )
  })

  test('a postcode is optional, but one given must be real; other address lines are optional', () => {
    assert.deepEqual(validateChild({ ...ava, address: undefined }, today), [])
    assert.deepEqual(validateChild({ ...ava, address: { postcode: '' } }, today), [])
    assert.deepEqual(validateChild({ ...ava, address: { line1: '14 Canal Row', postcode: 'NB1' } }, today), [
      { field: 'postcode', message: 'Enter a real postcode, like NB1 4GH' },
    ])
  })

  test('free text is capped: needs at 10,000 characters, short fields at 200', () => {
    assert.deepEqual(validateChild({ ...ava, needs: 'x'.repeat(10_000) }, today), [])
    assert.deepEqual(validateChild({ ...ava, needs: 'x'.repeat(10_001) }, today), [
      { field: 'needs', message: 'Needs must be 10,000 characters or less' },
    ])
    assert.deepEqual(fields(validateChild({ ...ava, schoolOrSetting: 's'.repeat(201) }, today)), ['schoolOrSetting'])
    assert.deepEqual(fields(validateChild({ ...ava, givenName: 'A'.repeat(201) }, today)), ['givenName'])
  })

  test('childName uses the first name, or says whose details they are', () => {
    assert.equal(childName(ava), 'Ava')
    assert.equal(childName({ id: 'x', familyName: 'Mills' }), 'the child')
    assert.equal(childName(unborn), 'the unborn baby')
  })
})

const chloe: AdultDetails = {
  id: 'adult-chloe',
  givenName: 'Chloe',
  familyName: "O'Brien",
  livesWithChildren: true,
  relationships: { 'child-ava': 'mother', 'child-unborn': 'mother' },
}

describe('validateAdult', () => {
  test('an adult with a name, a relationship to each child and where they live has no problems', () => {
    assert.deepEqual(validateAdult(chloe, [ava, unborn], today), [])
  })

  test('an empty adult gets every required field in page order, with one relationship per child', () => {
    assert.deepEqual(validateAdult({ id: 'a1' }, [ava, unborn], today), [
      { field: 'givenName', message: "Enter the adult's first name or last name" },
      { field: 'relationship-child-ava', message: 'Select how this adult is related to Ava' },
      { field: 'relationship-child-unborn', message: 'Select how this adult is related to the unborn baby' },
      { field: 'livesWithChildren', message: 'Select yes if this adult lives with the children' },
    ])
  })

  test('messages use the adult’s name, and say "the child" when there is one child', () => {
    const problems = validateAdult({ ...chloe, relationships: {}, livesWithChildren: undefined }, [ava], today)
    assert.deepEqual(problems, [
      { field: 'relationship-child-ava', message: "Select how Chloe O'Brien is related to Ava" },
      { field: 'livesWithChildren', message: "Select yes if Chloe O'Brien lives with the child" },
    ])
  })

  test('a relationship that is not on the list counts as missing', () => {
    const problems = validateAdult({ ...chloe, relationships: { 'child-ava': 'aunt' as never } }, [ava], today)
    assert.deepEqual(fields(problems), ['relationship-child-ava'])
  })

  test('lives with the children may be false, but must be answered', () => {
    assert.deepEqual(validateAdult({ ...chloe, livesWithChildren: false }, [ava], today), [])
  })

  test('date of birth is optional, but must be real, past and after 1900', () => {
    const problem = (dateOfBirth: string) =>
      messageFor(validateAdult({ ...chloe, dateOfBirth }, [ava], today), 'dateOfBirth')
    assert.equal(problem('1997-06-03'), undefined)
    assert.equal(
      problem('2011-06-03'),
      undefined,
      'a young parent under 18 is still listed as an adult in the household',
    )
    assert.equal(problem('1997-06-31'), 'Date of birth must be a real date')
    assert.equal(problem('2027-01-01'), 'Date of birth must be in the past')
    assert.equal(problem('1899-12-31'), 'Date of birth must be the same as or after 1 January 1900')
  })

  test("an adult's postcode is optional, checked after the questions about the children", () => {
    assert.deepEqual(validateAdult({ ...chloe, address: { town: 'Northbridge' } }, [ava], today), [])
    assert.deepEqual(
      fields(validateAdult({ ...chloe, livesWithChildren: undefined, address: { postcode: 'NB1 4CC' } }, [ava], today)),
      ['livesWithChildren', 'postcode'],
    )
  })

  test('relationships to children no longer on the referral are ignored', () => {
    assert.deepEqual(
      validateAdult({ ...chloe, relationships: { ...chloe.relationships, gone: 'father' } }, [ava], today),
      [],
    )
  })

  test('adultName joins the names the referrer gave', () => {
    assert.equal(adultName(chloe), "Chloe O'Brien")
    assert.equal(adultName({ id: 'x', familyName: 'Okonkwo' }), 'Okonkwo')
    assert.equal(adultName({ id: 'x' }), 'this adult')
  })
})
