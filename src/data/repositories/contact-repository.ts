import type { Db } from '../database.js'

export type NewContact = {
  referralId: string
  receivedAt: Date
  decisionDueAt: Date
  sourceCode: string
  immediateDanger: boolean
}

export async function insertContact(db: Db, c: NewContact): Promise<string> {
  const { id } = await db
    .insertInto('contact')
    .values({
      referral_id: c.referralId,
      status: 'awaiting-screening',
      received_at: c.receivedAt,
      decision_due_at: c.decisionDueAt,
      source_code: c.sourceCode,
      immediate_danger: c.immediateDanger,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findContactByReferral(
  db: Db,
  referralId: string,
): Promise<{ id: string; status: string; receivedAt: Date; decisionDueAt: Date } | undefined> {
  const row = await db
    .selectFrom('contact')
    .select(['id', 'status', 'received_at', 'decision_due_at'])
    .where('referral_id', '=', referralId)
    .executeTakeFirst()
  return row && { id: row.id, status: row.status, receivedAt: row.received_at, decisionDueAt: row.decision_due_at }
}
