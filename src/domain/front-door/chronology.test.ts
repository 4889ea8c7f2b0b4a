import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { parseLocalDate } from '../calendar/index.js'
import { ageAt, buildChronology, MEMBER_OF_THE_PUBLIC, referredBy, type ContactAboutPerson } from './chronology.js'

// Harper Quinn, born 14 March 2024, and her brother Leo, born 2 June 2019: the Quinn household.
// The health visitor referred three times, the school once; all fictional.
const HARPER = 'person-harper'
const LEO = 'person-leo'
const today = parseLocalDate('2026-11-26')

function row(overrides: Partial<ContactAboutPerson> = {}): ContactAboutPerson {
  return {
    contactId: 'contact-1',
    referralId: 'referral-1',
    reference: 'NB-2026-00001',
    receivedAt: new Date('2026-11-20T10:00:00Z'),
    agencyName: 'Northbridge Health Visiting',
    agencyKind: 'health_visiting',
    channel: 'web',
    callerType: null,
    statedAgencyName: null,
    status: 'decided',
    finalOutcome: 'no-further-action',
    finalLevel: 1,
    decidedAt: new Date('2026-11-20T15:00:00Z'),
    personId: HARPER,
    role: 'child',
    dateOfBirth: '2024-03-14',
    expectedDate: null,
    recordDateOfBirth: '2024-03-14',
    disagreedAt: null,
    disagreement: null,
    statutoryReferral: false,
    ...overrides,
  }
}

const harperRows: ContactAboutPerson[] = [
  row({
    contactId: 'c-2025',
    referralId: 'r-2025',
    reference: 'NB-2025-00412',
    receivedAt: new Date('2025-06-10T09:00:00Z'),
    decidedAt: new Date('2025-06-11T09:00:00Z'),
  }),
  row({
    contactId: 'c-2026a',
    referralId: 'r-2026a',
    reference: 'NB-2026-00020',
    receivedAt: new Date('2026-02-03T11:00:00Z'),
    finalOutcome: 'information-and-advice',
    disagreedAt: new Date('2026-02-05T10:00:00Z'),
  }),
  row({
    contactId: 'c-2026b',
    referralId: 'r-2026b',
    reference: 'NB-2026-00150',
    receivedAt: new Date('2026-09-01T08:30:00Z'),
    agencyName: 'Northbridge Primary School',
    agencyKind: 'school',
    finalOutcome: 'assessment',
    finalLevel: 3,
    statutoryReferral: true,
  }),
  row({
    contactId: 'c-2026c',
    referralId: 'r-2026c',
    reference: 'NB-2026-00301',
    receivedAt: new Date('2026-11-25T16:00:00Z'),
    status: 'awaiting-screening',
    finalOutcome: null,
    finalLevel: null,
    decidedAt: null,
  }),
]

