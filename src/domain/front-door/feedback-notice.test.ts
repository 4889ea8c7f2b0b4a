import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { analysePattern, referrerRepeatNotice } from '../repeat-contact/index.js'
import { hughes, today } from '../repeat-contact/test-support.js'
import { feedbackNotice, type FeedbackNoticeInput } from './feedback-notice.js'

const contacts = {
  escalationPolicyUrl: 'https://threshold.example/guidance/escalation',
  frontDoorPhone: '01632 960 100',
}
const input: FeedbackNoticeInput = {
  audience: 'professional',
  reference: 'R-2026-000010',
  outcome: 'no-further-action',
  message: 'Thank you for your referral about the child.',
  decidedBy: { name: 'Mark Jennings', email: 'mark.jennings@csc.northbridge.example' },
  frontDoorPhone: contacts.frontDoorPhone,
  referralUrl: 'https://threshold.example/referrals/1',
  escalationPolicyUrl: contacts.escalationPolicyUrl,
}

describe('feedbackNotice', () => {
  test('carries the repeat-contact notice after the message, when a rule fired', () => {
    const notice = referrerRepeatNotice(analysePattern(hughes.current, hughes.history, today), contacts)
    assert.ok(notice)
    const { subject, body } = feedbackNotice({ ...input, repeatNotice: notice })
    const paragraphs = body.split('\n\n')
    const at = paragraphs.indexOf(input.message)
    assert.equal(
      paragraphs[at + 1],
      'You have contacted us about this child or family before. Including this contact, that is 3 times in 4 months. We have noticed this, and the people deciding what happens next can see your earlier contacts.',
    )
    assert.match(body, /escalation policy: https:\/\/threshold\.example\/guidance\/escalation/)
    assert.equal(body.match(/escalation policy/g)?.length, 1, 'the right to escalate is said once, not twice')
    assert.equal(body.match(/999/g)?.length, 1)
    assert.equal(subject, "Decision on referral R-2026-000010: No further action by children's social care")
    assert.doesNotMatch(body, /Hughes/)
  })

  test('says nothing about earlier contacts when no rule fired', () => {
    assert.doesNotMatch(feedbackNotice(input).body, /contacted us about this child or family before/)
    assert.equal(feedbackNotice({ ...input, repeatNotice: undefined }).body, feedbackNotice(input).body)
  })
})
