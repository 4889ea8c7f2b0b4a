import type { Role } from '../access/roles.js'
import type { EscalationStage } from './escalation-policy.js'

// Who responds at a stage depends on which way the disagreement runs. The escalation policy
// names the responders for the usual case, a partner agency disagreeing with children's social
// care. When CSC disagrees with a partner agency's action, the partner agency responds, each
// stage at the same level: its practitioner, its designated safeguarding lead, its senior
// managers. The partnership business unit keeps its own stage either way (domain.md §2.3).

const PARTNER_LEVEL: Record<Role, Role | null> = {
  referrer: 'referrer',
  front_door_practitioner: 'referrer',
  agency_safeguarding_lead: 'agency_safeguarding_lead',
  front_door_manager: 'agency_safeguarding_lead',
  senior_manager: 'senior_manager',
  partnership_manager: 'partnership_manager',
  moderation_panel_member: null,
  administrator: null,
  auditor: null,
}

/** The roles asked to respond at `stage`; `aboutAgencyId` is set when CSC disagrees with a partner agency. */
export function responderRolesAt(stage: Pick<EscalationStage, 'responderRoles'>, aboutAgencyId: string | null): Role[] {
  if (aboutAgencyId === null) return [...stage.responderRoles]
  return [...new Set(stage.responderRoles.flatMap(role => PARTNER_LEVEL[role] ?? []))]
}
