import type { Selectable } from 'kysely'
import type { Db } from '../database.js'
import type { FeedbackTable } from '../tables/screening.table.js'

// Feedback to the referrer: what was sent, when it is due and chased, and their response.

export type FeedbackRecord = {
  id: string
  contactId: string
  decisionId: string
  audience: 'professional' | 'public'
  recipientUserId: string | null
  bodyText: string
  status: 'sent' | 'phone-required' | 'given-by-phone'
  createdAt: Date
  dueAt: Date
  sentAt: Date | null
  chasedAt: Date | null
  response: { kind: 'accepted' | 'disagreed'; reason: string | null; at: Date; byUserId: string | null } | null
}

function toFeedback(row: Selectable<FeedbackTable>): FeedbackRecord {
  return {
    id: row.id,
    contactId: row.contact_id,
    decisionId: row.decision_id,
    audience: row.audience,
    recipientUserId: row.recipient_user_id,
    bodyText: row.body_text,
    status: row.status,
    createdAt: row.created_at,
    dueAt: row.due_at,
    sentAt: row.sent_at,
    chasedAt: row.chased_at,
    response:
      row.response && row.responded_at
        ? { kind: row.response, reason: row.response_reason, at: row.responded_at, byUserId: row.responded_by_user_id }
        : null,
  }
}

export async function insertFeedback(
  db: Db,
  f: Omit<FeedbackRecord, 'id' | 'chasedAt' | 'response'>,
): Promise<string> {
  const { id } = await db
    .insertInto('feedback')
    .values({
      contact_id: f.contactId,
      decision_id: f.decisionId,
      audience: f.audience,
      recipient_user_id: f.recipientUserId,
      body_text: f.bodyText,
      status: f.status,
      created_at: f.createdAt,
      due_at: f.dueAt,
      sent_at: f.sentAt,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findFeedbackForContact(
  db: Db,
  contactId: string,
  options: { forUpdate?: boolean } = {},
): Promise<FeedbackRecord | undefined> {
  let query = db.selectFrom('feedback').selectAll().where('contact_id', '=', contactId)
  if (options.forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row && toFeedback(row)
}

export async function findFeedback(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  let query = db.selectFrom('feedback').selectAll().where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row && toFeedback(row)
}

/** Records the referrer's answer once; false if there already was one. */
export async function recordFeedbackResponse(
  db: Db,
  id: string,
  r: { kind: 'accepted' | 'disagreed'; reason: string | null; at: Date; byUserId: string },
): Promise<boolean> {
  const result = await db
    .updateTable('feedback')
    .set({ response: r.kind, response_reason: r.reason, responded_at: r.at, responded_by_user_id: r.byUserId })
    .where('id', '=', id)
    .where('response', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function markFeedbackGivenByPhone(db: Db, id: string, at: Date): Promise<boolean> {
  const result = await db
    .updateTable('feedback')
    .set({ status: 'given-by-phone', sent_at: at })
    .where('id', '=', id)
    .where('status', '=', 'phone-required')
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function markFeedbackChased(db: Db, id: string, at: Date): Promise<void> {
  await db.updateTable('feedback').set({ chased_at: at }).where('id', '=', id).execute()
}
