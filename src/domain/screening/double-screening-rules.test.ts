import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addCalendarDays, parseLocalDate, type LocalDate } from '../calendar/index.js'
import { DEFAULT_DOUBLE_SCREENING_RULES } from './default-double-screening-rules.js'
import {
  contactsInWindow,
  evaluateDoubleScreening,
  type DoubleScreeningRule,
  type ScreeningFacts,
} from './double-screening-rules.js'
import { DECISION_OUTCOMES } from './outcomes.js'

const today = parseLocalDate('2026-11-26')
const d = parseLocalDate

// A contact no default rule picks out: a five-year-old, assessed at level 3 by a school.
const facts = (changes: Partial<ScreeningFacts> = {}): ScreeningFacts => ({
  outcome: 'assessment',
  decidedLevel: 3,
  children: [{ name: 'Ava', unborn: false, ageInMonths: 60 }],
  today,
  priorContactDates: [],
  sourceCode: '2A',
  indicatorCodes: ['CD-HEALTH-01'],
  ...changes,
})

// 50 is above every default sample, so only the rule under test can fire.
const fired = (f: ScreeningFacts, draw = 50, rules = DEFAULT_DOUBLE_SCREENING_RULES) =>
  evaluateDoubleScreening(rules, f, draw).fired.map(r => r.ruleId)

describe('default rules', () => {
  test('have the agreed ids, all enabled', () => {
    assert.deepEqual(
      DEFAULT_DOUBLE_SCREENING_RULES.map(r => [r.id, r.enabled]),
      [
        ['young-child-nfa', true],
        ['below-referrer-level', true],
        ['repeat-contact', true],
        ['police-domestic-abuse-nfa', true],
        ['random-nfa-sample', true],
      ],
    )
  })

  test('nothing fires for an ordinary contact', () => {
    assert.deepEqual(evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, facts(), 0), {
      required: false,
      fired: [],
      draw: 0,
    })
  })
})

describe('young child with no further action', () => {
  const nfa = (ageInMonths: number | undefined, unborn = false) =>
    facts({ outcome: 'no-further-action', decidedLevel: 1, children: [{ name: 'Harper', unborn, ageInMonths }] })

  test('fires at 23 months, not at 24', () => {
    assert.deepEqual(fired(nfa(23)), ['young-child-nfa'])
    assert.deepEqual(fired(nfa(24)), [])
  })

  test('fires for an unborn baby', () => {
    assert.deepEqual(fired(nfa(undefined, true)), ['young-child-nfa'])
  })

  test('does not fire when the age is not known', () => {
    assert.deepEqual(fired(nfa(undefined)), [])
  })

  test('fires for information and advice, not for early help', () => {
    assert.deepEqual(fired({ ...nfa(7), outcome: 'information-and-advice' }), ['young-child-nfa'])
    assert.deepEqual(fired({ ...nfa(7), outcome: 'early-help' }), [])
  })

  test('says why in plain English', () => {
    const result = evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, nfa(7), 50)
    assert.deepEqual(result.fired, [
      {
        ruleId: 'young-child-nfa',
        name: 'Babies and children under 2 with no further action',
        reason: 'Harper is 7 months old and the proposed outcome is no further action',
      },
    ])
    const unnamed = facts({
      outcome: 'no-further-action',
      children: [
        { unborn: false, ageInMonths: 60 },
        { unborn: false, ageInMonths: 7 },
        { name: 'Leo', unborn: true },
      ],
    })
    assert.equal(
      evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, unnamed, 50).fired[0]?.reason,
      'A child on this contact is 7 months old and Leo is unborn, and the proposed outcome is no further action',
    )
  })

  test('includeUnborn false leaves unborn babies out', () => {
    const rule: DoubleScreeningRule = {
      id: 'r',
      name: 'r',
      description: 'r',
      enabled: true,
      condition: { kind: 'young-child', maxAgeMonths: 12, includeUnborn: false, outcomes: ['no-further-action'] },
    }
    assert.deepEqual(fired(nfa(undefined, true), 50, [rule]), [])
    assert.deepEqual(fired(nfa(11), 50, [rule]), ['r'])
    assert.deepEqual(fired(nfa(12), 50, [rule]), [])
  })
})

describe("below the referrer's level", () => {
  const levels = (referrerLevel: 1 | 2 | 3 | 4 | undefined, decidedLevel: 1 | 2 | 3 | 4) =>
    fired(facts({ referrerLevel, decidedLevel }))

  test('fires one level below a referrer who said 3 or 4', () => {
    assert.deepEqual(levels(3, 2), ['below-referrer-level'])
    assert.deepEqual(levels(4, 3), ['below-referrer-level'])
    assert.deepEqual(levels(4, 1), ['below-referrer-level'])
  })

  test('does not fire at or above the referrer level, for referrers who said 1 or 2, or with no level', () => {
    assert.deepEqual(levels(3, 3), [])
    assert.deepEqual(levels(3, 4), [])
    assert.deepEqual(levels(2, 1), [])
    assert.deepEqual(levels(undefined, 1), [])
  })

  test('a minimum gap of 2 needs two levels', () => {
    const rule: DoubleScreeningRule = {
      id: 'gap-2',
      name: 'Two below',
      description: 'x',
      enabled: true,
      condition: { kind: 'below-referrer-level', referrerLevels: [4], minimumGap: 2 },
    }
    assert.deepEqual(fired(facts({ referrerLevel: 4, decidedLevel: 3 }), 50, [rule]), [])
    assert.deepEqual(fired(facts({ referrerLevel: 4, decidedLevel: 2 }), 50, [rule]), ['gap-2'])
  })

  test('says why', () => {
    const result = evaluateDoubleScreening(
      DEFAULT_DOUBLE_SCREENING_RULES,
      facts({ referrerLevel: 4, decidedLevel: 2 }),
      50,
    )
    assert.equal(
      result.fired[0]?.reason,
      "The referrer said the child's needs are at level 4, and the proposed level is 2: 2 levels lower",
    )
  })
})

