import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_ESCALATION_POLICY } from './escalation-policy.js'
import { responderRolesAt } from './responding-side.js'

describe('who responds at each stage', () => {
  const stages = DEFAULT_ESCALATION_POLICY.stages
  test("a partner agency's challenge is answered by children's social care, as the policy says", () => {
    assert.deepEqual(
      stages.map(s => responderRolesAt(s, null)),
      stages.map(s => [...s.responderRoles]),
    )
  })
  test("CSC's challenge to a partner agency is answered by that agency, level for level", () => {
    assert.deepEqual(
      stages.map(s => responderRolesAt(s, 'police')),
      [['referrer'], ['agency_safeguarding_lead'], ['senior_manager'], ['senior_manager'], ['partnership_manager']],
    )
  })
  test('roles that never respond are dropped, and each role is named once', () => {
    const stage = { responderRoles: ['front_door_manager', 'agency_safeguarding_lead', 'auditor'] as const }
    assert.deepEqual(responderRolesAt(stage, 'police'), ['agency_safeguarding_lead'])
  })
})
