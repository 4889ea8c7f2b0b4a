import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import fc from 'fast-check'
import { addCalendarDays } from '../calendar/index.js'
import { DECISION_OUTCOMES } from '../screening/outcomes.js'
import type { ContactHistoryItem } from './contact-history.js'
import { DEFAULT_REPEAT_CONTACT_RULES } from './default-repeat-contact-rules.js'
import { describePattern } from './pattern.js'
import { evaluateRepeatContact } from './repeat-contact-rules.js'
import { today } from './test-support.js'

// Properties of the rules over any history, beside the boundary cases in repeat-contact-rules.test.ts.

const AGENCIES = [
  { agencyId: 'a-hv', agencyName: 'Northbridge Community Health Visiting', agencyKind: 'health_visiting' },
  { agencyId: 'a-school', agencyName: 'Northbridge Primary School', agencyKind: 'school' },
  { agencyId: 'a-police', agencyName: 'Northbridge Police Public Protection Unit', agencyKind: 'police' },
]

const anyContact = (contactId: string, maxDay: number) =>
  fc
    .record({
      day: fc.integer({ min: -500, max: maxDay }),
      referrerUserId: fc.constantFrom('u-1', 'u-2', null),
      agency: fc.constantFrom(...AGENCIES),
      personIds: fc.subarray(['p-1', 'p-2', 'p-3']),
      householdIds: fc.subarray(['h-1', 'h-2']),
      outcome: fc.option(fc.constantFrom(...DECISION_OUTCOMES), { nil: undefined }),
      decidedAfter: fc.option(fc.integer({ min: 0, max: 40 }), { nil: undefined }),
      acceptedAsReferral: fc.boolean(),
    })
    .map((r): ContactHistoryItem => ({
      contactId,
      receivedOn: addCalendarDays(today, r.day),
      referrerUserId: r.referrerUserId,
      ...r.agency,
      personIds: r.personIds,
      householdIds: r.householdIds,
      outcome: r.outcome,
      decidedOn:
        r.outcome === undefined || r.decidedAfter === undefined
          ? undefined
          : addCalendarDays(today, r.day + r.decidedAfter),
      acceptedAsReferral: r.acceptedAsReferral,
    }))

const current = anyContact('current', 0)
const history = (prefix: string, maxDay = 30) =>
  fc
    .integer({ min: 0, max: 8 })
    .chain(n => fc.tuple(...Array.from({ length: n }, (_, i) => anyContact(`${prefix}-${i}`, maxDay))))

const evaluate = (c: ContactHistoryItem, h: ContactHistoryItem[], rules = DEFAULT_REPEAT_CONTACT_RULES) =>
  evaluateRepeatContact(rules, c, h, today)

describe('any history', () => {
  test('disabled rules never fire', () => {
    const off = DEFAULT_REPEAT_CONTACT_RULES.map(rule => ({ ...rule, enabled: false }))
    fc.assert(fc.property(current, history('h'), (c, h) => assert.deepEqual(evaluate(c, h, off), { flags: [] })))
  })

  test('adding more history never removes a contacts-in-window flag', () => {
    const fires = (c: ContactHistoryItem, h: ContactHistoryItem[]) =>
      evaluate(c, h).flags.some(flag => flag.ruleId === 'repeat-contacts')
    fc.assert(
      fc.property(current, history('h'), history('more'), (c, h, more) => {
        if (fires(c, h)) assert.ok(fires(c, [...h, ...more]))
      }),
    )
  })

  test('evaluation and the summary do not depend on the order of the history', () => {
    const shuffled = history('h').chain(h =>
      fc.shuffledSubarray(h, { minLength: h.length, maxLength: h.length }).map(s => [h, s] as const),
    )
    fc.assert(
      fc.property(current, shuffled, (c, [h, s]) => {
        assert.deepEqual(evaluate(c, s), evaluate(c, h))
        assert.equal(describePattern(c, s, today), describePattern(c, h, today))
      }),
    )
  })

  test('contacts received after today change nothing', () => {
    const future = history('future', 60).map(h => h.filter(item => item.receivedOn > today))
    fc.assert(
      fc.property(current, history('h', 0), future, (c, h, f) => {
        assert.deepEqual(evaluate(c, [...h, ...f]), evaluate(c, h))
        assert.equal(describePattern(c, [...h, ...f], today), describePattern(c, h, today))
      }),
    )
  })

  test('every flag explains itself and names only contacts from the history', () => {
    fc.assert(
      fc.property(current, history('h'), (c, h) => {
        const ids = new Set(h.map(item => item.contactId))
        for (const flag of evaluate(c, h).flags) {
          assert.ok(flag.explanation.length > 40)
          assert.ok(flag.triggeringContactIds.length > 0)
          for (const id of flag.triggeringContactIds) assert.ok(ids.has(id))
        }
      }),
    )
  })
})
