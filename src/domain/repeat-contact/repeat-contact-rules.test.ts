import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addCalendarDays, type LocalDate } from '../calendar/index.js'
import { addMonths } from '../referral/validation-support.js'
import { DEFAULT_REPEAT_CONTACT_RULES } from './default-repeat-contact-rules.js'
import { evaluateRepeatContact, type RepeatContactRule } from './repeat-contact-rules.js'
import { closedNfa, contact, d, hughes, onlyRule, POLICE, SCHOOL, today } from './test-support.js'
import type { ContactHistoryItem } from './contact-history.js'

const fired = (
  history: ContactHistoryItem[],
  rules: readonly RepeatContactRule[] = DEFAULT_REPEAT_CONTACT_RULES,
  current = contact('current'),
) => evaluateRepeatContact(rules, current, history, today).flags.map(flag => flag.ruleId)

const daysAgo = (n: number): LocalDate => addCalendarDays(today, -n)

describe('default rules', () => {
  test('have the agreed ids, all enabled', () => {
    assert.deepEqual(
      DEFAULT_REPEAT_CONTACT_RULES.map(rule => [rule.id, rule.condition.kind, rule.enabled]),
      [
        ['repeat-contacts', 'contacts-in-window', true],
        ['again-after-nfa', 'again-after-nfa', true],
        ['several-agencies', 'agencies-in-window', true],
        ['re-referral', 're-referral', true],
      ],
    )
  })

  test('nothing fires for a first contact', () => {
    assert.deepEqual(evaluateRepeatContact(DEFAULT_REPEAT_CONTACT_RULES, contact('current'), [], today), { flags: [] })
  })

  test('disabled rules never fire', () => {
    const off = DEFAULT_REPEAT_CONTACT_RULES.map(rule => ({ ...rule, enabled: false }))
    assert.deepEqual(evaluateRepeatContact(off, hughes.current, hughes.history, today), { flags: [] })
  })
})

describe('contacts in window', () => {
  const rules = onlyRule('contacts-in-window')
  const earlier = (...dates: LocalDate[]) => dates.map((date, i) => contact(`earlier-${i}`, { receivedOn: date }))

  test('2 contacts do not fire; 3 do, this one included', () => {
    assert.deepEqual(fired(earlier(daysAgo(10)), rules), [])
    assert.deepEqual(fired(earlier(daysAgo(10), daysAgo(20)), rules), ['repeat-contacts'])
  })

  test('a contact exactly 12 months ago counts; the day before does not', () => {
    const edge = addMonths(today, -12)
    assert.deepEqual(fired(earlier(daysAgo(10), edge), rules), ['repeat-contacts'])
    assert.deepEqual(fired(earlier(daysAgo(10), addCalendarDays(edge, -1)), rules), [])
  })

  test('a shared household is enough, even with nobody in common', () => {
    const sibling = contact('sibling', { personIds: ['person-sibling'], receivedOn: daysAgo(5) })
    assert.deepEqual(fired([sibling, ...earlier(daysAgo(10))], rules), ['repeat-contacts'])
  })

  test('contacts about other families, after today, or the current contact again do not count', () => {
    const other = contact('other', { personIds: ['person-other'], householdIds: ['household-other'] })
    const future = contact('future', { receivedOn: addCalendarDays(today, 1) })
    const again = contact('current', { receivedOn: daysAgo(3) })
    assert.deepEqual(fired([other, future, again, ...earlier(daysAgo(10))], rules), [])
  })

  test('a contact listed twice counts once', () => {
    const twice = contact('twice', { receivedOn: daysAgo(10) })
    assert.deepEqual(fired([twice, twice], rules), [])
  })

  test('names the earlier contacts, oldest first', () => {
    const flag = evaluateRepeatContact(rules, contact('current'), earlier(daysAgo(10), daysAgo(40)), today).flags[0]
    assert.deepEqual(flag?.triggeringContactIds, ['earlier-1', 'earlier-0'])
  })
})