describe('repeat contact', () => {
  const ago = (months: number): LocalDate => {
    const [y, m, day] = today.split('-').map(Number) as [number, number, number]
    const index = y * 12 + (m - 1) - months
    return d(`${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`)
  }

  test('fires at 3 contacts in 12 months, not at 2', () => {
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1), ago(6)] })), ['repeat-contact'])
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1)] })), [])
  })

  test('counts a contact 11 months ago, and exactly 12, but not 13', () => {
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1), ago(11)] })), ['repeat-contact'])
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1), ago(12)] })), ['repeat-contact'])
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1), ago(13)] })), [])
    assert.deepEqual(fired(facts({ priorContactDates: [ago(1), addCalendarDays(ago(12), -1)] })), [])
  })

  test('ignores dates after today, and counts earlier contacts on the same day', () => {
    assert.equal(contactsInWindow(facts({ priorContactDates: [today, addCalendarDays(today, 1)] }), 12), 2)
  })

  test('fires for any outcome and says why', () => {
    for (const outcome of DECISION_OUTCOMES) {
      const result = evaluateDoubleScreening(
        DEFAULT_DOUBLE_SCREENING_RULES,
        facts({ outcome, decidedLevel: 4, children: [], priorContactDates: [ago(2), ago(3), ago(4)] }),
        50,
      )
      assert.deepEqual(
        result.fired.map(r => r.reason),
        ['There have been 4 contacts about the same child or household in the last 12 months, including this one'],
      )
    }
  })
})

describe('police domestic abuse notification with no further action', () => {
  const police = (changes: Partial<ScreeningFacts>) =>
    facts({
      outcome: 'no-further-action',
      decidedLevel: 1,
      sourceCode: '6',
      indicatorCodes: ['FE-DOMESTIC-ABUSE-01'],
      ...changes,
    })

  test('fires for police, a domestic abuse indicator and no further action', () => {
    assert.deepEqual(fired(police({})), ['police-domestic-abuse-nfa'])
    assert.equal(
      evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, police({}), 50).fired[0]?.reason,
      'The contact came from Police (source 6), it cites FE-DOMESTIC-ABUSE-01, and the proposed outcome is no further action',
    )
  })

  test('does not fire for another source, another indicator or another outcome', () => {
    assert.deepEqual(fired(police({ sourceCode: '2A' })), [])
    assert.deepEqual(fired(police({ indicatorCodes: ['FE-MENTAL-HEALTH-01'] })), [])
    assert.deepEqual(fired(police({ indicatorCodes: [] })), [])
    assert.deepEqual(fired(police({ outcome: 'information-and-advice' })), [])
    assert.deepEqual(fired(police({ outcome: 'early-help' })), [])
  })

  test('an empty prefix list needs only the source', () => {
    const rule: DoubleScreeningRule = {
      id: 'anon',
      name: 'Anonymous with no further action',
      description: 'x',
      enabled: true,
      condition: {
        kind: 'source-and-indicators',
        sourceCodes: ['9'],
        indicatorCodePrefixes: [],
        outcomes: ['no-further-action'],
      },
    }
    const result = evaluateDoubleScreening([rule], police({ sourceCode: '9' }), 50)
    assert.deepEqual(
      result.fired[0]?.reason,
      'The contact came from Anonymous (source 9), and the proposed outcome is no further action',
    )
  })
})

describe('random sample of no further action', () => {
  const nfa = facts({ outcome: 'no-further-action', decidedLevel: 1 })

  test('fires when the draw is below 10: 9.99 but not 10', () => {
    assert.deepEqual(fired(nfa, 9.99), ['random-nfa-sample'])
    assert.deepEqual(fired(nfa, 10), [])
    assert.deepEqual(fired(nfa, 0), ['random-nfa-sample'])
  })

  test('says why', () => {
    assert.equal(
      evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, nfa, 7.5).fired[0]?.reason,
      "Chosen at random: this decision's draw of 7.50 is below the 10% sample of no further action decisions",
    )
  })

  test('only for no further action', () => {
    assert.deepEqual(fired({ ...nfa, outcome: 'information-and-advice' }, 0), [])
  })

  test('does not fire when another rule already has', () => {
    assert.deepEqual(fired({ ...nfa, sourceCode: '6', indicatorCodes: ['FE-DOMESTIC-ABUSE-02'] }, 0), [
      'police-domestic-abuse-nfa',
    ])
  })

  test('fires alongside other rules when onlyWhenNoOtherRuleFired is false', () => {
    const rules = DEFAULT_DOUBLE_SCREENING_RULES.map(rule =>
      rule.condition.kind === 'random-sample'
        ? { ...rule, condition: { ...rule.condition, onlyWhenNoOtherRuleFired: false } }
        : rule,
    )
    assert.deepEqual(fired({ ...nfa, sourceCode: '6', indicatorCodes: ['FE-DOMESTIC-ABUSE-02'] }, 0, rules), [
      'police-domestic-abuse-nfa',
      'random-nfa-sample',
    ])
  })

  test('refuses a draw outside [0, 100)', () => {
    for (const draw of [-0.01, 100, Number.NaN]) {
      assert.throws(() => evaluateDoubleScreening(DEFAULT_DOUBLE_SCREENING_RULES, nfa, draw), RangeError)
    }
  })
})
