import type { Selectable } from 'kysely'
import type { Db } from '../database.js'
import type { NotificationKind, NotificationStatus, NotificationTable } from '../tables/notification.table.js'

export type NewNotification = Readonly<{
  kind: NotificationKind
  recipientUserId?: string | null
  toAddress: string
  subject: string
  bodyText: string
  relatedType?: string | null
  relatedId?: string | null
  now: Date
}>

export type Notification = Readonly<{
  id: string
  kind: NotificationKind
  recipientUserId: string | null
  toAddress: string
  subject: string
  bodyText: string
  relatedType: string | null
  relatedId: string | null
  status: NotificationStatus
  attempts: number
  availableAt: Date
  claimedAt: Date | null
  sentAt: Date | null
  lastError: string | null
  createdAt: Date
}>

function toNotification(r: Selectable<NotificationTable>): Notification {
  return {
    id: r.id,
    kind: r.kind,
    recipientUserId: r.recipient_user_id,
    toAddress: r.to_address,
    subject: r.subject,
    bodyText: r.body_text,
    relatedType: r.related_type,
    relatedId: r.related_id,
    status: r.status,
    attempts: r.attempts,
    availableAt: r.available_at,
    claimedAt: r.claimed_at,
    sentAt: r.sent_at,
    lastError: r.last_error,
    createdAt: r.created_at,
  }
}

/**
 * Puts a notification in the outbox and returns its id. Call it with the transaction that makes
 * the change the notification announces: it then exists if and only if that change commits,
 * and the notification worker sends it afterwards.
 */
export async function enqueueNotification(db: Db, n: NewNotification): Promise<string> {
  if (n.toAddress.trim() === '') throw new Error('A notification needs an address to go to')
  const row = await db
    .insertInto('notification')
    .values({
      kind: n.kind,
      recipient_user_id: n.recipientUserId ?? null,
      to_address: n.toAddress,
      subject: n.subject,
      body_text: n.bodyText,
      related_type: n.relatedType ?? null,
      related_id: n.relatedId ?? null,
      status: 'pending',
      available_at: n.now,
      created_at: n.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return row.id
}

/**
 * Claims up to `limit` notifications for one worker: pending ones that are due, and ones left
 * 'sending' since before `stuckBefore` by a worker that stopped. Rows another worker has locked
 * are skipped, not waited for, so any number of workers can claim at once and each row goes to
 * one of them. Each claim counts as an attempt, so a row that keeps crashing its worker still
 * runs out of attempts.
 */
export async function claimDueNotifications(
  db: Db,
  c: { now: Date; stuckBefore: Date; limit: number },
): Promise<Notification[]> {
  if (!db.isTransaction) return db.transaction().execute(trx => claimDueNotifications(trx, c))
  const due = await db
    .selectFrom('notification')
    .select('id')
    .where(eb =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('available_at', '<=', c.now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_at', '<', c.stuckBefore)]),
      ]),
    )
    .orderBy('available_at')
    .orderBy('id')
    .limit(c.limit)
    .forUpdate()
    .skipLocked()
    .execute()
  if (due.length === 0) return []
  const rows = await db
    .updateTable('notification')
    .set(eb => ({ status: 'sending', claimed_at: c.now, attempts: eb('attempts', '+', 1) }))
    .where(
      'id',
      'in',
      due.map(r => r.id),
    )
    .returningAll()
    .execute()
  return rows.map(toNotification).sort((a, b) => a.availableAt.getTime() - b.availableAt.getTime())
}

// The completion updates below only touch a row still held by the same claim (same claimed_at),
// so a worker that was presumed dead and reclaimed cannot overwrite the new claim's outcome.

export async function markNotificationDelivered(
  db: Db,
  claim: { id: string; claimedAt: Date },
  outcome: { status: 'sent' | 'logged'; now: Date },
): Promise<boolean> {
  const res = await db
    .updateTable('notification')
    .set({ status: outcome.status, sent_at: outcome.now, last_error: null })
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', claim.claimedAt)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/** A failed attempt: back to pending from `retryAt`, or failed for good when it is null. */
export async function markNotificationAttemptFailed(
  db: Db,
  claim: { id: string; claimedAt: Date },
  failure: { error: string; retryAt: Date | null },
): Promise<boolean> {
  const res = await db
    .updateTable('notification')
    .set(
      failure.retryAt
        ? { status: 'pending', available_at: failure.retryAt, last_error: failure.error }
        : { status: 'failed', last_error: failure.error },
    )
    .where('id', '=', claim.id)
    .where('status', '=', 'sending')
    .where('claimed_at', '=', claim.claimedAt)
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

export async function listNotifications(db: Db, limit: number): Promise<Notification[]> {
  const rows = await db
    .selectFrom('notification')
    .selectAll()
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .limit(limit)
    .execute()
  return rows.map(toNotification)
}

/** `id` must already be a well-formed uuid: PostgreSQL rejects anything else with an error. */
export async function findNotification(db: Db, id: string): Promise<Notification | undefined> {
  const row = await db.selectFrom('notification').selectAll().where('id', '=', id).executeTakeFirst()
  return row && toNotification(row)
}
