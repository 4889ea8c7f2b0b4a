import type { AgencyKind } from '../access/roles.js'
import type { CallDetails } from './referral-content.js'

// Referral source codes from the DfE children in need (CIN) census (domain.md §4.3). Every
// referral records one, so the census return can be built without asking anyone again.

export const REFERRAL_SOURCE_CODES = [
  '1A',
  '1B',
  '1C',
  '1D',
  '2A',
  '2B',
  '3A',
  '3B',
  '3C',
  '3D',
  '3E',
  '3F',
  '4',
  '5A',
  '5B',
  '5C',
  '5D',
  '6',
  '7',
  '8',
  '9',
  '10',
] as const
export type ReferralSourceCode = (typeof REFERRAL_SOURCE_CODES)[number]

export type ReferralSource = { code: ReferralSourceCode; label: string }

/** The census meaning of each code, as the DfE guide words it. */
export const REFERRAL_SOURCE_LABELS: Record<ReferralSourceCode, string> = {
  '1A': 'Individual – family member, relative or carer',
  '1B': 'Individual – acquaintance (including neighbours and child minders)',
  '1C': 'Individual – self',
  '1D': 'Individual – other (including strangers)',
  '2A': 'Schools',
  '2B': 'Education services',
  '3A': 'Health – GP',
  '3B': 'Health – health visitor',
  '3C': 'Health – school nurse',
  '3D': 'Health – other primary health services',
  '3E': 'Health – A&E',
  '3F': 'Health – other (for example a hospice)',
  '4': 'Housing – local authority housing or housing association',
  '5A': 'Local authority services – social care (for example adult social care)',
  '5B': 'Local authority services – other internal department (for example youth offending, but not housing)',
  '5C': "Local authority services – external (for example another council's adult social care)",
  '5D': 'Local authority services – early help',
  '6': 'Police',
  '7': 'Other legal agency – courts, probation, immigration, Cafcass or prison',
  '8': "Other – children's centres, independent providers or voluntary organisations",
  '9': 'Anonymous',
  '10': 'Unknown',
}

// What a call handler chooses from, worded for the radios on the call page.
const source = (code: ReferralSourceCode, label: string): ReferralSource => ({ code, label })

export const PUBLIC_SOURCE_CODES: readonly ReferralSource[] = [
  source('1A', 'A family member, relative or carer'),
  source('1B', 'An acquaintance, such as a neighbour or child minder'),
  source('1C', 'The child or young person themselves'),
  source('1D', 'Someone else, such as a stranger'),
  source('9', 'Anonymous: the caller will not give their name'),
]

export const PROFESSIONAL_SOURCE_CODES: readonly ReferralSource[] = [
  source('2A', 'School'),
  source('2B', 'Education services'),
  source('3A', 'GP'),
  source('3B', 'Health visitor'),
  source('3C', 'School nurse'),
  source('3D', 'Other primary health services'),
  source('3E', 'A&E'),
  source('3F', 'Other health services, such as a hospice'),
  source('4', 'Housing: council housing or a housing association'),
  source('5A', 'Council social care, such as adult social care'),
  source('5B', 'Another council department, such as youth offending (not housing)'),
  source('5C', "Another council's services, such as their adult social care"),
  source('5D', 'Early help'),
  source('6', 'Police'),
  source('7', 'Courts, probation, immigration, Cafcass or prison'),
  source('8', "Children's centre, independent provider or voluntary organisation"),
]

export function sourceCodesFor(callerType: 'professional' | 'public'): readonly ReferralSource[] {
  return callerType === 'public' ? PUBLIC_SOURCE_CODES : PROFESSIONAL_SOURCE_CODES
}

export function isReferralSourceCode(value: unknown): value is ReferralSourceCode {
  return typeof value === 'string' && (REFERRAL_SOURCE_CODES as readonly string[]).includes(value)
}

const AGENCY_SOURCE: Record<AgencyKind, ReferralSourceCode> = {
  health_visiting: '3B',
  gp: '3A',
  school: '2A',
  police: '6',
  probation: '7',
  housing: '4',
  early_help: '5D',
  voluntary: '8',
  childrens_social_care: '5A',
  partnership: '5B',
}

/**
 * The census source of a referral. A phone referral's source is the caller, whom the handler
 * chose a code for; it is never the handler's own agency, so a call with no valid code is
 * 'Unknown' (10). Any other referral comes from the referrer's agency.
 */
export function referralSourceFor(agencyKind: AgencyKind, call?: CallDetails): ReferralSourceCode {
  if (call !== undefined) return isReferralSourceCode(call.sourceCode) ? call.sourceCode : '10'
  return AGENCY_SOURCE[agencyKind]
}
