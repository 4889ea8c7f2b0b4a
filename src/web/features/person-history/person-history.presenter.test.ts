import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseLocalDate } from '../../../domain/calendar/index.js'
import { buildChronology, type ContactAboutPerson } from '../../../domain/front-door/chronology.js'
import { householdPage, personName, personPage, summaryView } from './person-history.presenter.js'

const today = parseLocalDate('2026-11-26')
const HARPER = { id: 'p-harper', givenName: 'Harper', familyName: 'Quinn', dateOfBirth: '2024-03-14' }
const BABY = { id: 'p-baby', familyName: '', expectedDate: '2027-02-01' }

function row(overrides: Partial<ContactAboutPerson>): ContactAboutPerson {
  return {
    contactId: 'c1',
    referralId: 'r1',
    reference: 'R-2026-000001',
    receivedAt: new Date('2026-11-20T10:00:00Z'),
    agencyName: 'Northbridge Community Health Visiting',
    agencyKind: 'health_visiting',
    channel: 'web',
    callerType: null,
    statedAgencyName: null,
    status: 'decided',
    finalOutcome: 'no-further-action',
    finalLevel: 1,
    decidedAt: new Date('2026-11-21T10:00:00Z'),
    personId: HARPER.id,
    role: 'child',
    dateOfBirth: HARPER.dateOfBirth,
    expectedDate: null,
    recordDateOfBirth: HARPER.dateOfBirth,
    disagreedAt: null,
    disagreement: null,
    statutoryReferral: false,
    ...overrides,
  }
}

describe('person history presenter', () => {
  test('names: given and family name, else unborn baby, else not known', () => {
    assert.equal(personName(HARPER), 'Harper Quinn')
    assert.equal(personName(BABY), 'Unborn baby')
    assert.equal(personName({ id: 'x' }), 'Name not known')
  })

  test('an unborn baby shows the expected date, and unknown details say so', () => {
    const page = personPage({
      person: BABY,
      householdMembers: [],
      chronology: buildChronology([], today),
      today,
    })
    assert.deepEqual(
      page.details.map(r => [r.key.text, r.value.text]),
      [
        ['Name', 'Unborn baby'],
        ['Expected date of birth', '1 February 2027'],
        ['NHS number', 'Not known'],
        ['Postcode', 'Not known'],
      ],
    )
    assert.equal(page.household, null)
    assert.equal(page.pageTitle, 'Person history')
  })

  test('a row links to the referral and shows the decision, its level, date, statutory referral and disagreement', () => {
    const chronology = buildChronology(
      [
        row({
          finalOutcome: 'assessment',
          finalLevel: 3,
          statutoryReferral: true,
          disagreedAt: new Date('2026-11-23T09:00:00Z'),
        }),
      ],
      today,
    )
    const [r] = personPage({ person: HARPER, householdMembers: [], chronology, today }).chronology
    assert.deepEqual(r, {
      date: '20 November 2026',
      reference: 'R-2026-000001',
      href: '/referrals/r1',
      referredBy: 'Northbridge Community Health Visiting',
      who: ['2 years'],
      decision: 'Child and family assessment (section 17)',
      decisionDetail: ['Level 3', 'Decided 21 November 2026', 'Recorded as a referral for a social work response'],
      disagreement: 'Referrer disagreed on 23 November 2026',
    })
  })

  test('a decision changed through a professional disagreement says so, with the outcome and its date', () => {
    const changed = {
      reference: 'D-2026-000003',
      stage: 2,
      outcome: 'decision-changed',
      closedAt: new Date('2026-12-03T11:00:00Z'),
    }
    const open = { reference: 'D-2026-000004', stage: 1, outcome: null, closedAt: null }
    const rows = (d: typeof changed | typeof open) =>
      personPage({
        person: HARPER,
        householdMembers: [],
        chronology: buildChronology([row({ disagreement: d })], today),
        today,
      }).chronology[0]!
    const closed = rows(changed)
    assert.equal(closed.disagreement, 'D-2026-000003: Decision changed on 3 December 2026')
    assert.ok(closed.decisionDetail.includes('Changed after professional disagreement D-2026-000003'))
    const waiting = rows(open)
    assert.equal(waiting.disagreement, 'D-2026-000004: open at stage 1')
    assert.ok(!waiting.decisionDetail.some(d => d.startsWith('Changed after')))
  })

  test('on the household page each member on a contact is named with their age then', () => {
    const chronology = buildChronology(
      [
        row({}),
        row({ personId: BABY.id, dateOfBirth: null, expectedDate: BABY.expectedDate, recordDateOfBirth: null }),
      ],
      today,
    )
    const page = householdPage({ householdId: 'h1', members: [HARPER, BABY], chronology, today })
    assert.deepEqual(page.chronology[0]?.who, ['Harper Quinn (2 years)', 'Unborn baby (unborn)'])
    assert.deepEqual(
      page.members.map(m => [m.name, m.href, m.born]),
      [
        ['Harper Quinn', '/people/p-harper', 'Born 14 March 2024'],
        ['Unborn baby', '/people/p-baby', 'Due 1 February 2027'],
      ],
    )
  })

  test('three contacts in 12 months raise the repeat contact warning; two do not', () => {
    const base = { totalContacts: 3, agencies: [], noFurtherActionCount: 0, disagreementCount: 0 }
    assert.match(
      summaryView({ ...base, contactsInLast12Months: 3 }).repeatWarning ?? '',
      /^3 contacts in the last 12 months/,
    )
    assert.equal(summaryView({ ...base, contactsInLast12Months: 2 }).repeatWarning, null)
    assert.equal(
      summaryView({ ...base, totalContacts: 1, contactsInLast12Months: 1 }).contactsInLast12Months,
      '1 (1 contact in all)',
    )
  })
})