describe('again after no further action', () => {
  const rules = onlyRule('again-after-nfa')
  const nfaDaysBefore = (n: number, changes: Partial<ContactHistoryItem> = {}) =>
    contact('earlier', { receivedOn: daysAgo(n + 1), outcome: 'no-further-action', decidedOn: daysAgo(n), ...changes })

  test('fires on day 30 after the decision, not on day 31', () => {
    assert.deepEqual(fired([nfaDaysBefore(30)], rules), ['again-after-nfa'])
    assert.deepEqual(fired([nfaDaysBefore(31)], rules), [])
  })

  test('fires on the day of the decision, but not for a contact received before it', () => {
    assert.deepEqual(fired([nfaDaysBefore(0)], rules), ['again-after-nfa'])
    const current = contact('current', { receivedOn: daysAgo(5) })
    assert.deepEqual(fired([nfaDaysBefore(2)], rules, current), [])
  })

  test('measures from the day this contact was received, not today', () => {
    const current = contact('current', { receivedOn: daysAgo(3) })
    assert.deepEqual(fired([nfaDaysBefore(33)], rules, current), ['again-after-nfa'])
  })

  test('information and advice counts as no further action; other outcomes and undecided contacts do not', () => {
    assert.deepEqual(fired([nfaDaysBefore(5, { outcome: 'information-and-advice' })], rules), ['again-after-nfa'])
    assert.deepEqual(fired([nfaDaysBefore(5, { outcome: 'early-help' })], rules), [])
    assert.deepEqual(fired([nfaDaysBefore(5, { outcome: undefined, decidedOn: undefined })], rules), [])
    assert.deepEqual(fired([nfaDaysBefore(5, { decidedOn: undefined })], rules), [])
  })

  test('a decision dated after today is not known yet', () => {
    const current = contact('current', { receivedOn: today })
    const later = contact('earlier', { receivedOn: today, outcome: 'no-further-action', decidedOn: d('2026-11-27') })
    assert.deepEqual(fired([later], rules, current), [])
  })

  test('the same referrer, or anyone at the same agency; not another agency', () => {
    assert.deepEqual(fired([nfaDaysBefore(5, { referrerUserId: 'user-colleague' })], rules), ['again-after-nfa'])
    assert.deepEqual(fired([nfaDaysBefore(5, { referrerUserId: null })], rules), ['again-after-nfa'])
    assert.deepEqual(fired([nfaDaysBefore(5, { ...SCHOOL, referrerUserId: 'user-teacher' })], rules), [])
  })

  test('with sameReferrerOrAgency off, any referrer counts', () => {
    const anyone = rules.map(rule => ({ ...rule, condition: { ...rule.condition, sameReferrerOrAgency: false } }))
    assert.deepEqual(fired([nfaDaysBefore(5, { ...SCHOOL, referrerUserId: 'user-teacher' })], anyone), [
      'again-after-nfa',
    ])
  })

  test('says who came back, how soon, and after which decision', () => {
    const explain = (history: ContactHistoryItem[], rs = rules) =>
      evaluateRepeatContact(rs, contact('current'), history, today).flags[0]?.explanation
    assert.equal(
      explain([nfaDaysBefore(12, { referrerUserId: 'user-colleague' })]),
      'The same agency, Northbridge Community Health Visiting, contacted us again 12 days after its earlier contact was closed with no further action on 14 November 2026. The rule looks for a contact from the same referrer or agency within 30 days after a no-further-action decision.',
    )
    assert.equal(
      explain([closedNfa('a', daysAgo(20), daysAgo(19)), closedNfa('b', daysAgo(2), today)]),
      'The same referrer contacted us again on the same day as their earlier contact was closed with no further action on 26 November 2026. 1 other no-further-action decision also came within 30 days before it. The rule looks for a contact from the same referrer or agency within 30 days after a no-further-action decision.',
    )
  })
})

