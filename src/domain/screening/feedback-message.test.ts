import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { THRESHOLD_LEVELS } from '../referral/referral-content.js'
import {
  composeFeedbackMessage,
  EXPLAIN_LEVEL_PLACEHOLDER,
  hasUnfilledPlaceholder,
  levelGap,
  rightsStatement,
  type FeedbackInput,
} from './feedback-message.js'
import { DECISION_OUTCOMES } from './outcomes.js'

const rights = { escalationPolicyUrl: 'https://northbridge.example/escalation', frontDoorPhone: '0300 123 4567' }

const input = (changes: Partial<FeedbackInput> = {}): FeedbackInput => ({
  audience: 'professional',
  outcome: 'early-help',
  decidedLevel: 2,
  levelLabel: 'Additional needs – early help',
  citedIndicators: [{ label: 'Domestic abuse' }, { label: 'Parents’ mental health' }],
  childNames: ['Ava'],
  referrerLevel: 3,
  earlyHelpService: { name: 'Northbridge Family Hub', contact: '0300 765 4321' },
  ...changes,
})

describe('levelGap', () => {
  test('prompts when the decision is lower than the referrer said', () => {
    assert.deepEqual(levelGap(3, 2), {
      gap: 1,
      lower: true,
      prompt:
        "The referrer said level 3 and you decided level 2. Explain in the feedback why the level is lower, using the threshold document's words, so the referrer can understand the decision or challenge it.",
    })
  })

  test('no prompt at or above the referrer level, or with no referrer level', () => {
    assert.deepEqual(levelGap(2, 2), { gap: 0, lower: false })
    assert.deepEqual(levelGap(2, 4), { gap: -2, lower: false })
    assert.deepEqual(levelGap(undefined, 1), { gap: 0, lower: false })
  })
})

describe('composeFeedbackMessage for a professional', () => {
  test('says the outcome, the level, the indicators and what happens next, and asks for the difference', () => {
    assert.equal(
      composeFeedbackMessage(input()),
      [
        'Thank you for your referral about Ava.',
        "Our decision: Offered early help. We assessed Ava's needs as level 2 (Additional needs – early help) in the partnership's threshold document.",
        `You told us you thought the needs were at level 3. We decided level 2. ${EXPLAIN_LEVEL_PLACEHOLDER}`,
        'We based this on these parts of the threshold document: Domestic abuse; Parents’ mental health.',
        'The family will be offered early help. Early help is voluntary, so the family must agree to it. A lead practitioner will work with the family on a plan and may ask you to be part of it.',
        'The service is Northbridge Family Hub. You can contact them on 0300 765 4321.',
      ].join('\n\n'),
    )
  })

  test('the placeholder marks a message that is not ready to send', () => {
    assert.ok(hasUnfilledPlaceholder(composeFeedbackMessage(input())))
    assert.ok(!hasUnfilledPlaceholder(composeFeedbackMessage(input({ referrerLevel: 2 }))))
  })

  test('several children, a higher level, no service for an assessment, and the rights statement', () => {
    const message = composeFeedbackMessage(
      input({ outcome: 'assessment', decidedLevel: 3, referrerLevel: 2, childNames: ['Ava', 'Leo'], rights }),
    )
    assert.match(message, /^Thank you for your referral about Ava and Leo\./)
    assert.match(message, /We assessed the children's needs as level 3/)
    assert.match(message, /We decided a higher level, 3\./)
    assert.doesNotMatch(message, /Northbridge Family Hub/)
    assert.ok(message.endsWith(rightsStatement('professional', rights)))
  })
})

describe('composeFeedbackMessage for a member of the public', () => {
  test('is general and reassuring', () => {
    assert.equal(
      composeFeedbackMessage(input({ audience: 'public', outcome: 'no-further-action', earlyHelpService: undefined })),
      [
        'Thank you for telling us about your worries for Ava.',
        'We have looked carefully at what you told us. We will not be taking any further action at the moment. If you are still worried about the child, or something new happens, please contact us again.',
        'We cannot tell you more, because we must keep information about children and families private.',
        'If a child is in immediate danger, call 999.',
      ].join('\n\n'),
    )
  })

  test('never names a level, an indicator or a statutory process, for any outcome', () => {
    const level = fc.constantFrom(...THRESHOLD_LEVELS)
    fc.assert(
      fc.property(
        fc.constantFrom(...DECISION_OUTCOMES),
        level,
        fc.option(level, { nil: undefined }),
        fc.boolean(),
        (outcome, decidedLevel, referrerLevel, withRights) => {
          const message = composeFeedbackMessage(
            input({
              audience: 'public',
              outcome,
              decidedLevel,
              referrerLevel,
              rights: withRights ? rights : undefined,
            }),
          )
          assert.doesNotMatch(message, /level|threshold|domestic abuse|mental health|section|strategy|police/i)
          assert.ok(!hasUnfilledPlaceholder(message))
          // Each thing is said once.
          assert.equal(message.match(/contact us again/g)?.length ?? 0, 1)
          assert.equal(message.match(/private/g)?.length ?? 0, 1)
        },
      ),
    )
  })
})

describe('rightsStatement', () => {
  test('professional: speak to a social worker or manager, and the escalation policy', () => {
    const text = rightsStatement('professional', rights)
    assert.match(text, /speak to a social worker or a manager/)
    assert.match(text, /0300 123 4567/)
    assert.match(text, /escalation policy: https:\/\/northbridge\.example\/escalation/)
  })

  test('public: the same rights in plain words', () => {
    const text = rightsStatement('public', rights)
    assert.match(text, /speak to a social worker or a manager/)
    assert.match(text, /ask us to look at it again/)
    assert.match(text, /https:\/\/northbridge\.example\/escalation/)
  })
})
