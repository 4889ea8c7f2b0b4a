import type { ColumnType, Generated } from 'kysely'

/**
 * What a notification is about. Later journeys add kinds here (feedback to the referrer,
 * escalation reminders); the database has no check on `kind`, so no migration is needed.
 */
export const NOTIFICATION_KINDS = [
  'referral-acknowledgement',
  'contact-decision-overdue',
  'decision-needs-settling',
  'decision-feedback',
  'feedback-chase',
  'feedback-phone-overdue',
  'feedback-disagreed',
  'disagreement-stage-entered',
  'disagreement-immediate-risk',
  'disagreement-partnership-notice',
  'disagreement-responded',
  'disagreement-accepted',
  'disagreement-reminder',
  'disagreement-deadline',
  'disagreement-overdue-offer',
  'disagreement-outcome',
] as const
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number]

/**
 * pending: waiting to be sent (from available_at); sending: claimed by a worker; sent: accepted
 * by the SMTP server; logged: no SMTP server configured, so only logged; failed: gave up.
 * Matches the check constraint in the 2026-11-26T1200 migration.
 */
export const NOTIFICATION_STATUSES = ['pending', 'sending', 'sent', 'failed', 'logged'] as const
export type NotificationStatus = (typeof NOTIFICATION_STATUSES)[number]

export interface NotificationTable {
  id: Generated<string>
  kind: NotificationKind
  recipient_user_id: string | null
  to_address: string
  subject: string
  body_text: string
  related_type: string | null
  related_id: string | null
  status: ColumnType<NotificationStatus, NotificationStatus | undefined, NotificationStatus>
  attempts: ColumnType<number, number | undefined, number>
  available_at: Date
  claimed_at: Date | null
  sent_at: Date | null
  last_error: string | null
  created_at: Date
}
