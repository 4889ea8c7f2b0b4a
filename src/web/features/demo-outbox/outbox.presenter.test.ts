import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import type { Notification } from '../../../services/notification-service.js'
import { outboxMessage, outboxRows } from './outbox.presenter.js'

const base: Notification = {
  id: '0b9f6f8e-8f4e-4c1a-9d55-3c1f5f0e7a21',
  kind: 'referral-acknowledgement',
  recipientUserId: null,
  toAddress: 'hannah.ward@hv.northbridge.example',
  subject: 'Referral received',
  bodyText: 'Dear Hannah,\r\n\r\nThank you.\nLine two.\n\n\n\nRegards,\nThe front door\n',
  relatedType: null,
  relatedId: null,
  status: 'logged',
  attempts: 1,
  availableAt: new Date('2026-06-01T08:00:00Z'),
  claimedAt: new Date('2026-06-01T08:00:05Z'),
  sentAt: new Date('2026-06-01T08:00:06Z'),
  lastError: null,
  createdAt: new Date('2026-06-01T08:00:00Z'),
}

describe('demo outbox presenter', () => {
  test('times are London time (BST in June) and statuses read as words', () => {
    const [row] = outboxRows([base])
    assert.equal(row?.created, '1 June 2026, 9:00am')
    assert.deepEqual(row?.status, { text: 'Not emailed', classes: 'govuk-tag--turquoise' })
    assert.equal(row?.href, `/demo/outbox/${base.id}`)
  })

  test('the body becomes paragraphs at blank lines, keeping single line breaks', () => {
    const view = outboxMessage(base)
    assert.deepEqual(view.paragraphs, ['Dear Hannah,', 'Thank you.\nLine two.', 'Regards,\nThe front door'])
    assert.equal(view.sentLabel, 'Logged')
    assert.equal(view.sent, '1 June 2026, 9:00am')
  })

  test('an empty body has no paragraphs', () => {
    assert.deepEqual(outboxMessage({ ...base, bodyText: ' \n\n ' }).paragraphs, [])
  })
})
