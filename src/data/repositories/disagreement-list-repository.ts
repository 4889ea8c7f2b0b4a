import type { DisagreementOutcome } from '../../domain/disagreement/disagreement.js'
import type { Db } from '../database.js'

// What the disagreement lists need beyond the summaries: which referral, contact and children each
// disagreement is about, and which disagreements are about a given person.

export type DisagreementLinks = Readonly<{
  raisedByAgencyId: string
  /** When children's social care disagrees with a partner agency: that agency. */
  aboutAgencyName: string | null
  referralId: string | null
  contactId: string | null
  /**
   * The person records it is about: the child it was raised about, and every child on its
   * referral who has been linked to a record. Sorted, each once.
   */
  childPersonIds: readonly string[]
  outcome: DisagreementOutcome | null
  closedAt: Date | null
}>

export async function listDisagreementLinks(db: Db, ids: readonly string[]): Promise<Map<string, DisagreementLinks>> {
  const found = new Map<string, DisagreementLinks>()
  if (ids.length === 0) return found
  const rows = await db
    .selectFrom('disagreement as d')
    .leftJoin('agency as about', 'about.id', 'd.about_agency_id')
    .select(['d.id', 'd.raised_by_agency_id', 'd.referral_id', 'd.contact_id', 'd.person_id', 'd.outcome', 'd.closed_at'])
    .select('about.name as about_agency_name')
    .where('d.id', 'in', [...ids])
    .execute()
  const referralIds = [...new Set(rows.flatMap(r => (r.referral_id ? [r.referral_id] : [])))]
  const children =
    referralIds.length === 0
      ? []
      : await db
          .selectFrom('referral_person')
          .select(['referral_id', 'person_id'])
          .where('referral_id', 'in', referralIds)
          .where('role', '=', 'child')
          .where('person_id', 'is not', null)
          .execute()
  for (const r of rows) {
    const personIds = new Set<string>(r.person_id ? [r.person_id] : [])
    for (const c of children) if (c.referral_id === r.referral_id && c.person_id) personIds.add(c.person_id)
    found.set(r.id, {
      raisedByAgencyId: r.raised_by_agency_id,
      aboutAgencyName: r.about_agency_name,
      referralId: r.referral_id,
      contactId: r.contact_id,
      childPersonIds: [...personIds].sort(),
      outcome: r.outcome,
      closedAt: r.closed_at,
    })
  }
  return found
}

export type DisagreementAboutId = Readonly<{ id: string; raisedByAgencyName: string }>

// Newest first, each with the name of the agency that raised it.
function disagreementsWithRaisingAgency(db: Db) {
  return db
    .selectFrom('disagreement as d')
    .innerJoin('agency as a', 'a.id', 'd.raised_by_agency_id')
    .select(['d.id', 'a.name'])
    .orderBy('d.created_at', 'desc')
    .orderBy('d.reference', 'desc')
}

const toAboutIds = (rows: Array<{ id: string; name: string }>): DisagreementAboutId[] =>
  rows.map(r => ({ id: r.id, raisedByAgencyName: r.name }))

/**
 * The disagreements about a person, newest first: raised about them directly, or about a
 * referral on which they are linked (as a child or an adult).
 */
export async function listDisagreementIdsAboutPerson(db: Db, personId: string): Promise<DisagreementAboutId[]> {
  const rows = await disagreementsWithRaisingAgency(db)
    .where(eb =>
      eb.or([
        eb('d.person_id', '=', personId),
        eb(
          'd.referral_id',
          'in',
          eb.selectFrom('referral_person as rp').select('rp.referral_id').where('rp.person_id', '=', personId),
        ),
      ]),
    )
    .execute()
  return toAboutIds(rows)
}

/** The disagreements raised about a referral (from its feedback or from the referral), newest first. */
export async function listDisagreementIdsAboutReferral(db: Db, referralId: string): Promise<DisagreementAboutId[]> {
  return toAboutIds(await disagreementsWithRaisingAgency(db).where('d.referral_id', '=', referralId).execute())
}
