import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { REMINDER_KINDS } from './clocks.js'
import { DISAGREEMENT_OUTCOMES } from './disagreement.js'
import {
  acceptedMessage,
  daysLeftText,
  escalatedMessage,
  immediateRiskAlertMessage,
  noteAddedMessage,
  outcomeMessage,
  raisedMessage,
  reminderMessage,
  respondedMessage,
  stageEnteredMessage,
} from './disagreement-text.js'
import { DEFAULT_ESCALATION_POLICY } from './escalation-policy.js'

const stage1 = DEFAULT_ESCALATION_POLICY.stages[0]!
const stage2 = DEFAULT_ESCALATION_POLICY.stages[1]!
const ref = 'PD-2026-0042'
const winter = new Date('2026-12-31T23:59:59.999Z')
const summer = new Date('2026-06-04T22:59:59.999Z')

describe('notification and timeline messages', () => {
  test('say the stage and when a response is due, in London dates', () => {
    assert.equal(
      stageEnteredMessage(ref, stage2, winter),
      'Disagreement PD-2026-0042 is now at stage 2 (Line managers). A response is due by the end of 31 December 2026.',
    )
    assert.equal(
      raisedMessage(ref, stage1, summer),
      'Disagreement PD-2026-0042 has been raised at stage 1 (Practitioner to practitioner). A response is due by the end of 4 June 2026.',
    )
    assert.equal(
      escalatedMessage(ref, stage1, stage2, winter),
      'Disagreement PD-2026-0042 has been taken from stage 1 to stage 2 (Line managers). A response is due by the end of 31 December 2026.',
    )
  })

  test('tell the raiser what they can do after a response', () => {
    assert.match(
      respondedMessage(ref, stage1, 5),
      /Accept the response, or take it to stage 2 if you still disagree\.$/,
    )
    assert.match(respondedMessage(ref, stage2, 2), /This is the last stage, so the outcome recorded here is final\.$/)
    assert.match(acceptedMessage(ref, stage1), /was accepted/)
    assert.equal(
      noteAddedMessage(ref, stage2),
      'A note was added to disagreement PD-2026-0042 at stage 2 (Line managers).',
    )
    assert.match(immediateRiskAlertMessage(ref), /immediate risk of harm\. Look at it now\.$/)
  })

  test('reminders: before, at and after the deadline', () => {
    assert.equal(
      reminderMessage('stage-reminder-before', ref, stage1, winter),
      'Reminder: a response to disagreement PD-2026-0042 at stage 1 (Practitioner to practitioner) is due by the end of 31 December 2026.',
    )
    assert.match(
      reminderMessage('stage-deadline', ref, stage1, winter),
      /was due by the end of 31 December 2026\. Respond now\.$/,
    )
    assert.match(
      reminderMessage('stage-overdue-offer-next', ref, stage1, winter, stage2),
      /You can now take it to stage 2 \(Line managers\)\.$/,
    )
    assert.match(
      reminderMessage('stage-overdue-offer-next', ref, stage2, winter),
      /Contact the safeguarding partnership business unit\.$/,
    )
  })

  test('the written outcome goes to both sides, each in their own words', () => {
    assert.equal(
      outcomeMessage(ref, 'decision-changed', 'raiser'),
      'Disagreement PD-2026-0042 is closed. Outcome: Decision changed. The decision has been changed because you challenged it. The new decision is linked to this record.',
    )
    for (const outcome of DISAGREEMENT_OUTCOMES) {
      assert.notEqual(outcomeMessage(ref, outcome, 'raiser'), outcomeMessage(ref, outcome, 'responder'))
    }
  })

  test('name the disagreement by its reference and nothing else personal', () => {
    const all = [
      raisedMessage(ref, stage1, winter),
      stageEnteredMessage(ref, stage2, winter),
      escalatedMessage(ref, stage1, stage2, winter),
      respondedMessage(ref, stage1, 5),
      acceptedMessage(ref, stage1),
      noteAddedMessage(ref, stage1),
      immediateRiskAlertMessage(ref),
      ...REMINDER_KINDS.map(kind => reminderMessage(kind, ref, stage1, winter, stage2)),
      ...DISAGREEMENT_OUTCOMES.map(outcome => outcomeMessage(ref, outcome, 'raiser')),
    ]
    for (const message of all) {
      assert.match(message, /PD-2026-0042/)
      assert.ok(message.length < 300, message)
    }
  })
})

describe('daysLeftText', () => {
  test('reads as a short status', () => {
    assert.equal(daysLeftText({ overdue: false, workingDaysLeft: 0 }), 'Due today')
    assert.equal(daysLeftText({ overdue: false, workingDaysLeft: 1 }), '1 working day left')
    assert.equal(daysLeftText({ overdue: false, workingDaysLeft: 3 }), '3 working days left')
    assert.equal(daysLeftText({ overdue: true, workingDaysOverdue: 0 }), 'Overdue')
    assert.equal(daysLeftText({ overdue: true, workingDaysOverdue: 1 }), 'Overdue by 1 working day')
    assert.equal(daysLeftText({ overdue: true, workingDaysOverdue: 4 }), 'Overdue by 4 working days')
  })
})
