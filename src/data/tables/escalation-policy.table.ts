import type { ColumnType } from 'kysely'

// Rows are immutable (a trigger refuses update and delete), hence `never` for updates. The
// policy column is jsonb: it comes back parsed and goes in as a JSON string.
export interface EscalationPolicyTable {
  version: ColumnType<number, number, never>
  policy: ColumnType<unknown, string, never>
  published_at: ColumnType<Date, Date, never>
  published_by: ColumnType<string | null, string | null, never>
}
