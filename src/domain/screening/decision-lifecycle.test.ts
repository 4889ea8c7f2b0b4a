import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  nextScreeningState,
  SCREENING_COMMANDS,
  SCREENING_STATE_TEXT,
  SCREENING_STATES,
  screensAgree,
  type ScreeningCommand,
  type ScreeningState,
} from './decision-lifecycle.js'

type Expected = ScreeningState | 'refused'

// Every (state, command) pair, with and without a second screen required, written out, so a new
// state or command fails here until decided.
const EXPECTED: Record<ScreeningState, Record<ScreeningCommand, { required: Expected; notRequired: Expected }>> = {
  'awaiting-screening': {
    propose: { required: 'awaiting-second-screen', notRequired: 'decided' },
    'second-screen-agree': { required: 'refused', notRequired: 'refused' },
    'second-screen-disagree': { required: 'refused', notRequired: 'refused' },
    settle: { required: 'refused', notRequired: 'refused' },
  },
  'awaiting-second-screen': {
    propose: { required: 'refused', notRequired: 'refused' },
    'second-screen-agree': { required: 'decided', notRequired: 'decided' },
    'second-screen-disagree': { required: 'awaiting-manager', notRequired: 'awaiting-manager' },
    settle: { required: 'refused', notRequired: 'refused' },
  },
  'awaiting-manager': {
    propose: { required: 'refused', notRequired: 'refused' },
    'second-screen-agree': { required: 'refused', notRequired: 'refused' },
    'second-screen-disagree': { required: 'refused', notRequired: 'refused' },
    settle: { required: 'decided', notRequired: 'decided' },
  },
  decided: {
    propose: { required: 'refused', notRequired: 'refused' },
    'second-screen-agree': { required: 'refused', notRequired: 'refused' },
    'second-screen-disagree': { required: 'refused', notRequired: 'refused' },
    settle: { required: 'refused', notRequired: 'refused' },
  },
}

describe('screening lifecycle', () => {
  for (const state of SCREENING_STATES) {
    for (const command of SCREENING_COMMANDS) {
      for (const secondScreenRequired of [true, false]) {
        const expected = EXPECTED[state][command][secondScreenRequired ? 'required' : 'notRequired']
        const when = secondScreenRequired ? 'second screen required' : 'no second screen'
        test(`${command} when ${state} (${when}): ${expected}`, () => {
          const result = nextScreeningState(state, command, { secondScreenRequired })
          if (expected === 'refused') {
            assert.equal(result.ok, false)
            if (result.ok) return
            assert.equal(result.error.kind, 'not-allowed')
            assert.equal(result.error.state, state)
            assert.equal(result.error.command, command)
            // A specific reason for every refusal, never the fallback.
            assert.doesNotMatch(result.error.reason, /at this stage of screening/)
            assert.match(result.error.reason, /\.$/)
          } else {
            assert.deepEqual(result, { ok: true, value: expected })
          }
        })
      }
    }
  }

  test('every state has queue text', () => {
    for (const state of SCREENING_STATES) assert.ok(SCREENING_STATE_TEXT[state].length > 0)
  })
})

describe('screensAgree', () => {
  test('needs the same outcome and the same level', () => {
    assert.ok(screensAgree({ outcome: 'early-help', level: 2 }, { outcome: 'early-help', level: 2 }))
    assert.ok(!screensAgree({ outcome: 'early-help', level: 2 }, { outcome: 'early-help', level: 3 }))
    assert.ok(!screensAgree({ outcome: 'early-help', level: 2 }, { outcome: 'signpost', level: 2 }))
    assert.ok(!screensAgree({ outcome: 'no-further-action', level: 1 }, { outcome: 'assessment', level: 3 }))
  })
})
