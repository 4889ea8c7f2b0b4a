import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseEscalationPolicy } from './escalation-policy-json.js'
import { DEFAULT_ESCALATION_POLICY, lastStageNumber, stageNumbered } from './escalation-policy.js'

const messages = (json: unknown): string[] => {
  const result = parseEscalationPolicy(json)
  return result.ok ? [] : result.error.map(p => p.message)
}

// The default as a partnership manager would start editing it.
const defaults = (): any => JSON.parse(JSON.stringify(DEFAULT_ESCALATION_POLICY))

describe('DEFAULT_ESCALATION_POLICY (domain.md §2.3)', () => {
  test('has the five stages in order, with their timescales', () => {
    const summary = DEFAULT_ESCALATION_POLICY.stages.map(s => [
      s.number,
      s.raiseWithinWorkingDays,
      s.respondWithinWorkingDays,
      s.notifyPartnershipOnEntry,
    ])
    assert.deepEqual(summary, [
      [1, 2, 3, false],
      [2, undefined, 3, false],
      [3, undefined, 5, true],
      [4, undefined, 5, true],
      [5, undefined, 10, true],
    ])
  })

  test('asks the right people in Threshold to respond at each stage', () => {
    assert.deepEqual(
      DEFAULT_ESCALATION_POLICY.stages.map(s => s.responderRoles),
      [
        ['front_door_practitioner'],
        ['front_door_manager'],
        ['senior_manager'],
        ['senior_manager'],
        ['partnership_manager'],
      ],
    )
    assert.match(
      stageNumbered(DEFAULT_ESCALATION_POLICY, 2)?.responders.raiserSide ?? '',
      /designated safeguarding lead/,
    )
    assert.match(stageNumbered(DEFAULT_ESCALATION_POLICY, 5)?.responders.responderSide ?? '', /independent scrutineer/)
    assert.equal(stageNumbered(DEFAULT_ESCALATION_POLICY, 6), undefined)
    assert.equal(lastStageNumber(DEFAULT_ESCALATION_POLICY), 5)
  })

  test('is itself a valid policy, read back unchanged as a value or as JSON text', () => {
    assert.deepEqual(parseEscalationPolicy(defaults()), { ok: true, value: DEFAULT_ESCALATION_POLICY })
    assert.deepEqual(parseEscalationPolicy(JSON.stringify(DEFAULT_ESCALATION_POLICY)), {
      ok: true,
      value: DEFAULT_ESCALATION_POLICY,
    })
  })
})

