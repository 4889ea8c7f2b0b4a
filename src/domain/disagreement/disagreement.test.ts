import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { validateEscalation, validateNote, validateOutcome, validateResponse } from './command-validation.js'
import {
  DISAGREEMENT_OUTCOME_TEXT,
  DISAGREEMENT_OUTCOMES,
  DISAGREEMENT_SUBJECT_LABELS,
  DISAGREEMENT_SUBJECTS,
  IMMEDIATE_RISK_GUIDANCE,
  isDisagreementOutcome,
  RAISED_BY_KINDS,
  RAISED_BY_LABELS,
  startingStage,
  validateRaise,
} from './disagreement.js'
import { DEFAULT_ESCALATION_POLICY, type EscalationPolicy } from './escalation-policy.js'

const policy = DEFAULT_ESCALATION_POLICY

// The health visitor's third contact about the family: she disagrees with no further action.
const raise = {
  subject: 'decision',
  reasons: 'This is the third time I have raised concerns about the baby. Home conditions are worse.',
  evidence: 'Home visit notes from 3 and 17 March',
  outcomeWanted: 'A social work assessment',
  immediateRisk: 'no',
}

const problems = (raw: unknown, p: EscalationPolicy = policy) => {
  const result = validateRaise(raw, p)
  return result.ok ? [] : result.error
}

describe('validateRaise', () => {
  test('accepts the form as posted', () => {
    assert.deepEqual(validateRaise(raise, policy), {
      ok: true,
      value: {
        subject: 'decision',
        reasons: raise.reasons,
        evidence: raise.evidence,
        outcomeWanted: 'A social work assessment',
        immediateRisk: false,
      },
    })
  })

  test('accepts the API shape, and leaves out empty evidence', () => {
    const result = validateRaise({ ...raise, immediateRisk: false, evidence: '   ' }, policy)
    assert.ok(result.ok)
    assert.equal('evidence' in result.value, false)
    assert.equal(startingStage(result.value), 1)
  })

  test('says what is missing, in GOV.UK words', () => {
    assert.deepEqual(problems({}), [
      { field: 'subject', message: 'Select what you disagree with' },
      { field: 'reasons', message: 'Enter why you disagree' },
      { field: 'outcomeWanted', message: 'Enter what you want to happen' },
      { field: 'immediateRisk', message: 'Select yes if a child is at immediate risk of harm' },
    ])
    assert.deepEqual(problems(null), problems({}))
    assert.deepEqual(problems({ ...raise, reasons: '  \n ' }), [
      { field: 'reasons', message: 'Enter why you disagree' },
    ])
    assert.deepEqual(problems({ ...raise, subject: 'complaint' }), [
      { field: 'subject', message: 'Select what you disagree with' },
    ])
  })

  test('bounds long answers', () => {
    assert.deepEqual(problems({ ...raise, evidence: 'x'.repeat(10_001) }), [
      { field: 'evidence', message: 'Evidence must be 10,000 characters or fewer' },
    ])
    assert.deepEqual(problems({ ...raise, reasons: 'x'.repeat(10_001) }), [
      { field: 'reasons', message: 'Why you disagree must be 10,000 characters or fewer' },
    ])
  })

  test('a later starting stage only when a child is at immediate risk', () => {
    assert.deepEqual(problems({ ...raise, startAtStage: '3' }), [
      {
        field: 'startAtStage',
        message:
          'You can only start at a later stage if a child is at immediate risk of harm. Otherwise, start at stage 1',
      },
    ])
    const urgent = validateRaise({ ...raise, immediateRisk: 'yes', startAtStage: '3' }, policy)
    assert.ok(urgent.ok)
    assert.equal(urgent.value.startAtStage, 3)
    assert.equal(startingStage(urgent.value), 3)
    const atStage1 = validateRaise({ ...raise, startAtStage: 1 }, policy)
    assert.ok(atStage1.ok)
    assert.equal(startingStage(atStage1.value), 1)
  })

  test('the API may send the starting stage as a number', () => {
    const urgent = validateRaise({ ...raise, immediateRisk: true, startAtStage: 2 }, policy)
    assert.ok(urgent.ok)
    assert.equal(urgent.value.startAtStage, 2)
    assert.equal(problems({ ...raise, immediateRisk: false, startAtStage: 2 }).length, 1)
    assert.deepEqual(problems({ ...raise, immediateRisk: true, startAtStage: 2.5 }), [
      { field: 'startAtStage', message: 'Select a stage from 1 to 5' },
    ])
    assert.deepEqual(problems({ ...raise, immediateRisk: true, startAtStage: true }), [
      { field: 'startAtStage', message: 'Select a stage from 1 to 5' },
    ])
  })

  test('a child at immediate risk may still start at stage 1', () => {
    const result = validateRaise({ ...raise, immediateRisk: true, startAtStage: '' }, policy)
    assert.ok(result.ok)
    assert.equal(result.value.immediateRisk, true)
    assert.equal(startingStage(result.value), 1)
  })

  test('the starting stage must be one of the policy’s stages', () => {
    const short: EscalationPolicy = { stages: policy.stages.slice(0, 3) }
    for (const startAtStage of ['4', 0, '2.5', 'two', -1]) {
      assert.deepEqual(problems({ ...raise, immediateRisk: 'yes', startAtStage }, short), [
        { field: 'startAtStage', message: 'Select a stage from 1 to 3' },
      ])
    }
    assert.equal(validateRaise({ ...raise, immediateRisk: 'yes', startAtStage: '5' }, policy).ok, true)
  })
})

