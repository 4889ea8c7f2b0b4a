import type { Db } from '../database.js'

export type StoredSession = { userId: string; expiresAt: Date }

export async function insertSession(
  db: Db,
  s: { idHash: string; userId: string; now: Date; expiresAt: Date },
): Promise<void> {
  await db
    .insertInto('web_session')
    .values({ id_hash: s.idHash, user_id: s.userId, created_at: s.now, last_seen_at: s.now, expires_at: s.expiresAt })
    .execute()
}

export async function findSession(db: Db, idHash: string): Promise<StoredSession | undefined> {
  const row = await db
    .selectFrom('web_session')
    .select(['user_id', 'expires_at'])
    .where('id_hash', '=', idHash)
    .executeTakeFirst()
  return row && { userId: row.user_id, expiresAt: row.expires_at }
}

export async function touchSession(db: Db, idHash: string, now: Date, expiresAt: Date): Promise<void> {
  await db
    .updateTable('web_session')
    .set({ last_seen_at: now, expires_at: expiresAt })
    .where('id_hash', '=', idHash)
    .execute()
}

export async function deleteSession(db: Db, idHash: string): Promise<void> {
  await db.deleteFrom('web_session').where('id_hash', '=', idHash).execute()
}

export async function deleteExpiredSessions(db: Db, now: Date): Promise<number> {
  const res = await db.deleteFrom('web_session').where('expires_at', '<=', now).executeTakeFirst()
  return Number(res.numDeletedRows)
}
