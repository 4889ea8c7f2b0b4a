import type { Db } from '../database.js'

// Contacts accepted for a social work response: the CIN census "referral", one row per child,
// with the facts the returns need stored when they happen (domain.md §4.7, §4.8).

export type StatutoryReferralRecord = {
  id: string
  contactId: string
  personId: string
  referralDate: string
  cinSourceCode: string
  acceptedAt: Date
  acceptedByUserId: string
  nfa: boolean
  reReferral: boolean
  previousReferralId: string | null
}

/** The child's latest referral on or after `since` (a 'YYYY-MM-DD' date), if any. */
export async function findLatestReferralSince(db: Db, personId: string, since: string) {
  const row = await db
    .selectFrom('statutory_referral')
    .select(['id', 'referral_date'])
    .where('person_id', '=', personId)
    .where('referral_date', '>=', since)
    .orderBy('referral_date', 'desc')
    .executeTakeFirst()
  return row && { id: row.id, referralDate: row.referral_date }
}

export async function insertStatutoryReferral(
  db: Db,
  r: Omit<StatutoryReferralRecord, 'id'> & { decisionId: string },
): Promise<string> {
  const { id } = await db
    .insertInto('statutory_referral')
    .values({
      contact_id: r.contactId,
      decision_id: r.decisionId,
      person_id: r.personId,
      referral_date: r.referralDate,
      cin_source_code: r.cinSourceCode,
      accepted_at: r.acceptedAt,
      accepted_by_user_id: r.acceptedByUserId,
      nfa: r.nfa,
      re_referral: r.reReferral,
      previous_referral_id: r.previousReferralId,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

export async function listStatutoryReferralsForContact(db: Db, contactId: string): Promise<StatutoryReferralRecord[]> {
  const rows = await db.selectFrom('statutory_referral').selectAll().where('contact_id', '=', contactId).execute()
  return rows.map(r => ({
    id: r.id,
    contactId: r.contact_id,
    personId: r.person_id,
    referralDate: r.referral_date,
    cinSourceCode: r.cin_source_code,
    acceptedAt: r.accepted_at,
    acceptedByUserId: r.accepted_by_user_id,
    nfa: r.nfa,
    reReferral: r.re_referral,
    previousReferralId: r.previous_referral_id,
  }))
}

/** A changed decision: the child's referral now rests on the new decision, and whether it ended in no further action follows it. */
export async function updateStatutoryReferralDecision(
  db: Db,
  id: string,
  changes: { decisionId: string; nfa: boolean },
): Promise<void> {
  await db
    .updateTable('statutory_referral')
    .set({ decision_id: changes.decisionId, nfa: changes.nfa })
    .where('id', '=', id)
    .execute()
}
