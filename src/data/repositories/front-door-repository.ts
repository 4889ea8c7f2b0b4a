import { sql } from 'kysely'
import type { ScreeningState } from '../../domain/screening/decision-lifecycle.js'
import type { Db } from '../database.js'

// The front door's reads and writes on contacts: the queue, one contact with its people, and
// versioned updates (a stale version changes nothing and reports it).

export type ContactRecord = {
  id: string
  referralId: string
  reference: string
  status: ScreeningState
  version: number
  receivedAt: Date
  decisionDueAt: Date
  sourceCode: string
  immediateDanger: boolean
  assignedToUserId: string | null
  assignedAt: Date | null
  overdueAt: Date | null
  decidedAt: Date | null
  finalOutcome: string | null
  finalLevel: number | null
  repeatContactCount: number
}

export type ContactPersonRecord = {
  id: string
  referralId: string
  role: 'child' | 'adult'
  contentId: string
  givenName: string | null
  familyName: string | null
  dateOfBirth: string | null
  expectedDate: string | null
  sex: string | null
  nhsNumber: string | null
  postcode: string | null
  personId: string | null
  linkKind: 'matched' | 'new-person' | null
  linkedByUserId: string | null
  linkedAt: Date | null
}

export type OpenContactRecord = ContactRecord & {
  channel: 'web' | 'phone' | 'api'
  agencyName: string
  referrerName: string | null
  assigneeName: string | null
}

function contactColumns(db: Db) {
  return db
    .selectFrom('contact as c')
    .innerJoin('referral as r', 'r.id', 'c.referral_id')
    .select([
      'c.id',
      'c.referral_id',
      'r.reference',
      'c.status',
      'c.version',
      'c.received_at',
      'c.decision_due_at',
      'c.source_code',
      'c.immediate_danger',
      'c.assigned_to_user_id',
      'c.assigned_at',
      'c.overdue_at',
      'c.decided_at',
      'c.final_outcome',
      'c.final_level',
      'c.repeat_contact_count',
    ])
}

type ContactRow = Awaited<ReturnType<ReturnType<typeof contactColumns>['executeTakeFirstOrThrow']>>

function toContact(row: ContactRow): ContactRecord {
  return {
    id: row.id,
    referralId: row.referral_id,
    reference: row.reference ?? '',
    status: row.status,
    version: row.version,
    receivedAt: row.received_at,
    decisionDueAt: row.decision_due_at,
    sourceCode: row.source_code,
    immediateDanger: row.immediate_danger,
    assignedToUserId: row.assigned_to_user_id,
    assignedAt: row.assigned_at,
    overdueAt: row.overdue_at,
    decidedAt: row.decided_at,
    finalOutcome: row.final_outcome,
    finalLevel: row.final_level,
    repeatContactCount: row.repeat_contact_count,
  }
}

export async function findContact(db: Db, id: string, options: { forUpdate?: boolean } = {}) {
  let query = contactColumns(db).where('c.id', '=', id)
  if (options.forUpdate) query = query.forUpdate('c')
  const row = await query.executeTakeFirst()
  return row && toContact(row)
}

export async function findContactForReferral(db: Db, referralId: string): Promise<ContactRecord | undefined> {
  const row = await contactColumns(db).where('c.referral_id', '=', referralId).executeTakeFirst()
  return row && toContact(row)
}

/** Every contact not yet decided, with who referred and who has it. */
export async function listOpenContacts(db: Db): Promise<OpenContactRecord[]> {
  const rows = await contactColumns(db)
    .innerJoin('agency as a', 'a.id', 'r.referring_agency_id')
    .leftJoin('app_user as assignee', 'assignee.id', 'c.assigned_to_user_id')
    .select([
      'r.channel',
      'a.name as agency_name',
      'assignee.display_name as assignee_name',
      sql<string | null>`r.content -> 'referrer' ->> 'name'`.as('referrer_name'),
    ])
    .where('c.status', '!=', 'decided')
    .orderBy('c.decision_due_at')
    .execute()
  return rows.map(row => ({
    ...toContact(row),
    channel: row.channel,
    agencyName: row.agency_name,
    referrerName: row.referrer_name,
    assigneeName: row.assignee_name,
  }))
}

