import type { ColumnType } from 'kysely'

export interface AuditEventTable {
  // bigint comes back from pg as a string
  seq: ColumnType<string, never, never>
  occurred_at: Date
  actor_user_id: string | null
  action: string
  subject_type: string | null
  subject_id: string | null
  correlation_id: string | null
  details: ColumnType<Record<string, unknown>, string, never>
  prev_hash: string
  hash: string
}
