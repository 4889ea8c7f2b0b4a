import type { Db } from '../database.js'

// The Idempotency-Keys clients sent when raising a disagreement through the API.

export type DisagreementIdempotencyKey = Readonly<{ disagreementId: string; requestHash: string }>

export async function findDisagreementIdempotencyKey(
  db: Db,
  userId: string,
  key: string,
): Promise<DisagreementIdempotencyKey | undefined> {
  const row = await db
    .selectFrom('disagreement_idempotency_key')
    .select(['disagreement_id', 'request_hash'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst()
  return row && { disagreementId: row.disagreement_id, requestHash: row.request_hash }
}

/**
 * Records the key; false when the same user's key is already there. A concurrent request with
 * the same key waits here until the first commits, then finds it taken.
 */
export async function insertDisagreementIdempotencyKey(
  db: Db,
  k: Readonly<{ userId: string; key: string; requestHash: string; disagreementId: string; now: Date }>,
): Promise<boolean> {
  const inserted = await db
    .insertInto('disagreement_idempotency_key')
    .values({
      user_id: k.userId,
      key: k.key,
      request_hash: k.requestHash,
      disagreement_id: k.disagreementId,
      created_at: k.now,
    })
    .onConflict(oc => oc.columns(['user_id', 'key']).doNothing())
    .returning('key')
    .executeTakeFirst()
  return inserted !== undefined
}
