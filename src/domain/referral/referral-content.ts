// What a referral says, as the referrer wrote it. Stored as one JSON document while it is a
// draft, so every page can save what was typed even when it is incomplete; checked as a whole
// (validateReferral) before it can be submitted. Dates are ISO 'YYYY-MM-DD' strings.

export type Sex = 'female' | 'male' | 'not-known'
export const SEXES: readonly Sex[] = ['female', 'male', 'not-known']

export type Address = {
  line1?: string
  line2?: string
  town?: string
  postcode?: string
}

export type ChildDetails = {
  /** Stable within the referral, so relationships survive edits and reordering. */
  id: string
  givenName?: string
  familyName?: string
  otherNames?: string
  unborn?: boolean
  dateOfBirth?: string
  expectedDate?: string
  sex?: Sex
  nhsNumber?: string
  address?: Address
  schoolOrSetting?: string
  /** Language, disability, communication needs: what a visitor needs to know. */
  needs?: string
}

export const RELATIONSHIPS = [
  'mother',
  'father',
  'step-parent',
  'mothers-partner',
  'fathers-partner',
  'grandparent',
  'sibling',
  'other-relative',
  'foster-carer',
  'family-friend',
  'other',
] as const
export type Relationship = (typeof RELATIONSHIPS)[number]

export type AdultDetails = {
  id: string
  givenName?: string
  familyName?: string
  dateOfBirth?: string
  address?: Address
  livesWithChildren?: boolean
  /** childId → how this adult is related to that child. */
  relationships?: Record<string, Relationship>
  parentalResponsibility?: 'yes' | 'no' | 'not-known'
  /** Concerns about this adult, e.g. the person alleged to have caused harm. */
  notes?: string
}

export type Concerns = {
  indicatorCodes?: string[]
  description?: string
  /** Free text: "12 November 2026, and most weekends since October". */
  incidentDates?: string
  impactOnChild?: string
  childsVoice?: string
  actionsTaken?: string
}

export type ThresholdLevel = 1 | 2 | 3 | 4
export const THRESHOLD_LEVELS: readonly ThresholdLevel[] = [1, 2, 3, 4]

export type ReferrerView = { level?: ThresholdLevel; reason?: string }

export const LAWFUL_BASES = ['public-task', 'legal-obligation', 'vital-interests', 'consent'] as const
export type LawfulBasis = (typeof LAWFUL_BASES)[number]

export type Consent = {
  parentsInformed?: 'yes' | 'no'
  consentGiven?: 'yes' | 'no' | 'not-sought'
  /** Why parents were not told or consent not sought: e.g. it would put the child at risk. */
  reason?: string
  lawfulBasis?: LawfulBasis
}

export type ReferrerDetails = {
  name?: string
  jobTitle?: string
  agencyName?: string
  phone?: string
  email?: string
}

/** Phone referrals only: who called, and the caller's rights that the handler explained. */
export type CallDetails = {
  callerType?: 'professional' | 'public'
  /** The CIN referral source code the handler chose: 1A–1D or 9 for the public, 2A–8 for professionals. */
  sourceCode?: string
  relationshipToChild?: string
  anonymous?: boolean
  rightsExplained?: boolean
  wantsToSpeakToSocialWorker?: boolean
}

export type ReferralContent = {
  immediateDanger?: 'yes' | 'no'
  children: ChildDetails[]
  adults: AdultDetails[]
  concerns: Concerns
  referrerView: ReferrerView
  consent: Consent
  referrer: ReferrerDetails
  call?: CallDetails
}

export function emptyReferralContent(): ReferralContent {
  return { children: [], adults: [], concerns: {}, referrerView: {}, consent: {}, referrer: {} }
}

export type ReferralChannel = 'web' | 'phone' | 'api'
export const REFERRAL_CHANNELS: readonly ReferralChannel[] = ['web', 'phone', 'api']