describe('agencies in window', () => {
  const rules = onlyRule('agencies-in-window')
  const fromSchool = (n: number, changes: Partial<ContactHistoryItem> = {}) =>
    contact(`school-${n}`, { ...SCHOOL, referrerUserId: 'user-teacher', receivedOn: daysAgo(n), ...changes })

  test('another agency 89 days ago fires; 91 days ago does not', () => {
    assert.deepEqual(fired([fromSchool(89)], rules), ['several-agencies'])
    assert.deepEqual(fired([fromSchool(91)], rules), [])
  })

  test('exactly 90 days ago is within 90 days', () => {
    assert.deepEqual(fired([fromSchool(90)], rules), ['several-agencies'])
  })

  test('the same agency twice is one agency', () => {
    assert.deepEqual(fired([contact('hv-again', { receivedOn: daysAgo(5) })], rules), [])
  })

  test('needs the same person, not just the same household', () => {
    assert.deepEqual(fired([fromSchool(5, { personIds: ['person-sibling'] })], rules), [])
  })

  test('counts agencies per person', () => {
    const three = rules.map(rule => ({ ...rule, condition: { ...rule.condition, minAgencies: 3 } }))
    const police = (people: string[]) =>
      contact('police', { ...POLICE, referrerUserId: null, receivedOn: daysAgo(3), personIds: people })
    const school = fromSchool(5, { personIds: ['person-baby-hughes'] })
    assert.deepEqual(fired([school, police(['person-mum-hughes'])], three), [])
    assert.deepEqual(fired([school, police(['person-baby-hughes'])], three), ['several-agencies'])
  })

  test('names the agencies', () => {
    const flag = evaluateRepeatContact(rules, contact('current'), [fromSchool(5)], today).flags[0]
    assert.equal(
      flag?.explanation,
      '2 agencies have contacted us about the same child in the last 90 days: Northbridge Community Health Visiting and Northbridge Primary School. The rule looks for 2 or more.',
    )
    assert.deepEqual(flag?.triggeringContactIds, ['school-5'])
  })
})

describe('re-referral', () => {
  const rules = onlyRule('re-referral')
  const referral = (receivedOn: LocalDate) => contact('referral', { receivedOn, acceptedAsReferral: true })

  test('a referral exactly 12 months ago fires; the day before does not', () => {
    const edge = addMonths(today, -12)
    assert.deepEqual(fired([referral(edge)], rules), ['re-referral'])
    assert.deepEqual(fired([referral(addCalendarDays(edge, -1))], rules), [])
  })

  test('a contact that was not accepted as a referral does not count', () => {
    assert.deepEqual(fired([contact('earlier', { receivedOn: daysAgo(30) })], rules), [])
  })

  test('says whether this contact is already a re-referral', () => {
    const explain = (current: ContactHistoryItem) =>
      evaluateRepeatContact(rules, current, [referral(d('2026-03-03'))], today).flags[0]?.explanation
    assert.equal(
      explain(contact('current')),
      'A previous contact about the same child or household, received on 3 March 2026, was accepted as a referral, so if this contact is accepted as a referral, it will be a re-referral. The rule looks for a previous referral within 12 months.',
    )
    assert.match(
      explain(contact('current', { acceptedAsReferral: true })) ?? '',
      /referral, so this is a re-referral\./,
    )
  })
})

describe('the Hughes family', () => {
  test('the health visitor’s third contact in four months, after two decisions of no further action', () => {
    assert.deepEqual(evaluateRepeatContact(DEFAULT_REPEAT_CONTACT_RULES, hughes.current, hughes.history, today), {
      flags: [
        {
          ruleId: 'repeat-contacts',
          ruleName: 'Repeat contacts about a child or household',
          triggeringContactIds: ['contact-hughes-1', 'contact-hughes-2'],
          explanation:
            'This is the 3rd contact about the same child or household in 4 months. The rule looks for 3 or more contacts within 12 months, including this one.',
        },
        {
          ruleId: 'again-after-nfa',
          ruleName: 'Contacted again after no further action',
          triggeringContactIds: ['contact-hughes-2'],
          explanation:
            'The same referrer contacted us again 27 days after their earlier contact was closed with no further action on 30 October 2026. The rule looks for a contact from the same referrer or agency within 30 days after a no-further-action decision.',
        },
      ],
    })
  })
})
