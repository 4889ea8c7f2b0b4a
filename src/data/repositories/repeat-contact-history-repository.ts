import { sql } from 'kysely'
import type { Db } from '../database.js'

// The contacts the repeat-contact rules look back over: those about people (or households) on
// record, and those from the same referrer or agency, each with who referred it and how it was
// decided. The service turns these into the pure engine's ContactHistoryItem.

export type HistoryContactRecord = {
  contactId: string
  referralId: string
  receivedAt: Date
  status: string
  decidedAt: Date | null
  finalOutcome: string | null
  channel: 'web' | 'phone' | 'api'
  referredByUserId: string | null
  agencyId: string
  agencyName: string
  agencyKind: string
  /** For a phone contact, the agency the caller said they were from. */
  statedAgencyName: string | null
  callerType: string | null
  /** Accepted as a statutory (CIN census) referral. */
  acceptedAsReferral: boolean
}

function historyColumns(db: Db) {
  return db
    .selectFrom('contact as c')
    .innerJoin('referral as r', 'r.id', 'c.referral_id')
    .innerJoin('agency as a', 'a.id', 'r.referring_agency_id')
    .select(eb => [
      'c.id',
      'c.referral_id',
      'c.received_at',
      'c.status',
      'c.decided_at',
      'c.final_outcome',
      'r.channel',
      'r.referred_by_user_id',
      'r.referring_agency_id',
      'a.name as agency_name',
      'a.kind as agency_kind',
      sql<string | null>`r.content -> 'referrer' ->> 'agencyName'`.as('stated_agency_name'),
      sql<string | null>`r.content -> 'call' ->> 'callerType'`.as('caller_type'),
      eb
        .exists(eb.selectFrom('statutory_referral as sr').select('sr.id').whereRef('sr.contact_id', '=', 'c.id'))
        .as('accepted'),
    ])
}

type HistoryRow = Awaited<ReturnType<ReturnType<typeof historyColumns>['executeTakeFirstOrThrow']>>

function toRecord(row: HistoryRow): HistoryContactRecord {
  return {
    contactId: row.id,
    referralId: row.referral_id,
    receivedAt: row.received_at,
    status: row.status,
    decidedAt: row.decided_at,
    finalOutcome: row.final_outcome,
    channel: row.channel,
    referredByUserId: row.referred_by_user_id,
    agencyId: row.referring_agency_id,
    agencyName: row.agency_name,
    agencyKind: row.agency_kind,
    statedAgencyName: row.stated_agency_name,
    callerType: row.caller_type,
    acceptedAsReferral: Boolean(row.accepted),
  }
}

export async function findHistoryContact(db: Db, contactId: string): Promise<HistoryContactRecord | undefined> {
  const row = await historyColumns(db).where('c.id', '=', contactId).executeTakeFirst()
  return row && toRecord(row)
}

type Window = { excludeContactId: string; from: Date; to: Date }

/** Other contacts in the window with someone on record among these people or in these households. */
export async function listContactsAboutPeople(
  db: Db,
  about: { personIds: readonly string[]; householdIds: readonly string[] },
  window: Window,
): Promise<HistoryContactRecord[]> {
  if (about.personIds.length === 0 && about.householdIds.length === 0) return []
  const rows = await historyColumns(db)
    .where('c.id', '!=', window.excludeContactId)
    .where('c.received_at', '>=', window.from)
    .where('c.received_at', '<=', window.to)
    .where(eb =>
      eb.exists(
        eb
          .selectFrom('referral_person as rp')
          .innerJoin('person as p', 'p.id', 'rp.person_id')
          .select('rp.id')
          .whereRef('rp.referral_id', '=', 'c.referral_id')
          .where(inner =>
            inner.or([
              ...(about.personIds.length > 0 ? [inner('p.id', 'in', [...about.personIds])] : []),
              ...(about.householdIds.length > 0 ? [inner('p.household_id', 'in', [...about.householdIds])] : []),
            ]),
          ),
      ),
    )
    .orderBy('c.received_at')
    .execute()
  return rows.map(toRecord)
}

/**
 * Other contacts in the window from this referrer's account or this agency, newest first, at
 * most `limit`: their people are compared with this contact's before anyone has checked them.
 */
export async function listContactsFromSameSource(
  db: Db,
  source: { referrerUserId: string | null; agencyId: string | null },
  window: Window & { limit: number },
): Promise<HistoryContactRecord[]> {
  if (source.referrerUserId === null && source.agencyId === null) return []
  const rows = await historyColumns(db)
    .where('c.id', '!=', window.excludeContactId)
    .where('c.received_at', '>=', window.from)
    .where('c.received_at', '<=', window.to)
    .where(eb =>
      eb.or([
        ...(source.referrerUserId !== null ? [eb('r.referred_by_user_id', '=', source.referrerUserId)] : []),
        // Phone contacts carry the front door's own agency, so they never count as "the same agency".
        ...(source.agencyId !== null
          ? [eb.and([eb('r.referring_agency_id', '=', source.agencyId), eb('r.channel', '!=', 'phone')])]
          : []),
      ]),
    )
    .orderBy('c.received_at', 'desc')
    .limit(window.limit)
    .execute()
  return rows.map(toRecord)
}

/** Open contacts other than this one, with their referral ids: those a decision elsewhere may concern. */
export async function listOtherOpenContacts(
  db: Db,
  excludeContactId: string,
): Promise<{ contactId: string; referralId: string }[]> {
  const rows = await db
    .selectFrom('contact')
    .select(['id', 'referral_id'])
    .where('status', '!=', 'decided')
    .where('id', '!=', excludeContactId)
    .execute()
  return rows.map(r => ({ contactId: r.id, referralId: r.referral_id }))
}
