import { sql, type Selectable } from 'kysely'
import { GENESIS_HASH, hashAuditEntry, type AuditEntry, type ChainedAuditEntry } from '../../domain/audit/audit-chain.js'
import type { Db } from '../database.js'
import type { AuditEventTable } from '../tables/audit-event.table.js'

function toEntry(r: Selectable<AuditEventTable>): ChainedAuditEntry {
  return {
    seq: String(r.seq),
    occurredAt: r.occurred_at,
    actorUserId: r.actor_user_id,
    action: r.action,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    correlationId: r.correlation_id,
    details: r.details,
    prevHash: r.prev_hash,
    hash: r.hash,
  }
}

// A fixed advisory-lock key serialises appends so the chain has one order, even with many
// service instances. It is held to the end of the caller's transaction.
const AUDIT_CHAIN_LOCK = 727_001

export async function appendAuditEvent(db: Db, entry: AuditEntry): Promise<void> {
  if (!db.isTransaction) {
    await db.transaction().execute(trx => appendAuditEvent(trx, entry))
    return
  }
  await sql`select pg_advisory_xact_lock(${AUDIT_CHAIN_LOCK})`.execute(db)
  const last = await db.selectFrom('audit_event').select('hash').orderBy('seq', 'desc').limit(1).executeTakeFirst()
  const prevHash = last?.hash ?? GENESIS_HASH
  await db
    .insertInto('audit_event')
    .values({
      occurred_at: entry.occurredAt,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      correlation_id: entry.correlationId,
      details: JSON.stringify(entry.details),
      prev_hash: prevHash,
      hash: hashAuditEntry(prevHash, entry),
    })
    .execute()
}

export async function readAuditPage(db: Db, afterSeq: string | null, limit: number): Promise<ChainedAuditEntry[]> {
  let query = db.selectFrom('audit_event').selectAll().orderBy('seq', 'asc').limit(limit)
  if (afterSeq !== null) query = query.where('seq', '>', afterSeq as never)
  const rows = await query.execute()
  return rows.map(toEntry)
}

export async function listAuditEvents(
  db: Db,
  filter: { subjectType?: string; subjectId?: string; limit: number },
): Promise<ChainedAuditEntry[]> {
  let query = db.selectFrom('audit_event').selectAll().orderBy('seq', 'desc').limit(filter.limit)
  if (filter.subjectType) query = query.where('subject_type', '=', filter.subjectType)
  if (filter.subjectId) query = query.where('subject_id', '=', filter.subjectId)
  const rows = await query.execute()
  return rows.map(toEntry)
}
