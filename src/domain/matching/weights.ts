// Fellegi–Sunter weights (Fellegi and Sunter 1969). For each way two records can agree or
// disagree on a field, m is how often a true match looks like that and u how often two
// different people do. The level's weight is log2(m / u): positive when the evidence
// favours the same person, negative when it favours different people. A field missing on
// either side weighs 0. The score is the sum over fields.
//
// There is no labelled data to estimate m and u from yet, so these are reasoned estimates,
// stated with the reasoning so that they can be argued with and, once front door staff have
// confirmed or rejected enough suggested matches, re-estimated (by EM on those pairs).
// Volumes assumed: a register of up to a million people, nearly all born in the last 19
// years (about 7,000 possible birth dates); about 20 postcode districts in a partnership.

export type Agreement = { m: number; u: number }

export const AGREEMENT = {
  nhsNumber: {
    // Copied wrongly, or a temporary number, in about 3% of records. Two people share a
    // number only by a recording error: taken as 1 in 100,000 pairs.
    exact: { m: 0.97, u: 0.00001 },
    // A one-digit slip: the modulus 11 check means two valid numbers never differ in one
    // digit, so one of the two is mistyped.
    close: { m: 0.01, u: 0.0001 },
    different: { m: 0.02, u: 1 },
  },
  dateOfBirth: {
    exact: { m: 0.92, u: 1 / 7000 },
    // US-style entry: only dates with the day ≤ 12 can be swapped, and each has one partner.
    swapped: { m: 0.015, u: 1 / 7000 },
    // Typed last year's or next year's birthday; two birthdays share a day and month within a year.
    yearApart: { m: 0.01, u: 2 / 7000 },
    // One digit mistyped or two neighbouring digits exchanged: about 25 real dates are one slip away.
    typo: { m: 0.02, u: 25 / 7000 },
    sameMonthYear: { m: 0.01, u: 30 / 7000 },
    different: { m: 0.025, u: 0.99 },
  },
  givenName: {
    // The commonest forenames are each given to 1–2% of children.
    exact: { m: 0.88, u: 0.01 },
    shortForm: { m: 0.05, u: 0.003 },
    otherName: { m: 0.02, u: 0.002 },
    // Jaro–Winkler ≥ 0.88 also joins some different names (Oliver / Olivia), hence the higher u.
    similar: { m: 0.03, u: 0.005 },
    soundsAlike: { m: 0.015, u: 0.02 },
    initial: { m: 0.02, u: 0.005 },
    different: { m: 0.015, u: 0.97 },
  },
  familyName: {
    // Children's family names change with their families, and referrers often give a
    // parent's: a true match disagrees more often than on any other field.
    exact: { m: 0.85, u: 0.005 },
    part: { m: 0.04, u: 0.001 },
    similar: { m: 0.03, u: 0.003 },
    soundsAlike: { m: 0.015, u: 0.02 },
    different: { m: 0.065, u: 0.98 },
  },
  postcode: {
    // Families known to children's social care move often, so a true match agrees only
    // about 70% of the time. u is set far above the chance that two strangers share a
    // postcode (about 1 in 20,000) on purpose: the weights assume fields are independent,
    // and a child's brothers and sisters share the postcode and the family name, so an
    // undamped postcode would pull siblings up to look like the child.
    exact: { m: 0.7, u: 0.01 },
    sameOutward: { m: 0.12, u: 0.05 },
    different: { m: 0.18, u: 0.94 },
  },
  sex: {
    same: { m: 0.97, u: 0.5 },
    different: { m: 0.03, u: 0.5 },
  },
} as const satisfies Record<string, Record<string, Agreement>>

export type MatchField = keyof typeof AGREEMENT
export type AgreementLevel<F extends MatchField> = keyof (typeof AGREEMENT)[F]

export function agreementWeight({ m, u }: Agreement): number {
  return Math.log2(m / u)
}

const WEIGHTS = Object.fromEntries(
  Object.entries(AGREEMENT).map(([field, levels]) => [
    field,
    Object.fromEntries(Object.entries(levels).map(([level, agreement]) => [level, agreementWeight(agreement)])),
  ]),
) as { [F in MatchField]: Record<AgreementLevel<F>, number> }

export function weightOf<F extends MatchField>(field: F, level: AgreementLevel<F>): number {
  return WEIGHTS[field][level]
}

/**
 * Given and family names found the wrong way round are compared across; the evidence is
 * discounted by log2(4) = 2 because a true match is written that way round about a quarter
 * as often as a coincidence makes a cross-agreement look like one.
 */
export const TRANSPOSED_NAMES_PENALTY = 2

/**
 * Bands for the front door. Strong needs about what name and date of birth together give
 * (26), or an agreeing NHS number that the rest does not mostly contradict (score.ts).
 * Possible starts where a child's twin or a sibling with the same surname and postcode
 * typically lands (16 to 21), so those are never strong.
 */
export const BAND_THRESHOLDS = { strong: 24, possible: 12 } as const
