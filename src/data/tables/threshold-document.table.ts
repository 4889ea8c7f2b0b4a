import type { ColumnType, Generated } from 'kysely'
import type { ThresholdDocument } from '../../domain/threshold/threshold-document.js'

/** What the content column holds: the parts of a version besides its number, title and date. */
export type ThresholdDocumentContentColumn = Pick<ThresholdDocument, 'levels' | 'indicators'>

// Rows are immutable (a trigger refuses update and delete), hence `never` for updates.
export interface ThresholdDocumentTable {
  id: Generated<string>
  version: ColumnType<number, number, never>
  title: ColumnType<string, string, never>
  // jsonb comes back parsed; it goes in as a JSON string.
  content: ColumnType<ThresholdDocumentContentColumn, string, never>
  published_at: ColumnType<Date, Date, never>
  published_by: ColumnType<string | null, string | null, never>
}
