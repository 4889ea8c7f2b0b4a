import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Role } from '../access/roles.js'
import {
  ACTOR_REASONS,
  canActOnDisagreement,
  checkDisagreementCommand,
  describeRoles,
  type DisagreementActor,
} from './disagreement-actors.js'
import { DISAGREEMENT_COMMANDS, type DisagreementCommand } from './disagreement-lifecycle.js'

// Priya, a health visitor, disagrees with a front door decision. Sam made the decision; Morgan
// is another front door practitioner; Dana manages the front door; Lee runs the partnership's
// business unit; Ali is an auditor.
const priya: DisagreementActor = { userId: 'priya', roles: ['referrer'] }
const sam: DisagreementActor = { userId: 'sam', roles: ['front_door_practitioner'] }
const dana: DisagreementActor = { userId: 'dana', roles: ['front_door_manager', 'front_door_practitioner'] }
const lee: DisagreementActor = { userId: 'lee', roles: ['partnership_manager'] }
const ali: DisagreementActor = { userId: 'ali', roles: ['auditor'] }
const stage1 = { raisedByUserId: 'priya', responderRoles: ['front_door_practitioner'] as Role[] }

type Who = 'priya' | 'sam' | 'dana' | 'lee' | 'ali'
const ACTORS: Record<Who, DisagreementActor> = { priya, sam, dana, lee, ali }

// Who may do each command at stage 1, written out for every actor.
const MAY: Record<DisagreementCommand, readonly Who[]> = {
  respond: ['sam', 'dana'],
  accept: ['priya'],
  escalate: ['priya'],
  'add-note': ['priya', 'sam', 'dana', 'lee'],
  close: ['sam', 'dana', 'lee'],
}

describe('canActOnDisagreement', () => {
  for (const command of DISAGREEMENT_COMMANDS) {
    for (const who of Object.keys(ACTORS) as Who[]) {
      const allowed = MAY[command].includes(who)
      test(`${who} ${allowed ? 'may' : 'may not'} ${command}`, () => {
        const result = canActOnDisagreement(command, ACTORS[who], stage1)
        assert.equal(result.ok, allowed)
        if (!result.ok) assert.match(result.error.reason, /\.$/)
      })
    }
  }

  test('nobody responds to, or records the outcome of, their own disagreement', () => {
    // Dana raised this one herself, about a partner agency, and holds the responder role.
    const own = { raisedByUserId: 'dana', responderRoles: ['front_door_manager'] as Role[] }
    assert.deepEqual(canActOnDisagreement('respond', dana, own), {
      ok: false,
      error: { kind: 'own-disagreement', reason: ACTOR_REASONS.ownDisagreement },
    })
    assert.deepEqual(canActOnDisagreement('close', dana, own), {
      ok: false,
      error: { kind: 'own-disagreement', reason: ACTOR_REASONS.ownOutcome },
    })
    const ownAsPartnership = { raisedByUserId: 'lee', responderRoles: ['partnership_manager'] as Role[] }
    assert.equal(canActOnDisagreement('close', lee, ownAsPartnership).ok, false)
  })

  test('the responders are those the current stage names', () => {
    const stage2 = { raisedByUserId: 'priya', responderRoles: ['front_door_manager'] as Role[] }
    assert.deepEqual(canActOnDisagreement('respond', sam, stage2), {
      ok: false,
      error: { kind: 'needs-role', reason: 'Only a front door manager can respond at this stage.' },
    })
    assert.equal(canActOnDisagreement('respond', dana, stage2).ok, true)
  })

  test('only the raiser accepts or escalates', () => {
    assert.deepEqual(canActOnDisagreement('escalate', dana, stage1), {
      ok: false,
      error: { kind: 'only-raiser', reason: ACTOR_REASONS.onlyRaiserEscalates },
    })
  })
})

describe('describeRoles', () => {
  test('lists roles with their articles', () => {
    assert.equal(describeRoles(['front_door_practitioner']), 'a front door practitioner')
    assert.equal(
      describeRoles(['agency_safeguarding_lead', 'senior_manager']),
      'an agency safeguarding lead or a senior manager',
    )
    assert.equal(
      describeRoles(['referrer', 'front_door_manager', 'senior_manager']),
      'a referrer, a front door manager or a senior manager',
    )
    assert.equal(describeRoles([]), 'a responder')
  })
})

describe('checkDisagreementCommand', () => {
  const context = { stage: 1, lastStage: 5, deadlinePassed: false }

  test('the lifecycle is checked first, so the refusal explains most', () => {
    const result = checkDisagreementCommand('closed', 'respond', priya, stage1, context)
    assert.equal(result.ok, false)
    if (!result.ok) assert.equal(result.error.kind, 'not-allowed')
  })

  test('then who is acting', () => {
    const result = checkDisagreementCommand('open', 'respond', priya, stage1, context)
    assert.equal(result.ok, false)
    if (!result.ok) assert.equal(result.error.kind, 'own-disagreement')
  })

  test('returns where the disagreement goes', () => {
    assert.deepEqual(checkDisagreementCommand('open', 'respond', sam, stage1, context), {
      ok: true,
      value: { state: 'responded', stage: 1 },
    })
    assert.deepEqual(checkDisagreementCommand('responded', 'escalate', priya, stage1, context), {
      ok: true,
      value: { state: 'open', stage: 2 },
    })
  })
})