describe('chronology entries', () => {
  test('newest first, each with its date, reference, agency, age then and decision', () => {
    const { entries } = buildChronology(harperRows, today)
    assert.deepEqual(
      entries.map(e => [e.date, e.reference, e.referredBy, e.people.map(p => p.age), e.decision]),
      [
        ['2026-11-25', 'NB-2026-00301', 'Northbridge Health Visiting', ['2 years'], 'Waiting for screening'],
        [
          '2026-09-01',
          'NB-2026-00150',
          'Northbridge Primary School',
          ['2 years'],
          'Child and family assessment (section 17)',
        ],
        ['2026-02-03', 'NB-2026-00020', 'Northbridge Health Visiting', ['22 months'], 'Information and advice'],
        ['2025-06-10', 'NB-2025-00412', 'Northbridge Health Visiting', ['14 months'], 'No further action'],
      ],
    )
  })

  test('each entry links back to its referral and carries the disagreement and statutory referral', () => {
    const { entries } = buildChronology(harperRows, today)
    const advice = entries.find(e => e.reference === 'NB-2026-00020')
    assert.equal(advice?.referralId, 'r-2026a')
    assert.deepEqual(advice?.disagreedAt, new Date('2026-02-05T10:00:00Z'))
    assert.equal(advice?.statutoryReferral, false)
    assert.equal(entries.find(e => e.reference === 'NB-2026-00150')?.statutoryReferral, true)
    assert.equal(entries.find(e => e.reference === 'NB-2026-00150')?.level, 3)
  })

  test('an undecided contact has no outcome, level or decision date, whatever the row held', () => {
    const [entry] = buildChronology(
      [row({ status: 'awaiting-manager', finalOutcome: 'assessment', finalLevel: 3 })],
      today,
    ).entries
    assert.equal(entry?.outcome, null)
    assert.equal(entry?.level, null)
    assert.equal(entry?.decidedAt, null)
    assert.equal(entry?.decision, 'Waiting for a front door manager')
  })

  test('the day a contact arrived is its London day: 11:30pm BST on 31 May is 1 June', () => {
    const [entry] = buildChronology(
      [row({ receivedAt: new Date('2025-05-31T23:30:00Z'), dateOfBirth: '2024-06-01' })],
      today,
    ).entries
    assert.equal(entry?.date, '2025-06-01')
    assert.equal(entry?.people[0]?.age, '12 months')
  })

  test('a household: one entry per contact, listing each member on it, eldest first, with their own age', () => {
    const rows = [
      row({ contactId: 'c-1', reference: 'NB-2026-00001', personId: HARPER }),
      row({ contactId: 'c-1', reference: 'NB-2026-00001', personId: LEO, dateOfBirth: '2019-06-02' }),
      row({ contactId: 'c-1', reference: 'NB-2026-00001', personId: LEO, dateOfBirth: '2019-06-02' }),
      row({
        contactId: 'c-0',
        reference: 'NB-2025-00009',
        receivedAt: new Date('2025-01-10T10:00:00Z'),
        personId: LEO,
        dateOfBirth: '2019-06-02',
        statutoryReferral: true,
      }),
    ]
    const { entries, summary } = buildChronology(rows, today)
    assert.deepEqual(
      entries.map(e => [e.reference, e.people.map(p => `${p.personId} ${p.age}`), e.statutoryReferral]),
      [
        ['NB-2026-00001', ['person-leo 7 years', 'person-harper 2 years'], false],
        ['NB-2025-00009', ['person-leo 5 years'], true],
      ],
    )
    assert.equal(summary.totalContacts, 2, 'a contact about two members counts once')
  })

  test('the same instant sorts by reference, newest reference first, so the order never flickers', () => {
    const at = new Date('2026-11-20T10:00:00Z')
    const { entries } = buildChronology(
      [
        row({ contactId: 'a', reference: 'NB-2026-00010', receivedAt: at }),
        row({ contactId: 'b', reference: 'NB-2026-00011', receivedAt: at }),
      ],
      today,
    )
    assert.deepEqual(
      entries.map(e => e.reference),
      ['NB-2026-00011', 'NB-2026-00010'],
    )
  })

  test('nothing known: no entries and a summary of noughts', () => {
    assert.deepEqual(buildChronology([], today), {
      entries: [],
      summary: {
        totalContacts: 0,
        contactsInLast12Months: 0,
        agencies: [],
        noFurtherActionCount: 0,
        disagreementCount: 0,
      },
    })
  })
})

