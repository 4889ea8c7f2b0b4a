import type { PersonDetails, PersonSex } from '../../domain/matching/index.js'
import type { ContactPersonRecord } from '../../data/repositories/front-door-repository.js'

// Someone named on a referral, as the matcher compares them with people on record.

const SEXES: readonly PersonSex[] = ['female', 'male', 'not-known']

export function detailsOf(p: ContactPersonRecord): PersonDetails {
  const details: PersonDetails = {}
  if (p.givenName) details.givenName = p.givenName
  if (p.familyName) details.familyName = p.familyName
  if (p.dateOfBirth) details.dateOfBirth = p.dateOfBirth
  if (p.nhsNumber) details.nhsNumber = p.nhsNumber
  if (p.postcode) details.postcode = p.postcode
  if (p.sex && (SEXES as readonly string[]).includes(p.sex)) details.sex = p.sex as PersonSex
  return details
}
