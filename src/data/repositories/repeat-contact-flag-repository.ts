import { sql } from 'kysely'
import type { Db } from '../database.js'
import type { FlagRaisedDuring, FlagReviewOutcome } from '../tables/repeat-contact.table.js'

// Repeat-contact flags on contacts (issue 5 §4). A flag is raised once per rule per contact and
// never deleted: clearing it records who, when and why, and a manager's review records the
// decision it was reviewed with. The migration's trigger keeps the evidence unchanged.

export type { FlagRaisedDuring, FlagReviewOutcome }

export type RepeatContactFlagRecord = {
  id: string
  contactId: string
  ruleId: string
  ruleName: string
  rulesVersion: number
  triggeringContactIds: string[]
  explanation: string
  pattern: string
  raisedAt: Date
  raisedDuring: FlagRaisedDuring
  review: { at: Date; byUserId: string; decisionId: string; outcome: FlagReviewOutcome } | null
  clearance: { at: Date; byUserId: string; reason: string } | null
}

export type NewRepeatContactFlag = Pick<
  RepeatContactFlagRecord,
  'ruleId' | 'ruleName' | 'rulesVersion' | 'triggeringContactIds' | 'explanation' | 'pattern' | 'raisedAt' | 'raisedDuring'
>

const flags = (db: Db) => db.selectFrom('repeat_contact_flag').selectAll()
type FlagRow = Awaited<ReturnType<ReturnType<typeof flags>['executeTakeFirstOrThrow']>>

function toFlag(row: FlagRow): RepeatContactFlagRecord {
  return {
    id: row.id,
    contactId: row.contact_id,
    ruleId: row.rule_id,
    ruleName: row.rule_name,
    rulesVersion: row.rules_version,
    triggeringContactIds: row.triggering_contact_ids,
    explanation: row.explanation,
    pattern: row.pattern,
    raisedAt: row.raised_at,
    raisedDuring: row.raised_during,
    review:
      row.reviewed_at && row.reviewed_by_user_id && row.review_decision_id && row.review_outcome
        ? {
            at: row.reviewed_at,
            byUserId: row.reviewed_by_user_id,
            decisionId: row.review_decision_id,
            outcome: row.review_outcome,
          }
        : null,
    clearance:
      row.cleared_at && row.cleared_by_user_id && row.cleared_reason
        ? { at: row.cleared_at, byUserId: row.cleared_by_user_id, reason: row.cleared_reason }
        : null,
  }
}

/** Raises the flags not raised before on this contact; returns the ones it raised. */
export async function insertFlags(
  db: Db,
  contactId: string,
  raised: readonly NewRepeatContactFlag[],
): Promise<RepeatContactFlagRecord[]> {
  if (raised.length === 0) return []
  const rows = await db
    .insertInto('repeat_contact_flag')
    .values(
      raised.map(f => ({
        contact_id: contactId,
        rule_id: f.ruleId,
        rule_name: f.ruleName,
        rules_version: f.rulesVersion,
        triggering_contact_ids: JSON.stringify(f.triggeringContactIds),
        explanation: f.explanation,
        pattern: f.pattern,
        raised_at: f.raisedAt,
        raised_during: f.raisedDuring,
      })),
    )
    // A rule already raised on the contact keeps its first flag, cleared or not.
    .onConflict(oc => oc.columns(['contact_id', 'rule_id']).doNothing())
    .returningAll()
    .execute()
  return rows.map(toFlag)
}

/** The flags on these contacts, oldest first. */
export async function listFlagsForContacts(
  db: Db,
  contactIds: readonly string[],
): Promise<RepeatContactFlagRecord[]> {
  if (contactIds.length === 0) return []
  const rows = await flags(db)
    .where('contact_id', 'in', [...contactIds])
    .orderBy('raised_at')
    .orderBy('rule_id')
    .execute()
  return rows.map(toFlag)
}

export async function findFlag(db: Db, id: string): Promise<RepeatContactFlagRecord | undefined> {
  const row = await flags(db).where('id', '=', id).executeTakeFirst()
  return row && toFlag(row)
}

/** Clears the flag if nobody has; false if it was already cleared. */
export async function recordClearance(
  db: Db,
  id: string,
  c: { at: Date; byUserId: string; reason: string },
): Promise<boolean> {
  const result = await db
    .updateTable('repeat_contact_flag')
    .set({ cleared_at: c.at, cleared_by_user_id: c.byUserId, cleared_reason: c.reason })
    .where('id', '=', id)
    .where('cleared_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

/** Marks the contact's flags that are neither cleared nor reviewed as reviewed; returns how many. */
export async function recordReview(
  db: Db,
  contactId: string,
  r: { at: Date; byUserId: string; decisionId: string; outcome: FlagReviewOutcome },
): Promise<number> {
  const result = await db
    .updateTable('repeat_contact_flag')
    .set({
      reviewed_at: r.at,
      reviewed_by_user_id: r.byUserId,
      review_decision_id: r.decisionId,
      review_outcome: r.outcome,
    })
    .where('contact_id', '=', contactId)
    .where('reviewed_at', 'is', null)
    .where('cleared_at', 'is', null)
    .executeTakeFirst()
  return Number(result.numUpdatedRows)
}

/**
 * The repeat-contact count is derived from the contact's history, not something a screener
 * edits, so it changes without moving the contact's version: nobody's open form goes stale.
 */
export async function setRepeatContactCount(db: Db, contactId: string, count: number): Promise<void> {
  await db.updateTable('contact').set({ repeat_contact_count: count }).where('id', '=', contactId).execute()
}

/**
 * Locks those of these contacts that are still open and not locked by another transaction. A
 * contact someone is screening right now is left to that transaction, which evaluates it itself.
 */
export async function lockOpenContacts(db: Db, contactIds: readonly string[]): Promise<string[]> {
  if (contactIds.length === 0) return []
  const rows = await db
    .selectFrom('contact')
    .select('id')
    .where('id', 'in', [...contactIds])
    .where('status', '!=', 'decided')
    .orderBy('id')
    .forUpdate()
    .skipLocked()
    .execute()
  return rows.map(r => r.id)
}

/** References of contacts, for links from a flag to the contacts that triggered it. */
export async function contactReferences(db: Db, contactIds: readonly string[]): Promise<Map<string, string>> {
  if (contactIds.length === 0) return new Map()
  const rows = await db
    .selectFrom('contact as c')
    .innerJoin('referral as r', 'r.id', 'c.referral_id')
    .select(['c.id', sql<string>`coalesce(r.reference, '')`.as('reference')])
    .where('c.id', 'in', [...contactIds])
    .execute()
  return new Map(rows.map(r => [r.id, r.reference]))
}
