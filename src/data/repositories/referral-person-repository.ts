import type { ReferralContent } from '../../domain/referral/referral-content.js'
import type { Db } from '../database.js'

/** One row per child and adult named in a submitted referral, for matching and chronology. */
export async function insertReferralPeople(db: Db, referralId: string, content: ReferralContent): Promise<void> {
  const rows = [
    ...content.children.map(c => ({
      referral_id: referralId,
      role: 'child' as const,
      content_id: c.id,
      given_name: c.givenName ?? null,
      family_name: c.familyName ?? null,
      date_of_birth: c.unborn ? null : (c.dateOfBirth ?? null),
      expected_date: c.unborn ? (c.expectedDate ?? null) : null,
      sex: c.sex ?? null,
      nhs_number: c.nhsNumber ?? null,
      postcode: c.address?.postcode ?? null,
    })),
    ...content.adults.map(a => ({
      referral_id: referralId,
      role: 'adult' as const,
      content_id: a.id,
      given_name: a.givenName ?? null,
      family_name: a.familyName ?? null,
      date_of_birth: a.dateOfBirth ?? null,
      expected_date: null,
      sex: null,
      nhs_number: null,
      postcode: a.address?.postcode ?? null,
    })),
  ]
  if (rows.length > 0) await db.insertInto('referral_person').values(rows).execute()
}

export async function countReferralPeople(db: Db, referralId: string): Promise<{ children: number; adults: number }> {
  const rows = await db
    .selectFrom('referral_person')
    .select(['role'])
    .where('referral_id', '=', referralId)
    .execute()
  return { children: rows.filter(r => r.role === 'child').length, adults: rows.filter(r => r.role === 'adult').length }
}
