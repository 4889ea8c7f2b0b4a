import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { nextScreeningState, SCREENING_COMMANDS, SCREENING_STATES } from './decision-lifecycle.js'
import {
  canSecondScreen,
  canSettle,
  checkScreeningCommand,
  FOUR_EYES_REASONS,
  type ScreeningActor,
  type ScreeningRecord,
} from './four-eyes.js'

const screener = (userId: string): ScreeningActor => ({ userId, isManager: false, isScreener: true })
const manager = (userId: string): ScreeningActor => ({ userId, isManager: true, isScreener: false })
const both = (userId: string): ScreeningActor => ({ userId, isManager: true, isScreener: true })
const neither = (userId: string): ScreeningActor => ({ userId, isManager: false, isScreener: false })

const proposed: ScreeningRecord = { proposedByUserId: 'amira', secondScreenRequired: true }
const disputed: ScreeningRecord = {
  proposedByUserId: 'amira',
  secondScreenedByUserId: 'ben',
  secondScreenRequired: true,
}

describe('canSecondScreen', () => {
  test('refuses the proposer', () => {
    assert.deepEqual(canSecondScreen('amira', proposed), {
      ok: false,
      error: {
        kind: 'self-approval',
        reason: 'You proposed this decision, so another screener must do the second screen.',
      },
    })
  })
  test('refuses when nobody is recorded as the proposer', () => {
    assert.deepEqual(canSecondScreen('ben', { proposedByUserId: null }), {
      ok: false,
      error: { kind: 'incomplete-record', reason: FOUR_EYES_REASONS.noProposer },
    })
  })
  test('allows anyone else', () => {
    assert.deepEqual(canSecondScreen('ben', proposed), { ok: true, value: true })
  })
})

describe('canSettle', () => {
  test('refuses the proposer', () => {
    assert.deepEqual(canSettle('amira', disputed), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnProposal },
    })
  })
  test('refuses the second screener', () => {
    assert.deepEqual(canSettle('ben', disputed), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnSecondScreen },
    })
  })
  test('refuses an incomplete record', () => {
    assert.equal(canSettle('chloe', { secondScreenedByUserId: 'ben' }).ok, false)
    assert.deepEqual(canSettle('chloe', { proposedByUserId: 'amira' }), {
      ok: false,
      error: { kind: 'incomplete-record', reason: FOUR_EYES_REASONS.noSecondScreener },
    })
  })
  test('allows a third person', () => {
    assert.deepEqual(canSettle('chloe', disputed), { ok: true, value: true })
  })
  test('a decision that needed no second screen is reviewed by anyone but its proposer', () => {
    const reviewOnly = { proposedByUserId: 'amira', secondScreenRequired: false }
    assert.deepEqual(canSettle('chloe', reviewOnly), { ok: true, value: true })
    assert.deepEqual(canSettle('amira', reviewOnly), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnProposal },
    })
  })
})

describe('checkScreeningCommand', () => {
  test('follows the lifecycle for an actor who may do anything', () => {
    for (const state of SCREENING_STATES) {
      for (const command of SCREENING_COMMANDS) {
        for (const secondScreenRequired of [true, false]) {
          for (const managerReviewRequired of [true, false]) {
            const record = { ...disputed, secondScreenRequired, managerReviewRequired }
            assert.deepEqual(
              checkScreeningCommand(state, command, both('chloe'), record),
              nextScreeningState(state, command, { secondScreenRequired, managerReviewRequired }),
              `${command} when ${state}`,
            )
          }
        }
      }
    }
  })

  test('checks the lifecycle before the role', () => {
    const result = checkScreeningCommand('decided', 'settle', screener('chloe'), disputed)
    assert.equal(!result.ok && result.error.kind, 'not-allowed')
  })

  test('propose needs a screener', () => {
    assert.deepEqual(checkScreeningCommand('awaiting-screening', 'propose', manager('chloe'), proposed), {
      ok: false,
      error: { kind: 'needs-role', role: 'screener', reason: FOUR_EYES_REASONS.needsScreener },
    })
    assert.deepEqual(checkScreeningCommand('awaiting-screening', 'propose', screener('amira'), proposed), {
      ok: true,
      value: 'awaiting-second-screen',
    })
  })

  test('a second screen needs a screener', () => {
    for (const command of ['second-screen-agree', 'second-screen-disagree'] as const) {
      const result = checkScreeningCommand('awaiting-second-screen', command, manager('chloe'), proposed)
      assert.deepEqual(result, {
        ok: false,
        error: { kind: 'needs-role', role: 'screener', reason: FOUR_EYES_REASONS.needsScreener },
      })
    }
  })

  test('settling needs a manager', () => {
    for (const actor of [screener('chloe'), neither('chloe')]) {
      assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', actor, disputed), {
        ok: false,
        error: { kind: 'needs-role', role: 'manager', reason: FOUR_EYES_REASONS.needsManager },
      })
    }
  })

  test('the proposer cannot second screen, even as a manager', () => {
    for (const command of ['second-screen-agree', 'second-screen-disagree'] as const) {
      assert.deepEqual(checkScreeningCommand('awaiting-second-screen', command, both('amira'), proposed), {
        ok: false,
        error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.ownProposal },
      })
    }
  })

  test('neither screener can settle', () => {
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', both('amira'), disputed), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnProposal },
    })
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', both('ben'), disputed), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnSecondScreen },
    })
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', manager('chloe'), disputed), {
      ok: true,
      value: 'decided',
    })
  })

  test('a second screener who is not the proposer moves the decision on', () => {
    assert.deepEqual(
      checkScreeningCommand('awaiting-second-screen', 'second-screen-agree', screener('ben'), proposed),
      {
        ok: true,
        value: 'decided',
      },
    )
    assert.deepEqual(
      checkScreeningCommand('awaiting-second-screen', 'second-screen-disagree', screener('ben'), proposed),
      { ok: true, value: 'awaiting-manager' },
    )
  })

  test('repeat contacts send a proposal, or an agreed second screen, to a manager; four eyes still hold', () => {
    const review = { proposedByUserId: 'amira', secondScreenRequired: false, managerReviewRequired: true }
    assert.deepEqual(checkScreeningCommand('awaiting-screening', 'propose', screener('amira'), review), {
      ok: true,
      value: 'awaiting-manager',
    })
    assert.deepEqual(
      checkScreeningCommand('awaiting-second-screen', 'second-screen-agree', screener('ben'), {
        ...proposed,
        managerReviewRequired: true,
      }),
      { ok: true, value: 'awaiting-manager' },
    )
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', both('amira'), review), {
      ok: false,
      error: { kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnProposal },
    })
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', screener('chloe'), review), {
      ok: false,
      error: { kind: 'needs-role', role: 'manager', reason: FOUR_EYES_REASONS.needsManager },
    })
    assert.deepEqual(checkScreeningCommand('awaiting-manager', 'settle', manager('chloe'), review), {
      ok: true,
      value: 'decided',
    })
  })
})
