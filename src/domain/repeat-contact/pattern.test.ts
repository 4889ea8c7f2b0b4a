import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { addCalendarDays } from '../calendar/index.js'
import { analysePattern, describePattern } from './pattern.js'
import { referrerRepeatNotice } from './referrer-notice.js'
import { closedNfa, contact, d, hughes, POLICE, SCHOOL, today } from './test-support.js'

const contacts = { escalationPolicyUrl: 'https://northbridge.example/escalation', frontDoorPhone: '0161 496 0000' }

describe('describePattern', () => {
  test('the Hughes family: third contact in four months, two decisions of no further action', () => {
    assert.equal(
      describePattern(hughes.current, hughes.history, today),
      '3rd contact in 4 months; 2 previous no-further-action decisions; referred by Northbridge Community Health Visiting 3 times',
    )
  })

  test('a first contact', () => {
    assert.equal(
      describePattern(contact('current'), [], today),
      'First contact about this child or household in 12 months; referred by Northbridge Community Health Visiting once',
    )
  })

  test('several agencies, most contacts first, with once, twice and counts', () => {
    const history = [
      contact('s1', { ...SCHOOL, receivedOn: d('2026-11-02') }),
      contact('s2', { ...SCHOOL, receivedOn: d('2026-11-09'), acceptedAsReferral: true }),
      contact('p1', { ...POLICE, receivedOn: d('2026-11-20'), outcome: 'information-and-advice' }),
    ]
    assert.equal(
      describePattern(contact('current'), history, today),
      '4th contact in 3 weeks; 1 previous no-further-action decision; 1 previous referral; referred by Northbridge Primary School twice, Northbridge Community Health Visiting once and Northbridge Police Public Protection Unit once',
    )
  })

  test('rounds the time sensibly', () => {
    const after = (n: number) =>
      describePattern(contact('current'), [contact('e', { receivedOn: addCalendarDays(today, -n) })], today)
    assert.match(after(0), /^2nd contact on the same day;/)
    assert.match(after(1), /^2nd contact in 1 day;/)
    assert.match(after(13), /^2nd contact in 13 days;/)
    assert.match(after(14), /^2nd contact in 2 weeks;/)
    assert.match(after(60), /^2nd contact in 9 weeks;/)
    assert.match(after(61), /^2nd contact in 2 months;/)
    assert.match(after(365), /^2nd contact in 12 months;/)
  })

  test('ignores contacts after today, older than the lookback, and decisions not made yet', () => {
    const history = [
      contact('future', { receivedOn: addCalendarDays(today, 1) }),
      contact('old', { receivedOn: d('2025-11-25') }),
      contact('pending', { receivedOn: d('2026-11-20'), outcome: 'no-further-action', decidedOn: d('2026-11-27') }),
    ]
    assert.equal(
      describePattern(contact('current'), history, today),
      '2nd contact in 6 days; referred by Northbridge Community Health Visiting twice',
    )
    assert.match(describePattern(contact('current'), history, today, 24), /^3rd contact in 12 months;/)
  })
})

describe('referrerRepeatNotice', () => {
  test('tells the referrer they have raised this before and how to escalate, without naming the child', () => {
    const notice = referrerRepeatNotice(analysePattern(hughes.current, hughes.history, today), contacts)
    assert.equal(
      notice,
      [
        'You have contacted us about this child or family before. Including this contact, that is 3 times in 4 months. We have noticed this, and the people deciding what happens next can see your earlier contacts.',
        "If you remain worried about this child or family, please do not wait for things to get worse. You can speak to a social worker or manager at the front door on 0161 496 0000, and you can challenge our decision through the safeguarding partnership's escalation policy: https://northbridge.example/escalation",
        'Escalating a concern is a normal part of working together to keep children safe. It is not a complaint.',
        'If you think a child is at immediate risk of harm, call us straight away, or 999 in an emergency.',
      ].join('\n\n'),
    )
    assert.doesNotMatch(notice ?? '', /Hughes/)
  })

  test('speaks of the agency when a colleague made the earlier contact', () => {
    const colleague = closedNfa('colleague', d('2026-11-10'), d('2026-11-11'))
    const pattern = analysePattern(contact('current', { referrerUserId: 'user-new' }), [colleague], today)
    assert.match(
      referrerRepeatNotice(pattern, contacts) ?? '',
      /^Your agency, Northbridge Community Health Visiting, has contacted us about this child or family before\. Including this contact, that is twice in 2 weeks\./,
    )
  })

  test('says nothing when only other agencies have been in touch', () => {
    const pattern = analysePattern(
      contact('current'),
      [contact('school', { ...SCHOOL, referrerUserId: 'user-t' })],
      today,
    )
    assert.equal(referrerRepeatNotice(pattern, contacts), undefined)
  })
})
