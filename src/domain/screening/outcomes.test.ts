import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import {
  DECISION_OUTCOMES,
  isDecisionOutcome,
  isNfaLike,
  isNoFurtherActionForReturns,
  isSocialWorkResponse,
  mayCiteService,
  needsEarlyHelpService,
  OUTCOME_TEXT,
  outcomeLabel,
  outcomePhrase,
  whatHappensNext,
  type DecisionOutcome,
} from './outcomes.js'

type Flags = { socialWork: boolean; nfaForReturns: boolean; earlyHelp: boolean; citeService: boolean; nfaLike: boolean }
const f = (socialWork: 0 | 1, nfaForReturns: 0 | 1, earlyHelp: 0 | 1, citeService: 0 | 1, nfaLike: 0 | 1): Flags => ({
  socialWork: socialWork === 1,
  nfaForReturns: nfaForReturns === 1,
  earlyHelp: earlyHelp === 1,
  citeService: citeService === 1,
  nfaLike: nfaLike === 1,
})

// Every outcome against every helper, written out.
const EXPECTED: Record<DecisionOutcome, Flags> = {
  'no-further-action': f(0, 1, 0, 0, 1),
  'information-and-advice': f(0, 1, 0, 0, 1),
  signpost: f(0, 1, 0, 1, 0),
  'early-help': f(0, 1, 1, 1, 0),
  assessment: f(1, 0, 0, 0, 0),
  'strategy-discussion': f(1, 0, 0, 0, 0),
  'already-open': f(0, 0, 0, 0, 0),
  transfer: f(0, 1, 0, 0, 0),
}

describe('decision outcomes', () => {
  test('are in the agreed order', () => {
    assert.deepEqual(DECISION_OUTCOMES, [
      'no-further-action',
      'information-and-advice',
      'signpost',
      'early-help',
      'assessment',
      'strategy-discussion',
      'already-open',
      'transfer',
    ])
  })

  for (const outcome of DECISION_OUTCOMES) {
    test(`${outcome}: helpers`, () => {
      assert.deepEqual(
        {
          socialWork: isSocialWorkResponse(outcome),
          nfaForReturns: isNoFurtherActionForReturns(outcome),
          earlyHelp: needsEarlyHelpService(outcome),
          citeService: mayCiteService(outcome),
          nfaLike: isNfaLike(outcome),
        },
        EXPECTED[outcome],
      )
    })

    test(`${outcome}: has words for every audience`, () => {
      for (const audience of ['practitioner', 'professional', 'public'] as const) {
        assert.ok(outcomeLabel(outcome, audience).length > 0)
        assert.match(whatHappensNext(outcome, audience), /\.$/)
      }
      assert.equal(outcomeLabel(outcome), OUTCOME_TEXT[outcome].label)
    })
  }

  test('a social work response is never no further action for returns', () => {
    for (const outcome of DECISION_OUTCOMES) {
      assert.ok(!(isSocialWorkResponse(outcome) && isNoFurtherActionForReturns(outcome)))
    }
  })

  test('members of the public are never told about section 47, strategy discussions or police', () => {
    for (const outcome of DECISION_OUTCOMES) {
      const text = `${outcomeLabel(outcome, 'public')} ${whatHappensNext(outcome, 'public')}`
      assert.doesNotMatch(text, /section|strategy|police|significant harm|level/i)
    }
    assert.equal(outcomeLabel('assessment', 'public'), outcomeLabel('strategy-discussion', 'public'))
  })

  test('phrase reads mid-sentence', () => {
    assert.equal(outcomePhrase('no-further-action'), 'no further action')
    assert.equal(outcomePhrase('assessment'), 'child and family assessment (section 17)')
  })

  test('isDecisionOutcome', () => {
    assert.ok(isDecisionOutcome('signpost'))
    assert.ok(!isDecisionOutcome('nfa'))
    assert.ok(!isDecisionOutcome(3))
  })
})
