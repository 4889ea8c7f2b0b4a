import { sql } from 'kysely'
import type { ContactAboutPerson } from '../../domain/front-door/chronology.js'
import type { Db } from '../database.js'

// What the person and household history pages read: every contact about some people, one row
// per (contact, person). It starts from referral_person.person_id (indexed) and reaches each
// other table by a unique or primary key, so its cost follows the people's own history, not
// the size of the partnership.

type ContactDisagreementRow = { reference: string; stage: number; outcome: string | null; closedAt: string | null }

/**
 * Every contact about any of these people, newest first, one row per (contact, person), with
 * who referred, the decision, the referrer's disagreement and whether it became a statutory
 * referral for that person.
 */
export async function listContactsAboutPeople(db: Db, personIds: readonly string[]): Promise<ContactAboutPerson[]> {
  if (personIds.length === 0) return []
  const rows = await db
    .selectFrom('referral_person as rp')
    .innerJoin('contact as c', 'c.referral_id', 'rp.referral_id')
    .innerJoin('referral as r', 'r.id', 'rp.referral_id')
    .innerJoin('agency as a', 'a.id', 'r.referring_agency_id')
    .innerJoin('person as p', 'p.id', 'rp.person_id')
    .leftJoin('feedback as f', 'f.contact_id', 'c.id')
    .select([
      'c.id as contact_id',
      'c.referral_id',
      'r.reference',
      'c.received_at',
      'a.name as agency_name',
      'a.kind as agency_kind',
      'r.channel',
      sql<string | null>`r.content -> 'call' ->> 'callerType'`.as('caller_type'),
      sql<string | null>`r.content -> 'referrer' ->> 'agencyName'`.as('stated_agency_name'),
      'c.status',
      'c.final_outcome',
      'c.final_level',
      'c.decided_at',
      'p.id as person_id',
      'rp.role',
      'rp.date_of_birth',
      'rp.expected_date',
      'p.date_of_birth as record_date_of_birth',
      sql<Date | null>`case when f.response = 'disagreed' then f.responded_at end`.as('disagreed_at'),
      // The latest professional disagreement about the contact's decision (few per contact).
      sql<ContactDisagreementRow | null>`(
        select json_build_object('reference', d.reference, 'stage', d.stage, 'outcome', d.outcome, 'closedAt', d.closed_at)
        from disagreement d where d.contact_id = c.id order by d.created_at desc limit 1
      )`.as('disagreement'),
      eb =>
        eb
          .exists(
            eb
              .selectFrom('statutory_referral as sr')
              .select(sql.lit(1).as('one'))
              .whereRef('sr.contact_id', '=', 'c.id')
              .whereRef('sr.person_id', '=', 'rp.person_id'),
          )
          .as('statutory_referral'),
    ])
    .where('rp.person_id', 'in', [...personIds])
    .orderBy('c.received_at', 'desc')
    .orderBy('c.id')
    .orderBy('rp.id')
    .execute()

  // A person named twice on one referral is still one row for that contact.
  const seen = new Set<string>()
  const out: ContactAboutPerson[] = []
  for (const row of rows) {
    const key = `${row.contact_id} ${row.person_id}`
    if (seen.has(key)) continue
    seen.add(key)
    out.push({
      contactId: row.contact_id,
      referralId: row.referral_id,
      reference: row.reference ?? '',
      receivedAt: row.received_at,
      agencyName: row.agency_name,
      agencyKind: row.agency_kind,
      channel: row.channel,
      callerType: row.caller_type === 'professional' || row.caller_type === 'public' ? row.caller_type : null,
      statedAgencyName: row.stated_agency_name,
      status: row.status,
      finalOutcome: row.final_outcome,
      finalLevel: row.final_level,
      decidedAt: row.decided_at,
      personId: row.person_id,
      role: row.role,
      dateOfBirth: row.date_of_birth,
      expectedDate: row.expected_date,
      recordDateOfBirth: row.record_date_of_birth,
      disagreedAt: row.disagreed_at === null ? null : new Date(row.disagreed_at),
      disagreement: row.disagreement && {
        reference: row.disagreement.reference,
        stage: row.disagreement.stage,
        outcome: row.disagreement.outcome,
        closedAt: row.disagreement.closedAt === null ? null : new Date(row.disagreement.closedAt),
      },
      statutoryReferral: Boolean(row.statutory_referral),
    })
  }
  return out
}

/** Whether a household exists, members or none. */
export async function householdExists(db: Db, householdId: string): Promise<boolean> {
  const row = await db.selectFrom('household').select('id').where('id', '=', householdId).executeTakeFirst()
  return row !== undefined
}
