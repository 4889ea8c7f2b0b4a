import type { Notification, NotificationKind, NotificationStatus } from '../../../services/notification-service.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure: notifications in, what the outbox pages show out. Text stays text here; the views
// escape it.

const KIND_LABELS: Record<NotificationKind, string> = {
  'referral-acknowledgement': 'Referral acknowledgement',
  'contact-decision-overdue': 'Front door decision overdue',
  'decision-needs-settling': 'Decision needs settling',
  'decision-feedback': 'Decision feedback to the referrer',
  'feedback-chase': 'Feedback reminder to the referrer',
  'feedback-phone-overdue': 'Phone feedback overdue',
  'feedback-disagreed': 'Referrer disagrees with a decision',
  'disagreement-stage-entered': 'Disagreement waiting for a response',
  'disagreement-immediate-risk': 'Disagreement: child may be at immediate risk',
  'disagreement-partnership-notice': 'Disagreement reached a partnership stage',
  'disagreement-responded': 'Response to a disagreement',
  'disagreement-accepted': 'Disagreement response accepted',
  'disagreement-reminder': 'Disagreement response reminder',
  'disagreement-deadline': 'Disagreement response due',
  'disagreement-overdue-offer': 'Disagreement: offer of the next stage',
  'disagreement-outcome': 'Disagreement outcome',
}

const STATUS_TAGS: Record<NotificationStatus, { text: string; classes: string }> = {
  pending: { text: 'Waiting to send', classes: 'govuk-tag--grey' },
  sending: { text: 'Sending', classes: 'govuk-tag--blue' },
  sent: { text: 'Sent', classes: 'govuk-tag--green' },
  logged: { text: 'Not emailed', classes: 'govuk-tag--turquoise' },
  failed: { text: 'Failed', classes: 'govuk-tag--red' },
}

export type OutboxRow = {
  href: string
  to: string
  subject: string
  kind: string
  status: { text: string; classes: string }
  created: string
}

export function outboxRows(notifications: readonly Notification[]): OutboxRow[] {
  return notifications.map(n => ({
    href: paths.demoOutboxMessage(n.id),
    to: n.toAddress,
    subject: n.subject,
    kind: KIND_LABELS[n.kind] ?? n.kind,
    status: STATUS_TAGS[n.status],
    created: formatDateTime(n.createdAt),
  }))
}

export type OutboxMessageView = OutboxRow & {
  sentLabel: string
  sent: string | null
  attempts: number
  lastError: string | null
  /** The body as paragraphs (split at blank lines) of lines, so line breaks survive. */
  paragraphs: string[]
}

export function outboxMessage(n: Notification): OutboxMessageView {
  const [row] = outboxRows([n])
  return {
    ...row!,
    sentLabel: n.status === 'logged' ? 'Logged' : 'Sent',
    sent: n.sentAt ? formatDateTime(n.sentAt) : null,
    attempts: n.attempts,
    lastError: n.lastError,
    paragraphs: n.bodyText
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n+/)
      .map(p => p.replace(/^\n+|\n+$/g, ''))
      .filter(p => p.trim() !== ''),
  }
}