describe('chronology summary', () => {
  test('a professional disagreement counts as a disagreement, as the referrer\'s "I disagree" does', () => {
    const raised = { reference: 'D-2026-000001', stage: 2, outcome: null, closedAt: null }
    const rows = [row({ contactId: 'a' }), row({ contactId: 'b', disagreement: raised })]
    assert.equal(buildChronology(rows, today).summary.disagreementCount, 1)
    assert.equal(buildChronology([row({ contactId: 'a' })], today).summary.disagreementCount, 0)
  })
  test('contacts in the last 12 months, agencies with counts, no-further-action outcomes, disagreements', () => {
    const { summary } = buildChronology(harperRows, today)
    assert.equal(summary.totalContacts, 4)
    assert.equal(summary.contactsInLast12Months, 3, 'June 2025 is more than 12 months ago')
    assert.deepEqual(
      summary.agencies.map(a => a.label),
      ['Northbridge Health Visiting (3)', 'Northbridge Primary School (1)'],
    )
    assert.equal(summary.noFurtherActionCount, 2, 'no further action, and advice only')
    assert.equal(summary.disagreementCount, 1)
  })

  test('12 months back includes the same day last year and not the day before', () => {
    const on = (iso: string, id: string) =>
      row({ contactId: id, reference: id, receivedAt: new Date(`${iso}T12:00:00Z`) })
    const { summary } = buildChronology([on('2025-11-26', 'x'), on('2025-11-25', 'y'), on('2026-11-26', 'z')], today)
    assert.equal(summary.contactsInLast12Months, 2)
  })

  test('agencies with the same count are listed alphabetically', () => {
    const { summary } = buildChronology(
      [
        row({ contactId: '1', agencyName: 'Northbridge Police' }),
        row({ contactId: '2', agencyName: 'Northbridge Housing Options' }),
      ],
      today,
    )
    assert.deepEqual(
      summary.agencies.map(a => a.label),
      ['Northbridge Housing Options (1)', 'Northbridge Police (1)'],
    )
  })

  test('counts add up whatever the rows, and every agency count is at least one', () => {
    const arbitraryRow = fc.record({
      contact: fc.integer({ min: 1, max: 8 }),
      person: fc.constantFrom(HARPER, LEO),
      day: fc.integer({ min: 0, max: 900 }),
      agency: fc.constantFrom('A', 'B', 'C'),
      outcome: fc.constantFrom('no-further-action', 'signpost', 'assessment', 'information-and-advice'),
    })
    fc.assert(
      fc.property(fc.array(arbitraryRow, { maxLength: 20 }), specs => {
        // A contact's own facts come from its first row, as they would from the database.
        const first = new Map<number, (typeof specs)[number]>()
        for (const s of specs) if (!first.has(s.contact)) first.set(s.contact, s)
        const rows = specs.map(s => {
          const c = first.get(s.contact)!
          return row({
            contactId: `c${s.contact}`,
            reference: `R${s.contact}`,
            receivedAt: new Date(Date.UTC(2024, 5, 1) + c.day * 86_400_000),
            agencyName: c.agency,
            finalOutcome: c.outcome,
            personId: s.person,
          })
        })
        const { entries, summary } = buildChronology(rows, today)
        assert.equal(entries.length, first.size)
        assert.equal(
          summary.agencies.reduce((n, a) => n + a.count, 0),
          entries.length,
        )
        assert.ok(summary.agencies.every(a => a.count >= 1))
        assert.ok(summary.contactsInLast12Months <= entries.length)
        assert.ok(summary.noFurtherActionCount <= entries.length)
        for (let i = 1; i < entries.length; i++) {
          assert.ok(entries[i - 1]!.receivedAt >= entries[i]!.receivedAt, 'newest first')
        }
      }),
    )
  })
})

describe('age at a contact', () => {
  const day = parseLocalDate('2026-11-26')
  test('from the date of birth the referral gave, else the one on record', () => {
    assert.equal(ageAt({ dateOfBirth: '2026-08-01', expectedDate: null, recordDateOfBirth: null }, day), '3 months')
    assert.equal(ageAt({ dateOfBirth: null, expectedDate: null, recordDateOfBirth: '2019-06-02' }, day), '7 years')
    assert.equal(ageAt({ dateOfBirth: null, expectedDate: null, recordDateOfBirth: null }, day), 'age not known')
  })

  test('unborn when only an expected date is known, or the contact came before the birth', () => {
    assert.equal(ageAt({ dateOfBirth: null, expectedDate: '2027-02-01', recordDateOfBirth: null }, day), 'unborn')
    assert.equal(
      ageAt({ dateOfBirth: null, expectedDate: '2026-12-20', recordDateOfBirth: '2026-12-18' }, day),
      'unborn',
    )
    assert.equal(
      ageAt({ dateOfBirth: '2026-11-20', expectedDate: null, recordDateOfBirth: null }, day),
      'less than 1 month',
    )
  })

  test('a date that is not a calendar date is treated as not known', () => {
    assert.equal(
      ageAt({ dateOfBirth: '2026-02-30', expectedDate: null, recordDateOfBirth: null }, day),
      'age not known',
    )
  })
})

describe('who referred', () => {
  const base = { agencyName: "Northbridge Children's Services Front Door", statedAgencyName: null, callerType: null }
  test('the referring agency for the web and the API', () => {
    assert.equal(referredBy({ ...base, channel: 'web', agencyName: 'Northbridge Police' }), 'Northbridge Police')
    assert.equal(referredBy({ ...base, channel: 'api', agencyName: 'Northbridge Police' }), 'Northbridge Police')
  })

  test('for a phone call, the agency the caller named, or a member of the public', () => {
    assert.equal(
      referredBy({
        ...base,
        channel: 'phone',
        callerType: 'professional',
        statedAgencyName: 'Riverside Medical Practice',
      }),
      'Riverside Medical Practice',
    )
    assert.equal(
      referredBy({ ...base, channel: 'phone', callerType: 'public', statedAgencyName: 'Should not show' }),
      MEMBER_OF_THE_PUBLIC,
    )
    assert.equal(
      referredBy({ ...base, channel: 'phone', callerType: 'professional', statedAgencyName: '  ' }),
      "Northbridge Children's Services Front Door",
    )
  })
})
