import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  MANAGER_REVIEW_REASON_TEXT,
  MANAGER_REVIEW_REASONS,
  managerReviewReasons,
  nextScreeningState,
  SCREENING_COMMANDS,
  SCREENING_STATE_TEXT,
  SCREENING_STATES,
  screensAgree,
  type ScreeningCommand,
  type ScreeningRoute,
  type ScreeningState,
} from './decision-lifecycle.js'

type Expected = ScreeningState | 'refused'

// The four ways a proposal can be routed: by the double-screening rules, and by repeat-contact
// flags that no manager has reviewed (issue 5 §4).
const ROUTES = {
  plain: { secondScreenRequired: false, managerReviewRequired: false },
  'second screen': { secondScreenRequired: true, managerReviewRequired: false },
  'repeat-contact review': { secondScreenRequired: false, managerReviewRequired: true },
  'second screen and review': { secondScreenRequired: true, managerReviewRequired: true },
} as const satisfies Record<string, ScreeningRoute>
type Route = keyof typeof ROUTES

const same = (expected: Expected): Record<Route, Expected> => ({
  plain: expected,
  'second screen': expected,
  'repeat-contact review': expected,
  'second screen and review': expected,
})

// Every (state, command) pair, under every route, written out, so a new state, command or
// route fails here until decided.
const EXPECTED: Record<ScreeningState, Record<ScreeningCommand, Record<Route, Expected>>> = {
  'awaiting-screening': {
    propose: {
      plain: 'decided',
      'second screen': 'awaiting-second-screen',
      'repeat-contact review': 'awaiting-manager',
      'second screen and review': 'awaiting-second-screen',
    },
    'second-screen-agree': same('refused'),
    'second-screen-disagree': same('refused'),
    settle: same('refused'),
  },
  'awaiting-second-screen': {
    propose: same('refused'),
    'second-screen-agree': {
      plain: 'decided',
      'second screen': 'decided',
      'repeat-contact review': 'awaiting-manager',
      'second screen and review': 'awaiting-manager',
    },
    'second-screen-disagree': same('awaiting-manager'),
    settle: same('refused'),
  },
  'awaiting-manager': {
    propose: same('refused'),
    'second-screen-agree': same('refused'),
    'second-screen-disagree': same('refused'),
    settle: same('decided'),
  },
  decided: {
    propose: same('refused'),
    'second-screen-agree': same('refused'),
    'second-screen-disagree': same('refused'),
    settle: same('refused'),
  },
}

describe('screening lifecycle', () => {
  for (const state of SCREENING_STATES) {
    for (const command of SCREENING_COMMANDS) {
      for (const route of Object.keys(ROUTES) as Route[]) {
        const expected = EXPECTED[state][command][route]
        test(`${command} when ${state} (${route}): ${expected}`, () => {
          const result = nextScreeningState(state, command, ROUTES[route])
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

  test('a missing review flag reads as no review needed', () => {
    assert.deepEqual(nextScreeningState('awaiting-screening', 'propose', { secondScreenRequired: false }), {
      ok: true,
      value: 'decided',
    })
  })

  test('every state has queue text', () => {
    for (const state of SCREENING_STATES) assert.ok(SCREENING_STATE_TEXT[state].length > 0)
  })
})

describe('managerReviewReasons', () => {
  const proposal = { outcome: 'no-further-action', level: 1 } as const
  test('names the disagreement and the repeat contacts, in that order', () => {
    assert.deepEqual(managerReviewReasons(proposal, 0), [])
    assert.deepEqual(managerReviewReasons({ ...proposal, secondScreen: proposal }, 0), [])
    assert.deepEqual(managerReviewReasons({ ...proposal, secondScreen: { outcome: 'early-help', level: 2 } }, 0), [
      'screeners-disagree',
    ])
    assert.deepEqual(managerReviewReasons({ ...proposal, secondScreen: null }, 2), ['repeat-contact'])
    assert.deepEqual(managerReviewReasons({ ...proposal, secondScreen: { outcome: 'assessment', level: 3 } }, 1), [
      'screeners-disagree',
      'repeat-contact',
    ])
  })

  test('every reason has text', () => {
    for (const reason of MANAGER_REVIEW_REASONS) assert.match(MANAGER_REVIEW_REASON_TEXT[reason], /\.$/)
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
