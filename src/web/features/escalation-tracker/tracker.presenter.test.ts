import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { TrackerItem } from '../../../services/disagreement/disagreement-lists.js'
import {
  applyTrackerFilter,
  parseTrackerFilter,
  trackerFilterOptions,
  trackerPage,
  trackerRow,
  trackerSummary,
} from './tracker.presenter.js'

const HV = '11111111-1111-4111-8111-111111111111'
const SCHOOL = '22222222-2222-4222-8222-222222222222'

function item(overrides: Partial<TrackerItem>): TrackerItem {
  return {
    id: 'd1',
    reference: 'D-2026-000001',
    stage: 1,
    stageName: 'Practitioner to practitioner',
    state: 'open',
    subject: 'decision',
    raisedVia: 'referrer-feedback',
    raisedByAgencyName: 'Northbridge Community Health Visiting',
    raisedByAgencyId: HV,
    aboutAgencyName: null,
    immediateRisk: false,
    createdAt: new Date('2026-11-20T10:00:00Z'),
    stageDueAt: new Date('2026-11-25T23:59:59.999Z'),
    daysLeft: { overdue: true, workingDaysOverdue: 1 },
    overdue: true,
    ageInWorkingDays: 4,
    children: [{ pseudonym: 'Child 7F3KQ2', personId: null }],
    noChild: null,
    caseLink: null,
    ...overrides,
  }
}

const items = [
  item({}),
  item({
    id: 'd2',
    reference: 'D-2026-000002',
    stage: 3,
    stageName: 'Service managers',
    immediateRisk: true,
    overdue: false,
    daysLeft: { overdue: false, workingDaysLeft: 4 },
    ageInWorkingDays: 0,
  }),
  item({
    id: 'd3',
    reference: 'D-2026-000003',
    raisedByAgencyId: SCHOOL,
    raisedByAgencyName: 'Northbridge Primary School',
    overdue: false,
    daysLeft: { overdue: false, workingDaysLeft: 0 },
    children: [],
    noChild: 'not-linked-yet',
  }),
]

describe('escalation tracker presenter', () => {
  test('filters come from the query string; nonsense is ignored', () => {
    assert.deepEqual(parseTrackerFilter({ stage: '3', agency: SCHOOL.toUpperCase() }), { stage: 3, agency: SCHOOL })
    assert.deepEqual(parseTrackerFilter({ stage: '0', agency: 'Robert; drop table' }), {})
    assert.deepEqual(parseTrackerFilter({ stage: ['1', '2'] }), {})
    assert.deepEqual(parseTrackerFilter(undefined), {})
  })

  test('filtering by stage and by the agency that raised it', () => {
    assert.deepEqual(
      applyTrackerFilter(items, { stage: 1 }).map(i => i.id),
      ['d1', 'd3'],
    )
    assert.deepEqual(
      applyTrackerFilter(items, { agency: SCHOOL }).map(i => i.id),
      ['d3'],
    )
    assert.deepEqual(
      applyTrackerFilter(items, { stage: 3, agency: SCHOOL }).map(i => i.id),
      [],
    )
  })

  test('the summary counts open by stage and by agency, overdue and immediate risk, each linking to its filter', () => {
    const s = trackerSummary(items)
    assert.deepEqual([s.open, s.overdue, s.immediateRisk], [3, 1, 1])
    assert.deepEqual(s.byStage, [
      { text: 'Stage 1: Practitioner to practitioner', count: 2, href: '/disagreements/tracker?stage=1' },
      { text: 'Stage 3: Service managers', count: 1, href: '/disagreements/tracker?stage=3' },
    ])
    assert.deepEqual(
      s.byAgency.map(a => [a.text, a.count, a.href]),
      [
        ['Northbridge Community Health Visiting', 2, `/disagreements/tracker?agency=${HV}`],
        ['Northbridge Primary School', 1, `/disagreements/tracker?agency=${SCHOOL}`],
      ],
    )
  })

  test('the filter options show what is chosen, even a stage with nothing open', () => {
    const options = trackerFilterOptions(items, { stage: 5 })
    assert.deepEqual(
      options.stage.map(o => [o.value, o.selected]),
      [
        ['', false],
        ['1', false],
        ['3', false],
        ['5', true],
      ],
    )
    assert.deepEqual(
      options.agency.map(o => o.text),
      ['All agencies', 'Northbridge Community Health Visiting', 'Northbridge Primary School'],
    )
  })

  test('a row: pseudonyms without links, age, time left and tags; no case link without case access', () => {
    const row = trackerRow(items[0]!, { canOpenContacts: false })
    assert.deepEqual(row.children, [{ text: 'Child 7F3KQ2', href: null }])
    assert.equal(row.href, '/disagreements/d1')
    assert.equal(row.age, '4 working days')
    assert.equal(row.status, 'Overdue by 1 working day')
    assert.deepEqual(
      row.tags.map(t => t.text),
      ['Overdue'],
    )
    assert.equal(row.caseLink, null)
    assert.equal(trackerRow(items[1]!, { canOpenContacts: false }).age, 'Raised today')
    assert.deepEqual(
      trackerRow(items[1]!, { canOpenContacts: false }).tags.map(t => t.text),
      ['Immediate risk'],
    )
    assert.equal(trackerRow(items[2]!, { canOpenContacts: false }).noChild, 'Not yet linked to a child’s record')
  })

  test('with case access the child and the contact (or, without the front door role, the referral) are linked', () => {
    const withCase = item({
      children: [{ pseudonym: 'Child 7F3KQ2', personId: 'p1' }],
      caseLink: { referralId: 'r1', contactId: 'c1' },
    })
    assert.deepEqual(trackerRow(withCase, { canOpenContacts: true }).children, [
      { text: 'Child 7F3KQ2', href: '/people/p1' },
    ])
    assert.deepEqual(trackerRow(withCase, { canOpenContacts: true }).caseLink, {
      href: '/front-door/contacts/c1',
      text: 'Contact',
    })
    assert.deepEqual(trackerRow(withCase, { canOpenContacts: false }).caseLink, {
      href: '/referrals/r1',
      text: 'Referral',
    })
  })

  test('the page: summary over everything, rows filtered', () => {
    const page = trackerPage({ items, caseAccess: false }, { agency: SCHOOL }, { canOpenContacts: false })
    assert.equal(page.pseudonymised, true)
    assert.equal(page.summary.open, 3)
    assert.equal(page.filtered, true)
    assert.deepEqual(
      page.rows.map(r => r.reference),
      ['D-2026-000003'],
    )
  })
})
