import { hasRole, type Actor } from './actor.js'
import type { Role } from './roles.js'

// Pure access predicates over (actor, subject). Every route asks one of these; nothing else
// decides who may see what (DESIGN.md §1, §7).

/** The parts of a referral that decide who may see it. */
export type ReferralAccessSubject = Readonly<{
  referringAgencyId: string
  referredByUserId: string | null
  recordedByUserId: string
  status: 'draft' | 'submitted' | 'discarded'
}>

const FRONT_DOOR_ROLES: Role[] = ['front_door_practitioner', 'front_door_manager']

export function isFrontDoor(actor: Actor): boolean {
  return actor.agencyKind === 'childrens_social_care' && hasRole(actor, ...FRONT_DOOR_ROLES)
}

export function canViewReferral(actor: Actor, referral: ReferralAccessSubject): boolean {
  // A draft is its author's working copy until it is sent; nobody else reads it.
  if (referral.status !== 'submitted') return referral.recordedByUserId === actor.userId
  if (isFrontDoor(actor)) return true
  if (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'senior_manager')) return true
  if (actor.agencyId !== referral.referringAgencyId) return false
  if (hasRole(actor, 'agency_safeguarding_lead')) return true
  return hasRole(actor, 'referrer') && referral.referredByUserId === actor.userId
}

/** Only the author edits a draft, and only while it is a draft. */
export function canEditReferralDraft(actor: Actor, referral: ReferralAccessSubject): boolean {
  return referral.status === 'draft' && referral.recordedByUserId === actor.userId
}

export function canMakeReferral(actor: Actor): boolean {
  return hasRole(actor, 'referrer', 'agency_safeguarding_lead') && actor.agencyKind !== 'partnership'
}

export function canRecordPhoneReferral(actor: Actor): boolean {
  return isFrontDoor(actor)
}

export function canScreenContacts(actor: Actor): boolean {
  return isFrontDoor(actor)
}

/** The referrer answers the feedback on their own referral: they accept it or disagree. */
export function canRespondToFeedback(actor: Actor, referral: ReferralAccessSubject): boolean {
  return (
    referral.status === 'submitted' && referral.referredByUserId === actor.userId && canViewReferral(actor, referral)
  )
}

/** Who already knows a child: person and household histories are for the front door and CSC managers. */
export function canViewPersonHistory(actor: Actor): boolean {
  return isFrontDoor(actor) || (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'senior_manager'))
}

/** The double-screening rules and front door settings: front door staff, CSC senior managers and partnership roles. */
export function canViewScreeningRules(actor: Actor): boolean {
  if (isFrontDoor(actor)) return true
  if (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'senior_manager')) return true
  return hasRole(actor, 'partnership_manager', 'auditor', 'administrator')
}

export function canAuthoriseDecisions(actor: Actor): boolean {
  return actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'front_door_manager')
}

export function canViewPartnershipInsight(actor: Actor): boolean {
  return hasRole(actor, 'partnership_manager', 'auditor', 'administrator')
}

export function canConfigurePartnership(actor: Actor): boolean {
  return hasRole(actor, 'partnership_manager', 'administrator')
}

export function canAdministerUsers(actor: Actor): boolean {
  return hasRole(actor, 'administrator')
}

export function canReadAuditTrail(actor: Actor): boolean {
  return hasRole(actor, 'auditor', 'administrator')
}

export function canModerate(actor: Actor): boolean {
  return hasRole(actor, 'moderation_panel_member', 'partnership_manager')
}

/** The early help directory holds no child data: anyone with a role may look services up. */
export function canViewEarlyHelpDirectory(actor: Actor): boolean {
  return actor.roles.length > 0
}

/** Demo-only pages such as the notification outbox. */
export function canViewDemoOutbox(actor: Actor, demoMode: boolean): boolean {
  return demoMode && actor.roles.length > 0
}