describe('stage commands', () => {
  test('a response, an escalation reason and a note are required and trimmed', () => {
    assert.deepEqual(validateResponse({ response: ' We will assess. ' }), {
      ok: true,
      value: { response: 'We will assess.' },
    })
    assert.deepEqual(validateResponse({}), {
      ok: false,
      error: [{ field: 'response', message: 'Enter your response' }],
    })
    assert.deepEqual(validateEscalation({ reason: '' }), {
      ok: false,
      error: [{ field: 'reason', message: 'Enter why you are taking this to the next stage' }],
    })
    assert.deepEqual(validateNote({ note: 'Phoned Sam, 10 March' }), {
      ok: true,
      value: { note: 'Phoned Sam, 10 March' },
    })
    assert.deepEqual(validateNote('x'), {
      ok: false,
      error: [{ field: 'note', message: 'Enter what was discussed or agreed' }],
    })
  })

  test('an outcome needs its reasons, and a changed decision links to the new decision', () => {
    assert.deepEqual(validateOutcome({}), {
      ok: false,
      error: [
        { field: 'outcome', message: 'Select the outcome' },
        { field: 'reasons', message: 'Enter the reasons for the outcome' },
      ],
    })
    assert.deepEqual(validateOutcome({ outcome: 'decision-changed', reasons: 'New information' }), {
      ok: false,
      error: [{ field: 'newDecisionId', message: 'Select the new decision' }],
    })
    assert.deepEqual(
      validateOutcome({ outcome: 'decision-changed', reasons: 'New information', newDecisionId: 'd-2' }),
      {
        ok: true,
        value: { outcome: 'decision-changed', reasons: 'New information', newDecisionId: 'd-2' },
      },
    )
    // A decision id sent with another outcome is not kept.
    assert.deepEqual(validateOutcome({ outcome: 'decision-upheld', reasons: 'Level 2', newDecisionId: 'd-2' }), {
      ok: true,
      value: { outcome: 'decision-upheld', reasons: 'Level 2' },
    })
  })
})

describe('words', () => {
  test('every subject, raiser and outcome has a label, and outcomes speak to both sides', () => {
    for (const s of DISAGREEMENT_SUBJECTS) assert.ok(DISAGREEMENT_SUBJECT_LABELS[s])
    for (const r of RAISED_BY_KINDS) assert.ok(RAISED_BY_LABELS[r])
    for (const o of DISAGREEMENT_OUTCOMES) {
      const text = DISAGREEMENT_OUTCOME_TEXT[o]
      assert.ok(text.label && text.forRaiser && text.forResponder)
      assert.notEqual(text.forRaiser, text.forResponder)
      assert.ok(isDisagreementOutcome(o))
    }
    assert.equal(isDisagreementOutcome('withdrawn'), false)
  })

  test('immediate risk puts protection first: 999, the duty manager, no waiting', () => {
    const all = IMMEDIATE_RISK_GUIDANCE.steps.join(' ')
    assert.match(IMMEDIATE_RISK_GUIDANCE.steps[0], /Do not wait/)
    assert.match(all, /999/)
    assert.match(all, /duty manager/)
  })
})
