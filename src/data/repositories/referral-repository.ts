import { sql, type Selectable } from 'kysely'
import { emptyReferralContent, type ReferralChannel, type ReferralContent } from '../../domain/referral/referral-content.js'
import type { QualityPromptRecord, Referral, ReferralStatus } from '../../domain/referral/referral-lifecycle.js'
import type { Db } from '../database.js'
import type { ReferralTable } from '../tables/referral.table.js'

function toReferral(row: Selectable<ReferralTable>): Referral {
  const content = { ...emptyReferralContent(), ...(row.content as Partial<ReferralContent>) }
  return {
    id: row.id,
    reference: row.reference,
    status: row.status,
    channel: row.channel,
    referringAgencyId: row.referring_agency_id,
    referredByUserId: row.referred_by_user_id,
    recordedByUserId: row.recorded_by_user_id,
    content,
    thresholdDocumentVersion: row.threshold_document_version,
    quality:
      row.quality_score === null
        ? null
        : { score: row.quality_score, prompts: (row.quality_prompts as QualityPromptRecord[] | null) ?? [] },
    sourceCode: row.source_code,
    immediateDanger: row.immediate_danger,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    submittedAt: row.submitted_at,
    version: row.version,
  }
}

export async function insertDraft(
  db: Db,
  r: {
    channel: ReferralChannel
    referringAgencyId: string
    referredByUserId: string | null
    recordedByUserId: string
    content: ReferralContent
    now: Date
  },
): Promise<string> {
  const { id } = await db
    .insertInto('referral')
    .values({
      status: 'draft',
      reference: null,
      channel: r.channel,
      referring_agency_id: r.referringAgencyId,
      referred_by_user_id: r.referredByUserId,
      recorded_by_user_id: r.recordedByUserId,
      content: JSON.stringify(r.content),
      threshold_document_version: null,
      quality_score: null,
      quality_prompts: null,
      source_code: null,
      immediate_danger: null,
      created_at: r.now,
      updated_at: r.now,
      submitted_at: null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function findReferral(db: Db, id: string, options: { forUpdate?: boolean } = {}): Promise<Referral | undefined> {
  let query = db.selectFrom('referral').selectAll().where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row && toReferral(row)
}

/** Saves a draft's content if nobody saved since `expectedVersion`; false when they did. */
export async function updateDraftContent(
  db: Db,
  id: string,
  expectedVersion: number,
  content: ReferralContent,
  now: Date,
): Promise<boolean> {
  const res = await db
    .updateTable('referral')
    .set({ content: JSON.stringify(content), updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .where('status', '=', 'draft')
    .executeTakeFirst()
  return res.numUpdatedRows === 1n
}

export async function setReferralStatus(db: Db, id: string, status: ReferralStatus, now: Date): Promise<void> {
  await db
    .updateTable('referral')
    .set({ status, updated_at: now, version: sql`version + 1` })
    .where('id', '=', id)
    .execute()
}

export async function nextReferenceNumber(db: Db): Promise<number> {
  const { rows } = await sql<{ n: string }>`select nextval('referral_reference_seq') as n`.execute(db)
  return Number(rows[0]!.n)
}

export async function markSubmitted(
  db: Db,
  id: string,
  s: {
    reference: string
    content: ReferralContent
    thresholdDocumentVersion: number
    quality: { score: number; prompts: QualityPromptRecord[] }
    sourceCode: string
    immediateDanger: boolean
    now: Date
  },
): Promise<void> {
  await db
    .updateTable('referral')
    .set({
      status: 'submitted',
      reference: s.reference,
      content: JSON.stringify(s.content),
      threshold_document_version: s.thresholdDocumentVersion,
      quality_score: s.quality.score,
      quality_prompts: JSON.stringify(s.quality.prompts),
      source_code: s.sourceCode,
      immediate_danger: s.immediateDanger,
      submitted_at: s.now,
      updated_at: s.now,
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .execute()
}

export async function appendReferralEvent(
  db: Db,
  e: { referralId: string; type: string; occurredAt: Date; actorUserId: string | null; data?: Record<string, unknown> },
): Promise<void> {
  await db
    .insertInto('referral_event')
    .values({
      referral_id: e.referralId,
      type: e.type,
      occurred_at: e.occurredAt,
      actor_user_id: e.actorUserId,
      data: JSON.stringify(e.data ?? {}),
    })
    .execute()
}

export async function listReferralEvents(
  db: Db,
  referralId: string,
): Promise<{ type: string; occurredAt: Date; actorUserId: string | null; data: Record<string, unknown> }[]> {
  const rows = await db
    .selectFrom('referral_event')
    .selectAll()
    .where('referral_id', '=', referralId)
    .orderBy('seq')
    .execute()
  return rows.map(r => ({ type: r.type, occurredAt: r.occurred_at, actorUserId: r.actor_user_id, data: r.data }))
}

export async function listReferralsRecordedBy(db: Db, userId: string): Promise<Referral[]> {
  const rows = await db
    .selectFrom('referral')
    .selectAll()
    .where('recorded_by_user_id', '=', userId)
    .where('status', '!=', 'discarded')
    .orderBy('updated_at', 'desc')
    .execute()
  return rows.map(toReferral)
}

export async function listSubmittedReferralsForAgency(db: Db, agencyId: string): Promise<Referral[]> {
  const rows = await db
    .selectFrom('referral')
    .selectAll()
    .where('referring_agency_id', '=', agencyId)
    .where('status', '=', 'submitted')
    .orderBy('submitted_at', 'desc')
    .execute()
  return rows.map(toReferral)
}
