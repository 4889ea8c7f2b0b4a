import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { parseLocalDate } from '../calendar/index.js'
import { fromDayNumber, toDayNumber } from '../calendar/local-date.js'
import { RELATIONSHIPS, SEXES, type ChildDetails, type ReferralContent } from './referral-content.js'
import { PERSONA_INDICATOR_CODES } from './referral-personas.js'
import { assessReferralQuality, QUALITY_WEIGHTS } from './referral-quality.js'

// Referrals of any shape a draft can have, complete or not, to check the assistant's promises.
const maybeText = fc.option(fc.string({ maxLength: 300 }), { nil: undefined })
const date = fc
  .integer({ min: toDayNumber(parseLocalDate('2000-01-01')), max: toDayNumber(parseLocalDate('2030-12-31')) })
  .map(fromDayNumber)

const childArb: fc.Arbitrary<ChildDetails> = fc.record(
  {
    id: fc.constantFrom('c1', 'c2', 'c3'),
    givenName: maybeText,
    familyName: maybeText,
    unborn: fc.boolean(),
    dateOfBirth: fc.option(date, { nil: undefined }),
    expectedDate: fc.option(date, { nil: undefined }),
    sex: fc.constantFrom(...SEXES),
    nhsNumber: fc.option(fc.constantFrom('999 000 0018', '123', ''), { nil: undefined }),
    address: fc.option(fc.record({ line1: maybeText, postcode: maybeText }), { nil: undefined }),
    schoolOrSetting: maybeText,
  },
  { requiredKeys: ['id'] },
)

const contentArb: fc.Arbitrary<ReferralContent> = fc.record({
  immediateDanger: fc.constantFrom('yes', 'no', undefined),
  children: fc.array(childArb, { maxLength: 3 }),
  adults: fc.array(
    fc.record(
      {
        id: fc.string({ minLength: 1, maxLength: 5 }),
        givenName: maybeText,
        dateOfBirth: fc.option(date, { nil: undefined }),
        parentalResponsibility: fc.constantFrom('yes', 'no', 'not-known', undefined),
        relationships: fc.dictionary(fc.constantFrom('c1', 'c2', 'c3'), fc.constantFrom(...RELATIONSHIPS)),
      },
      { requiredKeys: ['id'] },
    ),
    { maxLength: 3 },
  ),
  concerns: fc.record({
    indicatorCodes: fc.option(fc.array(fc.constantFrom(...PERSONA_INDICATOR_CODES)), { nil: undefined }),
    description: maybeText,
    incidentDates: maybeText,
    impactOnChild: maybeText,
    childsVoice: maybeText,
    actionsTaken: maybeText,
  }),
  referrerView: fc.record({ level: fc.constantFrom(1, 2, 3, 4, undefined), reason: maybeText }),
  consent: fc.constant({}),
  referrer: fc.constant({}),
})

describe('the referral quality assistant: properties', () => {
  test('the score is always a whole number from 0 to 100, and 100 exactly when there is no advice', () => {
    fc.assert(
      fc.property(contentArb, date, (content, on) => {
        const { score, prompts } = assessReferralQuality(content, on)
        assert.ok(Number.isInteger(score) && score >= 0 && score <= 100, `score ${score}`)
        assert.equal(score === 100, prompts.length === 0)
        assert.equal(new Set(prompts.map(prompt => prompt.code)).size, prompts.length)
      }),
    )
  })

  test("adding the child's own words never lowers the score", () => {
    fc.assert(
      fc.property(contentArb, date, fc.string({ minLength: 1, maxLength: 300 }), (content, on, words) => {
        const without = assessReferralQuality(
          { ...content, concerns: { ...content.concerns, childsVoice: undefined } },
          on,
        )
        const withWords = assessReferralQuality(
          { ...content, concerns: { ...content.concerns, childsVoice: words } },
          on,
        )
        assert.ok(withWords.score >= without.score, `${withWords.score} < ${without.score}`)
      }),
    )
  })

  test('prompts come most valuable first', () => {
    fc.assert(
      fc.property(contentArb, date, (content, on) => {
        const weights = assessReferralQuality(content, on).prompts.map(prompt =>
          prompt.code === 'adults'
            ? QUALITY_WEIGHTS.adults + QUALITY_WEIGHTS['adult-details']
            : QUALITY_WEIGHTS[prompt.code as keyof typeof QUALITY_WEIGHTS],
        )
        assert.deepEqual(
          weights,
          [...weights].sort((a, b) => b - a),
        )
      }),
    )
  })
})
