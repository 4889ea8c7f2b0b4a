import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { RuleCondition } from '../../../domain/screening/double-screening-rules.js'
import { DEFAULT_DOUBLE_SCREENING_RULES } from '../../../domain/screening/index.js'
import { ageInWords, conditionRows, ruleCard, versionCaption } from './screening-rules.presenter.js'

const words = (condition: RuleCondition) =>
  conditionRows(condition).map(r => [r.key.text, 'text' in r.value ? r.value.text : ''])

describe('screening rules in plain words', () => {
  test('ages are given in years when they are whole years', () => {
    assert.deepEqual(
      [ageInWords(24), ageInWords(12), ageInWords(18), ageInWords(1)],
      ['2 years', '1 year', '18 months', '1 month'],
    )
  })

  test('each kind of rule says what it looks at, whatever its settings', () => {
    const table: Array<[RuleCondition, string[][]]> = [
      [
        { kind: 'young-child', maxAgeMonths: 6, includeUnborn: false, outcomes: ['signpost'] },
        [
          ['Children', 'Under 6 months old (not unborn babies)'],
          ['Outcomes', 'Signpost to another service'],
        ],
      ],
      [
        { kind: 'below-referrer-level', referrerLevels: [2, 3, 4], minimumGap: 2 },
        [
          ["Referrer's view", 'The referrer said level 2, 3 or 4'],
          ['Proposed level', 'At least 2 levels lower than the referrer said'],
        ],
      ],
      [
        { kind: 'repeat-contact', minContacts: 2, withinMonths: 1 },
        [
          ['Contacts', '2 or more about the same child or household in 1 month, including this one'],
          ['Outcomes', 'Any outcome'],
        ],
      ],
      [
        {
          kind: 'source-and-indicators',
          sourceCodes: [],
          indicatorCodePrefixes: ['CD-', 'PC-SAFETY'],
          outcomes: ['no-further-action'],
        },
        [
          ['Sources', 'Any source'],
          ['Indicators', 'Cites an indicator whose code starts CD- or PC-SAFETY'],
          ['Outcomes', 'No further action'],
        ],
      ],
      [
        {
          kind: 'source-and-indicators',
          sourceCodes: ['3B', '2A'],
          indicatorCodePrefixes: [],
          outcomes: ['early-help'],
        },
        [
          ['Sources', 'Health – health visitor (source 3B); Schools (source 2A)'],
          ['Indicators', 'No indicator needed'],
          ['Outcomes', 'Step down to early help'],
        ],
      ],
      [
        {
          kind: 'random-sample',
          percent: 5,
          outcomes: ['no-further-action', 'information-and-advice'],
          onlyWhenNoOtherRuleFired: false,
        },
        [
          [
            'Sample',
            'Fires for 5% of all no further action, information and advice decisions, whether or not another rule picked them out',
          ],
          ['How it is chosen', 'At random, by a draw recorded with each decision so it can be checked later'],
        ],
      ],
    ]
    for (const [condition, expected] of table) assert.deepEqual(words(condition), expected, condition.kind)
  })

  test('a card shows the rule on or off, its description and its id', () => {
    const rule = { ...DEFAULT_DOUBLE_SCREENING_RULES[2]!, enabled: false }
    const card = ruleCard(rule)
    assert.equal(card.card.title.text, 'Repeat contact')
    assert.deepEqual(card.rows[0]?.value, { html: '<strong class="govuk-tag govuk-tag--grey">Off</strong>' })
    assert.deepEqual(card.rows.at(-1), { key: { text: 'Rule id' }, value: { text: 'repeat-contact' } })
  })

  test('the caption says who published the rules in force, and when', () => {
    const publishedAt = new Date('2026-11-26T10:00:00Z')
    assert.equal(
      versionCaption({ version: 3, publishedAt, publishedByName: 'Beth Lawson' }),
      'Version 3, published 26 November 2026 by Beth Lawson',
    )
    assert.equal(
      versionCaption({ version: 1, publishedAt, publishedByName: null }),
      'Version 1: the rules every partnership starts with, in force since 26 November 2026',
    )
  })
})