export type ContactChanges = Partial<{
  status: ScreeningState
  assignedToUserId: string | null
  assignedAt: Date | null
  decidedAt: Date | null
  finalOutcome: string | null
  finalLevel: number | null
  repeatContactCount: number
}>

/** Applies the changes if nobody changed the contact since `expectedVersion`; false if they did. */
export async function updateContact(db: Db, id: string, expectedVersion: number, changes: ContactChanges) {
  const result = await db
    .updateTable('contact')
    .set({
      ...(changes.status !== undefined ? { status: changes.status } : {}),
      ...(changes.assignedToUserId !== undefined ? { assigned_to_user_id: changes.assignedToUserId } : {}),
      ...(changes.assignedAt !== undefined ? { assigned_at: changes.assignedAt } : {}),
      ...(changes.decidedAt !== undefined ? { decided_at: changes.decidedAt } : {}),
      ...(changes.finalOutcome !== undefined ? { final_outcome: changes.finalOutcome } : {}),
      ...(changes.finalLevel !== undefined ? { final_level: changes.finalLevel } : {}),
      ...(changes.repeatContactCount !== undefined ? { repeat_contact_count: changes.repeatContactCount } : {}),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .executeTakeFirst()
  return Number(result.numUpdatedRows) === 1
}

export async function listContactPeople(db: Db, referralIds: readonly string[]): Promise<ContactPersonRecord[]> {
  if (referralIds.length === 0) return []
  const rows = await db
    .selectFrom('referral_person')
    .selectAll()
    .where('referral_id', 'in', referralIds)
    .orderBy('role', 'desc')
    .orderBy('id')
    .execute()
  return rows.map(row => ({
    id: row.id,
    referralId: row.referral_id,
    role: row.role,
    contentId: row.content_id,
    givenName: row.given_name,
    familyName: row.family_name,
    dateOfBirth: row.date_of_birth,
    expectedDate: row.expected_date,
    sex: row.sex,
    nhsNumber: row.nhs_number,
    postcode: row.postcode,
    personId: row.person_id,
    linkKind: row.link_kind,
    linkedByUserId: row.linked_by_user_id,
    linkedAt: row.linked_at,
  }))
}

export async function linkReferralPerson(
  db: Db,
  referralPersonId: string,
  link: { personId: string; kind: 'matched' | 'new-person'; userId: string; at: Date },
): Promise<void> {
  await db
    .updateTable('referral_person')
    .set({ person_id: link.personId, link_kind: link.kind, linked_by_user_id: link.userId, linked_at: link.at })
    .where('id', '=', referralPersonId)
    .execute()
}

/**
 * When each other contact about any of these people, or anyone in their households, arrived:
 * what the repeat-contact flag and the double-screening rules count.
 */
export async function listOtherContactTimesAboutPeople(
  db: Db,
  personIds: readonly string[],
  options: { excludeContactId: string; from: Date; to: Date },
): Promise<Date[]> {
  if (personIds.length === 0) return []
  const rows = await db
    .selectFrom('contact as c')
    .innerJoin('referral_person as rp', 'rp.referral_id', 'c.referral_id')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .select(['c.id', 'c.received_at'])
    .distinct()
    .where('c.id', '!=', options.excludeContactId)
    .where('c.received_at', '>=', options.from)
    .where('c.received_at', '<=', options.to)
    .where(eb =>
      eb.or([
        eb('p.id', 'in', personIds),
        eb(
          'p.household_id',
          'in',
          eb.selectFrom('person').select('household_id').where('id', 'in', personIds).where('household_id', 'is not', null),
        ),
      ]),
    )
    .execute()
  return rows.map(r => r.received_at)
}
