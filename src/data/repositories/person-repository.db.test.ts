import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import type { DatabaseHandle } from '../db.js'
import {
  createHousehold,
  findPersonCandidates,
  findPersonMatches,
  getPeople,
  getPerson,
  insertPeopleBulk,
  insertPerson,
  listHouseholdMembers,
  setPersonHousehold,
  type NewPerson,
} from './person-repository.js'

const createdAt = new Date('2026-11-26T10:00:00Z')
const on = (p: Omit<NewPerson, 'createdAt' | 'createdByUserId'>): NewPerson => ({
  ...p,
  createdAt,
  createdByUserId: null,
})

// The Hartley household (Elizabeth, 9, and her twin brothers), their neighbours, and people
// with nearly the same names and birthdays elsewhere in Northbridge. All fictional.
const people: NewPerson[] = [
  on({ id: '00000000-0000-4000-8000-000000000001', givenName: 'Elizabeth', familyName: 'Hartley', dateOfBirth: '2017-04-09', nhsNumber: '943 476 5919', postcode: 'nb1 4gh', sex: 'female' }),
  on({ id: '00000000-0000-4000-8000-000000000002', givenName: 'William', familyName: 'Hartley', dateOfBirth: '2020-11-02', postcode: 'NB1 4GH', sex: 'male' }),
  on({ id: '00000000-0000-4000-8000-000000000003', givenName: 'Thomas', familyName: 'Hartley', dateOfBirth: '2020-11-02', postcode: 'NB1 4GH', sex: 'male' }),
  on({ id: '00000000-0000-4000-8000-000000000004', givenName: 'Eliza', familyName: 'Hartly', dateOfBirth: '2017-09-04', postcode: 'NB3 2XY', sex: 'female' }),
  on({ id: '00000000-0000-4000-8000-000000000005', givenName: 'Elizabeth', familyName: 'Hart', dateOfBirth: '2016-04-09', postcode: 'NB1 7QT', sex: 'female' }),
  on({ id: '00000000-0000-4000-8000-000000000006', givenName: 'Will', familyName: 'Harley', dateOfBirth: '2019-02-11', postcode: 'NB9 1AA', sex: 'male' }),
  on({ id: '00000000-0000-4000-8000-000000000007', givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2012-06-30', nhsNumber: '9990000018', postcode: 'NB2 5LP', sex: 'female' }),
  on({ id: '00000000-0000-4000-8000-000000000008', givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2013-06-30', postcode: 'NB2 5LP', sex: 'female' }),
  on({ givenName: 'Baby', familyName: 'Hartley', expectedDate: '2027-01-15', postcode: 'NB1 4GH' }),
]
const [elizabeth, william, , , , , amara] = people.map(p => p.id!)

for (const backend of testBackends()) {
  describe(`people and person matching (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'empty')
      await insertPeopleBulk(h.db, people.slice(1, 6), 2)
      await insertPerson(h.db, people[0]!)
      for (const p of people.slice(6)) await insertPerson(h.db, p)
    })
    after(() => h.close())

    test('a person comes back as entered, with the NHS number and postcode tidied and dates as days', async () => {
      assert.deepEqual(await getPerson(h.db, elizabeth!), {
        id: elizabeth,
        givenName: 'Elizabeth',
        familyName: 'Hartley',
        dateOfBirth: '2017-04-09',
        nhsNumber: '9434765919',
        postcode: 'NB1 4GH',
        sex: 'female',
      })
      assert.equal(await getPerson(h.db, '00000000-0000-4000-8000-0000000000ff'), undefined)
      const both = await getPeople(h.db, [william!, '00000000-0000-4000-8000-0000000000ff', elizabeth!])
      assert.deepEqual(
        both.map(p => p.id),
        [william, elizabeth],
      )
    })

    test('a nickname with day and month swapped finds the right child first, ahead of the twin', async () => {
      const matches = await findPersonMatches(h.db, { givenName: 'Bill', familyName: 'Hartley', dateOfBirth: '2020-02-11' })
      assert.equal(matches[0]?.candidate.id, william)
      assert.ok(matches[0]?.reasons.includes('Given name is a known short form: Bill / William'))
      assert.ok(matches[0]?.reasons.includes('Date of birth has day and month swapped'))
      assert.ok(matches.length <= 5)
    })

    test('a changed family name with the same NHS number finds the right child, as a strong match', async () => {
      const matches = await findPersonMatches(h.db, { givenName: 'Lizzie', familyName: 'Brown', nhsNumber: '9434765919' })
      assert.equal(matches[0]?.candidate.id, elizabeth)
      assert.equal(matches[0]?.band, 'strong')
    })

    test('a date of birth a year out still finds the right person first', async () => {
      const matches = await findPersonMatches(h.db, { givenName: 'Amara', familyName: 'Okafor', dateOfBirth: '2011-06-30', nhsNumber: '999 000 0018' })
      assert.equal(matches[0]?.candidate.id, amara)
    })

    test('queries missing fields do not fail; a query with nothing to search on finds nobody', async () => {
      assert.deepEqual(await findPersonCandidates(h.db, {}), [])
      assert.deepEqual(await findPersonMatches(h.db, { sex: 'female' }), [])
      const namesOnly = await findPersonMatches(h.db, { givenName: 'Elizabeth', familyName: 'Hartley' })
      assert.equal(namesOnly[0]?.candidate.id, elizabeth)
      const nhsOnly = await findPersonMatches(h.db, { nhsNumber: '9434765919' })
      assert.equal(nhsOnly[0]?.candidate.id, elizabeth)
      const unborn = await findPersonMatches(h.db, { familyName: 'Hartley', postcode: 'NB1 4GH' })
      assert.ok(unborn.length > 0)
      assert.deepEqual(await findPersonMatches(h.db, { givenName: 'Elizabeth', dateOfBirth: 'not a date' }), [])
    })

    test('a household lists its members, eldest first and the unborn last', async () => {
      const household = await createHousehold(h.db, { createdAt, createdByUserId: null })
      const hartleys = await findPersonCandidates(h.db, { familyName: 'Hartley', postcode: 'NB1 4GH' })
      for (const p of hartleys) await setPersonHousehold(h.db, p.id, household)
      const members = await listHouseholdMembers(h.db, household)
      // The twins share a birthday, so they come in id order.
      assert.deepEqual(
        members.map(m => m.givenName),
        ['Elizabeth', 'William', 'Thomas', 'Baby'],
      )
      assert.equal(members[0]?.householdId, household)
      assert.equal(members.at(-1)?.expectedDate, '2027-01-15')
      await setPersonHousehold(h.db, members.at(-1)!.id, null)
      assert.equal((await listHouseholdMembers(h.db, household)).length, members.length - 1)
    })
  })
}
