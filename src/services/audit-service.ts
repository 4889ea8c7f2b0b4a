import type { Actor } from '../domain/access/actor.js'
import { verifyAuditChain, GENESIS_HASH, type ChainVerdict } from '../domain/audit/audit-chain.js'
import type { Db } from '../data/database.js'
import { appendAuditEvent, readAuditPage } from '../data/repositories/audit-repository.js'
import type { Clock } from './clock.js'

/** Who is acting and which request, carried into every audit row. */
export type RequestContext = Readonly<{ actor: Actor | null; correlationId: string | null }>

export type AuditRecord = Readonly<{
  action: string
  subjectType?: string
  subjectId?: string
  details?: Record<string, unknown>
}>

/** Writes one audit row inside the caller's transaction (or its own one). */
export async function audit(db: Db, clock: Clock, ctx: RequestContext, record: AuditRecord): Promise<void> {
  await appendAuditEvent(db, {
    occurredAt: clock.now(),
    actorUserId: ctx.actor?.userId ?? null,
    action: record.action,
    subjectType: record.subjectType ?? null,
    subjectId: record.subjectId ?? null,
    correlationId: ctx.correlationId,
    details: record.details ?? {},
  })
}

/**
 * The one helper every page that shows a child's data calls. The subject id is a record id,
 * never a name, so the audit trail itself holds no child data.
 */
export async function recordView(
  db: Db,
  clock: Clock,
  ctx: RequestContext,
  subject: { type: string; id: string; page: string },
): Promise<void> {
  await audit(db, clock, ctx, {
    action: 'record.viewed',
    subjectType: subject.type,
    subjectId: subject.id,
    details: { page: subject.page },
  })
}

export async function verifyAuditTrail(db: Db, pageSize = 1000): Promise<ChainVerdict> {
  let afterSeq: string | null = null
  let prev = GENESIS_HASH
  let checked = 0
  for (;;) {
    const page = await readAuditPage(db, afterSeq, pageSize)
    if (page.length === 0) return { ok: true, checked }
    const verdict = verifyAuditChain(page, prev, checked)
    if (!verdict.ok)
      return { ok: false, checked: verdict.checked, brokenSeq: verdict.brokenSeq, reason: verdict.reason }
    prev = verdict.lastHash
    checked = verdict.checked
    afterSeq = page[page.length - 1]!.seq
  }
}
