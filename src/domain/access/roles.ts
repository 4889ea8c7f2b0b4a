// The roles of DESIGN.md §1. The string values are stored in user_role.role and must match
// the check constraint in the migrations.
export const ROLES = [
  'referrer',
  'agency_safeguarding_lead',
  'front_door_practitioner',
  'front_door_manager',
  'senior_manager',
  'moderation_panel_member',
  'partnership_manager',
  'administrator',
  'auditor',
] as const
export type Role = (typeof ROLES)[number]

export const ROLE_LABELS: Record<Role, string> = {
  referrer: 'Referrer',
  agency_safeguarding_lead: 'Agency safeguarding lead',
  front_door_practitioner: 'Front door practitioner',
  front_door_manager: 'Front door manager',
  senior_manager: 'Senior manager',
  moderation_panel_member: 'Moderation panel member',
  partnership_manager: 'Partnership manager',
  administrator: 'Administrator',
  auditor: 'Auditor',
}

export const AGENCY_KINDS = [
  'health_visiting',
  'gp',
  'school',
  'police',
  'probation',
  'housing',
  'early_help',
  'voluntary',
  'childrens_social_care',
  'partnership',
] as const
export type AgencyKind = (typeof AGENCY_KINDS)[number]

/**
 * Health, schools, police and the rest. Children's social care and the partnership business
 * unit are not partner agencies: CSC disagrees with partners, and the business unit oversees.
 */
export function isPartnerAgencyKind(kind: AgencyKind): boolean {
  return kind !== 'childrens_social_care' && kind !== 'partnership'
}

export const AGENCY_KIND_LABELS: Record<AgencyKind, string> = {
  health_visiting: 'Health visiting',
  gp: 'GP practice',
  school: 'School',
  police: 'Police',
  probation: 'Probation',
  housing: 'Housing',
  early_help: 'Early help',
  voluntary: 'Voluntary organisation',
  childrens_social_care: "Children's social care",
  partnership: 'Partnership business unit',
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value)
}

export function isAgencyKind(value: string): value is AgencyKind {
  return (AGENCY_KINDS as readonly string[]).includes(value)
}
