import type { Db } from '../database.js'

export async function insertApiToken(
  db: Db,
  t: { userId: string; tokenHash: string; label: string; now: Date },
): Promise<string> {
  const { id } = await db
    .insertInto('api_token')
    .values({ user_id: t.userId, token_hash: t.tokenHash, label: t.label, created_at: t.now, last_used_at: null, revoked_at: null })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findActiveTokenUser(db: Db, tokenHash: string): Promise<{ tokenId: string; userId: string } | undefined> {
  const row = await db
    .selectFrom('api_token')
    .select(['id', 'user_id'])
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst()
  return row && { tokenId: row.id, userId: row.user_id }
}

export async function markTokenUsed(db: Db, tokenId: string, now: Date): Promise<void> {
  await db.updateTable('api_token').set({ last_used_at: now }).where('id', '=', tokenId).execute()
}
