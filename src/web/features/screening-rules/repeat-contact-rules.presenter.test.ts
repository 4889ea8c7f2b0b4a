import assert from 'node:assert/strict'
import { test } from 'node:test'
import type { RepeatContactCondition } from '../../../domain/repeat-contact/index.js'
import { repeatConditionRows } from './repeat-contact-rules.presenter.js'

const words = (condition: RepeatContactCondition) =>
  repeatConditionRows(condition).map(r => [r.key.text, 'text' in r.value ? r.value.text : ''])

test('each kind of repeat-contact rule says what it looks for, whatever its settings', () => {
  const table: Array<[RepeatContactCondition, string[][]]> = [
    [
      { kind: 'contacts-in-window', minContacts: 4, withinMonths: 1 },
      [['Contacts', '4 or more about the same child or household in 1 month, including this one']],
    ],
    [
      { kind: 'again-after-nfa', withinDays: 1, sameReferrerOrAgency: false },
      [
        [
          'Contacted again',
          'Within 1 day after an earlier contact was closed with no further action or information and advice',
        ],
        ['Who from', 'Anyone, about the same child or household'],
      ],
    ],
    [
      { kind: 'agencies-in-window', minAgencies: 3, withinDays: 30 },
      [['Agencies', "3 or more agencies about the same child in 30 days, this contact's included"]],
    ],
    [
      { kind: 're-referral', withinMonths: 24 },
      [
        [
          'Earlier referral',
          'A contact about the same child or household accepted as a referral in the last 24 months',
        ],
      ],
    ],
  ]
  for (const [condition, expected] of table) assert.deepEqual(words(condition), expected, condition.kind)
})
