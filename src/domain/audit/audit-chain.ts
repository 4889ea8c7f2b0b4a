import { createHash } from 'node:crypto'

// Each audit row carries the hash of the previous row, so removing, reordering or editing
// a row breaks the chain from that row on. The hash covers a canonical JSON of the row:
// keys sorted, because jsonb does not keep key order.

export const GENESIS_HASH = '0'.repeat(64)

export type AuditEntry = Readonly<{
  occurredAt: Date
  actorUserId: string | null
  action: string
  subjectType: string | null
  subjectId: string | null
  correlationId: string | null
  details: Readonly<Record<string, unknown>>
}>

export type ChainedAuditEntry = AuditEntry & Readonly<{ seq: string; prevHash: string; hash: string }>

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (value instanceof Date) return JSON.stringify(value.toISOString())
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`
}

export function hashAuditEntry(prevHash: string, entry: AuditEntry): string {
  const body = canonicalJson({
    prevHash,
    occurredAt: entry.occurredAt.toISOString(),
    actorUserId: entry.actorUserId,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    correlationId: entry.correlationId,
    details: entry.details,
  })
  return createHash('sha256').update(body).digest('hex')
}

export type ChainVerdict =
  | { ok: true; checked: number }
  | { ok: false; checked: number; brokenSeq: string; reason: 'prev-hash-mismatch' | 'hash-mismatch' }

/** Checks rows in sequence order. `previousHash` lets a caller verify the chain page by page. */
export function verifyAuditChain(
  rows: Iterable<ChainedAuditEntry>,
  previousHash: string = GENESIS_HASH,
  alreadyChecked = 0,
): ChainVerdict & { lastHash: string } {
  let prev = previousHash
  let checked = alreadyChecked
  for (const row of rows) {
    if (row.prevHash !== prev)
      return { ok: false, checked, brokenSeq: row.seq, reason: 'prev-hash-mismatch', lastHash: prev }
    if (hashAuditEntry(prev, row) !== row.hash) {
      return { ok: false, checked, brokenSeq: row.seq, reason: 'hash-mismatch', lastHash: prev }
    }
    prev = row.hash
    checked++
  }
  return { ok: true, checked, lastHash: prev }
}
