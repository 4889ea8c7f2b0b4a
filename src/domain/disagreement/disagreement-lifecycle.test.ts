import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import {
  DISAGREEMENT_COMMAND_LABELS,
  DISAGREEMENT_COMMANDS,
  DISAGREEMENT_STATE_TEXT,
  DISAGREEMENT_STATES,
  isActive,
  nextDisagreementState,
  type DisagreementCommand,
  type DisagreementState,
} from './disagreement-lifecycle.js'

// Where each command leads from each state, in each of the situations that matter: at an early
// stage before and after its deadline, and at the last stage. Written out in full, so a new state
// or command fails here until it is decided. 'next' means the next stage, open.
type Expected = DisagreementState | 'next' | 'refused' | 'too-early' | 'last-stage'
type Situations = { beforeDeadline: Expected; afterDeadline: Expected; lastStage: Expected }
const all = (expected: Expected): Situations => ({
  beforeDeadline: expected,
  afterDeadline: expected,
  lastStage: expected,
})

const EXPECTED: Record<DisagreementState, Record<DisagreementCommand, Situations>> = {
  open: {
    respond: all('responded'),
    accept: all('refused'),
    escalate: { beforeDeadline: 'too-early', afterDeadline: 'next', lastStage: 'last-stage' },
    'add-note': all('open'),
    close: all('refused'),
  },
  responded: {
    respond: all('refused'),
    accept: all('resolved'),
    escalate: { beforeDeadline: 'next', afterDeadline: 'next', lastStage: 'last-stage' },
    'add-note': all('responded'),
    close: all('closed'),
  },
  resolved: {
    respond: all('refused'),
    accept: all('refused'),
    escalate: all('refused'),
    'add-note': all('resolved'),
    close: all('closed'),
  },
  closed: {
    respond: all('refused'),
    accept: all('refused'),
    escalate: all('refused'),
    'add-note': all('refused'),
    close: all('refused'),
  },
}

const CONTEXTS = {
  beforeDeadline: { stage: 2, lastStage: 5, deadlinePassed: false },
  afterDeadline: { stage: 2, lastStage: 5, deadlinePassed: true },
  lastStage: { stage: 5, lastStage: 5, deadlinePassed: false },
} as const

describe('disagreement lifecycle: every state and command', () => {
  for (const state of DISAGREEMENT_STATES) {
    for (const command of DISAGREEMENT_COMMANDS) {
      for (const situation of ['beforeDeadline', 'afterDeadline', 'lastStage'] as const) {
        const expected = EXPECTED[state][command][situation]
        const context = CONTEXTS[situation]
        test(`${command} when ${state} (${situation}): ${expected}`, () => {
          const result = nextDisagreementState(state, command, context)
          if (expected === 'refused' || expected === 'too-early' || expected === 'last-stage') {
            assert.equal(result.ok, false)
            if (result.ok) return
            assert.equal(result.error.kind, expected === 'refused' ? 'not-allowed' : expected)
            assert.equal(result.error.state, state)
            assert.equal(result.error.command, command)
            // A specific reason for every refusal, never the fallback.
            assert.doesNotMatch(result.error.reason, /at this point in the disagreement/)
            assert.match(result.error.reason, /\.$/)
            return
          }
          const stage = expected === 'next' ? context.stage + 1 : context.stage
          assert.deepEqual(result, { ok: true, value: { state: expected === 'next' ? 'open' : expected, stage } })
        })
      }
    }
  }

  test('at the last stage, escalating after the deadline is still refused as the last stage', () => {
    const result = nextDisagreementState('open', 'escalate', { stage: 3, lastStage: 3, deadlinePassed: true })
    assert.equal(result.ok, false)
    if (!result.ok) assert.equal(result.error.kind, 'last-stage')
  })

  test('a one-stage policy never escalates', () => {
    for (const state of DISAGREEMENT_STATES) {
      const result = nextDisagreementState(state, 'escalate', { stage: 1, lastStage: 1, deadlinePassed: true })
      assert.equal(result.ok, false)
    }
  })

  test('a stage outside the policy is a programming error, not a refusal', () => {
    for (const context of [
      { stage: 0, lastStage: 5, deadlinePassed: false },
      { stage: 6, lastStage: 5, deadlinePassed: false },
      { stage: 1.5, lastStage: 5, deadlinePassed: false },
      { stage: 1, lastStage: 0, deadlinePassed: false },
    ]) {
      assert.throws(() => nextDisagreementState('open', 'respond', context), RangeError)
    }
  })
})

describe('disagreement lifecycle: properties', () => {
  const state = fc.constantFrom(...DISAGREEMENT_STATES)
  const command = fc.constantFrom(...DISAGREEMENT_COMMANDS)
  const context = fc
    .record({ lastStage: fc.integer({ min: 1, max: 9 }), deadlinePassed: fc.boolean() })
    .chain(c => fc.record({ stage: fc.integer({ min: 1, max: c.lastStage }) }).map(s => ({ ...c, ...s })))

  test('the stage only ever stays or goes up by one, never past the last stage', () => {
    fc.assert(
      fc.property(state, command, context, (s, c, ctx) => {
        const result = nextDisagreementState(s, c, ctx)
        if (!result.ok) return
        assert.ok(result.value.stage === ctx.stage || result.value.stage === ctx.stage + 1)
        assert.ok(result.value.stage <= ctx.lastStage)
        if (result.value.stage > ctx.stage) assert.equal(result.value.state, 'open')
      }),
    )
  })

  test('only close reaches closed, and adding a note never changes anything', () => {
    fc.assert(
      fc.property(state, command, context, (s, c, ctx) => {
        const result = nextDisagreementState(s, c, ctx)
        if (!result.ok) return
        if (result.value.state === 'closed') assert.equal(c, 'close')
        if (c === 'add-note') assert.deepEqual(result.value, { state: s, stage: ctx.stage })
      }),
    )
  })

  test('any run of commands closes only after a response at the stage it closes at', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(command, fc.boolean()), { maxLength: 40 }), steps => {
        let position: { state: DisagreementState; stage: number } = { state: 'open', stage: 1 }
        let respondedAt: number | undefined
        for (const [c, deadlinePassed] of steps) {
          const result = nextDisagreementState(position.state, c, {
            stage: position.stage,
            lastStage: 5,
            deadlinePassed,
          })
          if (!result.ok) continue
          if (c === 'respond') respondedAt = position.stage
          if (result.value.state === 'closed') assert.equal(respondedAt, result.value.stage)
          position = result.value
        }
      }),
    )
  })
})

test('every state and command has words for people', () => {
  for (const state of DISAGREEMENT_STATES) assert.ok(DISAGREEMENT_STATE_TEXT[state].length > 0)
  for (const command of DISAGREEMENT_COMMANDS) assert.ok(DISAGREEMENT_COMMAND_LABELS[command].length > 0)
  assert.deepEqual(
    DISAGREEMENT_STATES.filter(s => isActive(s)),
    ['open', 'responded', 'resolved'],
  )
})
