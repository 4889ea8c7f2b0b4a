// The people the front door checks a referral against (issue 4 §2, "Checks"): who already
// knows this child? Every field is optional because referrers often do not know them all;
// a missing field is never evidence for or against a match.

export type PersonSex = 'female' | 'male' | 'not-known'

export type PersonDetails = {
  givenName?: string
  familyName?: string
  /** ISO 'YYYY-MM-DD'; anything else is treated as missing. */
  dateOfBirth?: string
  nhsNumber?: string
  postcode?: string
  sex?: PersonSex
}

/** A person already on record, as the matcher sees them. */
export type MatchCandidate = PersonDetails & { id: string }

/** A person on record, with what the matcher does not use. */
export type Person = MatchCandidate & {
  /** An unborn baby's expected date of delivery, ISO 'YYYY-MM-DD'. */
  expectedDate?: string
  householdId?: string
}
