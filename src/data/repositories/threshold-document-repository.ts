import { sql, type Selectable } from 'kysely'
import type { ThresholdDocument } from '../../domain/threshold/threshold-document.js'
import type { Db } from '../database.js'
import type { ThresholdDocumentTable } from '../tables/threshold-document.table.js'

/** One line of the version history: enough to list versions without loading every document. */
export type ThresholdDocumentVersionSummary = Readonly<{
  version: number
  title: string
  publishedAt: Date
  publishedByName: string | null
  indicatorCount: number
}>

export type NewThresholdDocumentVersion = ThresholdDocument & { publishedBy: string | null }

function toDocument(row: Selectable<ThresholdDocumentTable>): ThresholdDocument {
  return {
    version: row.version,
    title: row.title,
    publishedAt: row.published_at,
    levels: row.content.levels,
    indicators: row.content.indicators,
  }
}

// A fixed advisory-lock key serialises publishers, so two managers publishing at once get
// versions n+1 and n+2 in turn rather than a unique-key failure. Held to the end of the transaction.
const PUBLISH_LOCK = 727_011

/** The number the next version will take; call inside the publishing transaction. */
export async function nextThresholdDocumentVersion(db: Db): Promise<number> {
  if (db.isTransaction) await sql`select pg_advisory_xact_lock(${PUBLISH_LOCK})`.execute(db)
  const row = await db
    .selectFrom('threshold_document')
    .select(eb => eb.fn.max('version').as('latest'))
    .executeTakeFirst()
  return Number(row?.latest ?? 0) + 1
}

/** Returns the row id, for the audit trail. */
export async function insertThresholdDocumentVersion(db: Db, doc: NewThresholdDocumentVersion): Promise<string> {
  const { id } = await db
    .insertInto('threshold_document')
    .values({
      version: doc.version,
      title: doc.title,
      content: JSON.stringify({ levels: doc.levels, indicators: doc.indicators }),
      published_at: doc.publishedAt,
      published_by: doc.publishedBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** The version in force: the highest published. */
export async function findCurrentThresholdDocument(db: Db): Promise<ThresholdDocument | undefined> {
  const row = await db.selectFrom('threshold_document').selectAll().orderBy('version', 'desc').limit(1).executeTakeFirst()
  return row && toDocument(row)
}

export async function findThresholdDocumentVersion(db: Db, version: number): Promise<ThresholdDocument | undefined> {
  const row = await db.selectFrom('threshold_document').selectAll().where('version', '=', version).executeTakeFirst()
  return row && toDocument(row)
}

/** Every published version, newest first. */
export async function listThresholdDocumentVersions(db: Db): Promise<ThresholdDocumentVersionSummary[]> {
  const rows = await db
    .selectFrom('threshold_document as d')
    .leftJoin('app_user as u', 'u.id', 'd.published_by')
    .select([
      'd.version',
      'd.title',
      'd.published_at',
      'u.display_name',
      sql<number>`jsonb_array_length(d.content -> 'indicators')`.as('indicator_count'),
    ])
    .orderBy('d.version', 'desc')
    .execute()
  return rows.map(r => ({
    version: r.version,
    title: r.title,
    publishedAt: r.published_at,
    publishedByName: r.display_name,
    indicatorCount: Number(r.indicator_count),
  }))
}
