import type { Actor } from './actor.js'
import type { Role } from './roles.js'

// Each role lands on the page where its work starts. A user with several roles lands on the
// page of the most operational one: front door work cannot wait behind a report.
export type LandingPage =
  | 'front-door'
  | 'agency-referrals'
  | 'my-referrals'
  | 'escalations'
  | 'moderation'
  | 'partnership'
  | 'administration'
  | 'audit'

const PRECEDENCE: ReadonlyArray<[Role, LandingPage]> = [
  ['front_door_manager', 'front-door'],
  ['front_door_practitioner', 'front-door'],
  ['agency_safeguarding_lead', 'agency-referrals'],
  ['referrer', 'my-referrals'],
  ['senior_manager', 'escalations'],
  ['moderation_panel_member', 'moderation'],
  ['partnership_manager', 'partnership'],
  ['administrator', 'administration'],
  ['auditor', 'audit'],
]

export function landingPageFor(actor: Actor): LandingPage | undefined {
  return PRECEDENCE.find(([role]) => actor.roles.includes(role))?.[1]
}

/** A user may open the landing page of any role they hold. */
export function canOpenLandingPage(actor: Actor, page: LandingPage): boolean {
  return PRECEDENCE.some(([role, p]) => p === page && actor.roles.includes(role))
}

export const LANDING_PAGES: readonly LandingPage[] = [...new Set(PRECEDENCE.map(([, p]) => p))]
