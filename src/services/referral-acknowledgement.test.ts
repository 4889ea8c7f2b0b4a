import assert from 'node:assert/strict'
import { test } from 'node:test'
import { acknowledgementMessage } from './referral-acknowledgement.js'

const sent = {
  reference: 'R-2026-000010',
  dueAt: new Date('2026-11-27T23:59:59Z'),
  now: new Date('2026-11-26T10:00:00Z'),
  referrerName: 'Hannah Ward',
}

test('the acknowledgement tells a referrer who has raised this before, and how to escalate', () => {
  const notice = 'You have contacted us about this child or family before.\n\nEscalate at /guidance/escalation'
  const { subject, body } = acknowledgementMessage({ ...sent, repeatNotice: notice })
  assert.equal(subject, 'Referral R-2026-000010 received')
  const paragraphs = body.split('\n\n')
  const rights = paragraphs.findIndex(p => p.startsWith('The front door will decide'))
  assert.equal(paragraphs[rights + 1], 'You have contacted us about this child or family before.')
  assert.equal(paragraphs[rights + 2], 'Escalate at /guidance/escalation')
  assert.match(paragraphs[rights + 3] ?? '', /immediate danger, call 999/)
})

test('without a notice the acknowledgement is as before', () => {
  const { body } = acknowledgementMessage(sent)
  assert.doesNotMatch(body, /before\./)
  assert.equal(body, acknowledgementMessage({ ...sent, repeatNotice: undefined }).body)
})
