import { compactNhsNumber, compactPostcode, dateParts, nameTokens, type DateParts } from './normalise.js'
import type { PersonDetails } from './person-details.js'

/**
 * A person's details normalised once for comparison: a search scores one query against up
 * to a couple of hundred candidates, and normalising every value again for each pair was
 * most of the cost.
 */
export type PreparedPerson = {
  details: PersonDetails
  given: string[]
  family: string[]
  dateOfBirth: DateParts | undefined
  nhsNumber: string
  postcode: string
}

export function preparePerson(details: PersonDetails): PreparedPerson {
  return {
    details,
    given: nameTokens(details.givenName),
    family: nameTokens(details.familyName),
    dateOfBirth: dateParts(details.dateOfBirth),
    nhsNumber: compactNhsNumber(details.nhsNumber),
    postcode: compactPostcode(details.postcode),
  }
}