describe('parseEscalationPolicy', () => {
  test('says when the text is not JSON or not a policy', () => {
    assert.deepEqual(messages('{"stages": ['), [
      'The policy is not valid JSON. Check for a missing comma, quote or bracket',
    ])
    assert.deepEqual(messages([]), ['The policy must be an object with a list of stages, like {"stages": [ … ]}'])
    assert.deepEqual(messages({ stages: [] }), ['The policy must have a list of stages with at least 1 stage in it'])
    assert.deepEqual(messages({ stages: [], version: 2 }), [
      'Remove "version": the policy has only a list of stages',
      'The policy must have a list of stages with at least 1 stage in it',
    ])
  })

  test('names the stage and the setting, and says how to put it right', () => {
    const policy = defaults()
    policy.stages[2].respondWithinWorkingDays = 2.5
    assert.deepEqual(messages(policy), ['Stage 3: respondWithinWorkingDays must be a whole number from 1 to 30'])
    policy.stages[2].respondWithinWorkingDays = 31
    assert.deepEqual(messages(policy), ['Stage 3: respondWithinWorkingDays must be a whole number from 1 to 30'])
    policy.stages[2].respondWithinWorkingDays = '5'
    assert.deepEqual(messages(policy), ['Stage 3: respondWithinWorkingDays must be a whole number from 1 to 30'])
  })

  test('reports every problem, not just the first', () => {
    const policy = defaults()
    policy.stages[0].name = '  '
    policy.stages[1].notifyPartnershipOnEntry = 'yes'
    policy.stages[3].responderRoles = ['auditor', 'senior_manager']
    policy.stages[4].responders = { raiserSide: 'Lead' }
    assert.deepEqual(messages(policy), [
      'Stage 1: enter a name',
      'Stage 2: notifyPartnershipOnEntry must be true or false',
      'Stage 4: "auditor" in responderRoles is not allowed. Use "referrer", "agency_safeguarding_lead", "front_door_practitioner", "front_door_manager", "senior_manager", "partnership_manager"',
      'Stage 5: enter who responds to the disagreement (responders.responderSide)',
    ])
  })

  test('stages are numbered in order from 1', () => {
    const policy = defaults()
    policy.stages = [policy.stages[0], policy.stages[2]]
    assert.deepEqual(messages(policy), ['Stage 2: number must be 2: stages are numbered in order, starting from 1'])
  })

  test('the early reminder must come before the deadline, or be 0 for none', () => {
    const policy = defaults()
    policy.stages[0].reminderBeforeWorkingDays = 3
    assert.deepEqual(messages(policy), [
      'Stage 1: reminderBeforeWorkingDays must be less than respondWithinWorkingDays (3), or 0 for no early reminder',
    ])
    policy.stages[0].reminderBeforeWorkingDays = 0
    assert.deepEqual(messages(policy), [])
  })

  test('one wrong timescale is reported once, not again as a clash with the reminder', () => {
    const policy = defaults()
    policy.stages[0].respondWithinWorkingDays = 0
    assert.deepEqual(messages(policy), ['Stage 1: respondWithinWorkingDays must be a whole number from 1 to 30'])
  })

  test('only stage 1 has a time to raise, and it is optional', () => {
    const policy = defaults()
    policy.stages[1].raiseWithinWorkingDays = 2
    assert.deepEqual(messages(policy), [
      'Stage 2: remove raiseWithinWorkingDays: only stage 1 has a time to raise a disagreement',
    ])
    delete policy.stages[1].raiseWithinWorkingDays
    delete policy.stages[0].raiseWithinWorkingDays
    const result = parseEscalationPolicy(policy)
    assert.ok(result.ok)
    assert.equal('raiseWithinWorkingDays' in (result.value.stages[0] ?? {}), false)
  })

  test('catches misspelt settings instead of ignoring them', () => {
    const policy = defaults()
    policy.stages[0].respondWithinDays = 3
    policy.stages[0].responders.managerSide = 'x'
    assert.deepEqual(messages(policy), [
      'Stage 1: remove "respondWithinDays": a stage\'s settings are number, name, description, responders, responderRoles, raiseWithinWorkingDays, respondWithinWorkingDays, notifyPartnershipOnEntry, reminderBeforeWorkingDays',
      'Stage 1: remove "managerSide" from responders: it has a raiserSide and a responderSide',
    ])
  })

  test('every stage needs at least one responder role, listed once', () => {
    const policy = defaults()
    policy.stages[0].responderRoles = []
    assert.match(messages(policy)[0] ?? '', /^Stage 1: responderRoles must list at least one of "referrer"/)
    policy.stages[0].responderRoles = ['front_door_manager', 'front_door_manager']
    const result = parseEscalationPolicy(policy)
    assert.ok(result.ok)
    assert.deepEqual(result.value.stages[0]?.responderRoles, ['front_door_manager'])
  })

  test('allows a shorter policy and at most 9 stages', () => {
    const policy = defaults()
    policy.stages = policy.stages.slice(0, 3)
    assert.equal(parseEscalationPolicy(policy).ok, true)
    const long = defaults()
    long.stages = Array.from({ length: 10 }, (_, i) => ({ ...long.stages[1], number: i + 1 }))
    assert.deepEqual(messages(long), ['The policy must have 9 stages or fewer'])
  })

  test('a stage that is not an object says what a stage has', () => {
    const policy = defaults()
    policy.stages[1] = 'Line managers'
    assert.deepEqual(messages(policy), [
      'Stage 2: must be an object with a number, name, description, responders and timescales',
    ])
  })
})
