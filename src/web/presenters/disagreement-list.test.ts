import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { disagreementListRow, statusText, type DisagreementListFields } from './disagreement-list.js'

const open: DisagreementListFields = {
  id: 'd1',
  reference: 'D-2026-000001',
  subject: 'threshold-level',
  stage: 2,
  stageName: 'Line managers',
  state: 'open',
  immediateRisk: false,
  daysLeft: { overdue: false, workingDaysLeft: 2 },
}

describe('disagreement list rows', () => {
  test('an open one: reference, what it is about, the stage and the working days left', () => {
    assert.deepEqual(disagreementListRow(open, 'other'), {
      href: '/disagreements/d1',
      reference: 'D-2026-000001',
      about: 'The threshold level decided',
      stage: 'Stage 2: Line managers',
      status: '2 working days left',
      tags: [],
    })
  })

  test('overdue and immediate risk are tagged', () => {
    const late = { ...open, immediateRisk: true, daysLeft: { overdue: true as const, workingDaysOverdue: 2 } }
    const row = disagreementListRow(late, 'other')
    assert.equal(row.status, 'Overdue by 2 working days')
    assert.deepEqual(
      row.tags.map(t => [t.text, t.classes]),
      [
        ['Overdue', 'govuk-tag--red'],
        ['Immediate risk', 'govuk-tag--red'],
      ],
    )
  })

  test('after a response the raiser is told what to do; others see who has it', () => {
    const responded = { ...open, state: 'responded' as const, daysLeft: null }
    assert.equal(statusText(responded, 'raiser'), 'Response received: accept it or take it to the next stage')
    assert.equal(statusText(responded, 'other'), 'Responded: waiting for the person who raised it')
    assert.equal(
      statusText({ ...open, state: 'resolved', daysLeft: null }, 'other'),
      'Resolved: the outcome is still to be recorded',
    )
  })

  test('a closed one shows its outcome, and a changed decision stands out in green', () => {
    const closed = { ...open, state: 'closed' as const, daysLeft: null, outcome: 'decision-changed' as const }
    const row = disagreementListRow(closed, 'raiser')
    assert.equal(row.status, 'Closed')
    assert.deepEqual(row.tags, [{ text: 'Decision changed', classes: 'govuk-tag--green' }])
  })
})
