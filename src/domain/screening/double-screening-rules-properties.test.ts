import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addCalendarDays, parseLocalDate } from '../calendar/index.js'
import { THRESHOLD_LEVELS } from '../referral/referral-content.js'
import { DEFAULT_DOUBLE_SCREENING_RULES } from './default-double-screening-rules.js'
import { evaluateDoubleScreening, type DoubleScreeningRule, type ScreeningFacts } from './double-screening-rules.js'
import { DECISION_OUTCOMES } from './outcomes.js'

// Properties of the rules over any contact, beside the boundary cases in double-screening-rules.test.ts.

const today = parseLocalDate('2026-11-26')

const fired = (
  f: ScreeningFacts,
  draw: number,
  rules: readonly DoubleScreeningRule[] = DEFAULT_DOUBLE_SCREENING_RULES,
) => evaluateDoubleScreening(rules, f, draw).fired.map(r => r.ruleId)

describe('any facts', () => {
  const level = fc.constantFrom(...THRESHOLD_LEVELS)
  const anyFacts = fc.record({
    outcome: fc.constantFrom(...DECISION_OUTCOMES),
    decidedLevel: level,
    referrerLevel: fc.option(level, { nil: undefined }),
    children: fc.array(
      fc.record({
        unborn: fc.boolean(),
        ageInMonths: fc.option(fc.integer({ min: 0, max: 215 }), { nil: undefined }),
      }),
      { maxLength: 4 },
    ),
    today: fc.constant(today),
    priorContactDates: fc.array(
      fc.integer({ min: -800, max: 0 }).map(n => addCalendarDays(today, n)),
      { maxLength: 5 },
    ),
    sourceCode: fc.constantFrom('2A', '3B', '6', '9'),
    indicatorCodes: fc.array(fc.constantFrom('FE-DOMESTIC-ABUSE-01', 'CD-HEALTH-01', 'PC-SAFETY-01'), { maxLength: 3 }),
  })
  const draw = fc.integer({ min: 0, max: 9999 }).map(n => n / 100)

  test('disabled rules never fire', () => {
    const disabled = DEFAULT_DOUBLE_SCREENING_RULES.map(rule => ({ ...rule, enabled: false }))
    fc.assert(
      fc.property(anyFacts, draw, (f, x) => {
        assert.deepEqual(evaluateDoubleScreening(disabled, f, x), { required: false, fired: [], draw: x })
      }),
    )
  })

  test('switching one rule off removes only that rule, unless it was the one keeping the sample out', () => {
    fc.assert(
      fc.property(anyFacts, draw, fc.integer({ min: 0, max: 3 }), (f, x, off) => {
        const all = fired(f, x)
        const rules = DEFAULT_DOUBLE_SCREENING_RULES.map((rule, i) => (i === off ? { ...rule, enabled: false } : rule))
        const some = fired(f, x, rules)
        const offId = DEFAULT_DOUBLE_SCREENING_RULES[off]?.id
        assert.deepEqual(
          some.filter(id => id !== 'random-nfa-sample'),
          all.filter(id => id !== offId && id !== 'random-nfa-sample'),
        )
      }),
    )
  })

  test('required exactly when a rule fired, and every fired rule has a reason', () => {
    fc.assert(
      fc.property(anyFacts, draw, (f, x) => {
        const result = evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, f, x)
        assert.equal(result.required, result.fired.length > 0)
        for (const rule of result.fired) assert.ok(rule.reason.length > 20)
      }),
    )
  })
})
