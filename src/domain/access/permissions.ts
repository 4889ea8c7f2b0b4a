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

/** The parts of a professional disagreement that decide who may see it. */
export type DisagreementAccessSubject = Readonly<{
  raisedByUserId: string
  raisedByAgencyId: string
  /** The current stage's responderRoles. */
  responderRoles: readonly Role[]
  /** Everyone who has responded to it, at any stage. */
  pastResponderUserIds: readonly string[]
}>

/**
 * The roles an actor holds that count on the responding side of a disagreement: those held in
 * children's social care or the partnership business unit. A partner agency's own staff are on
 * the raiser's side, so a senior manager in the police does not answer for the front door.
 */
export function disagreementResponderRoles(actor: Actor): Role[] {
  if (actor.agencyKind === 'childrens_social_care' || actor.agencyKind === 'partnership') return [...actor.roles]
  return []
}

/** Responds at a stage with these responderRoles. */
export function isDisagreementResponder(actor: Actor, responderRoles: readonly Role[]): boolean {
  return disagreementResponderRoles(actor).some(role => responderRoles.includes(role))
}

/** Anyone who makes referrals or works the front door may disagree; oversight roles do not raise. */
export function canRaiseDisagreement(actor: Actor): boolean {
  if (isFrontDoor(actor)) return true
  if (actor.agencyKind === 'partnership') return false
  return hasRole(actor, 'referrer', 'agency_safeguarding_lead', 'senior_manager')
}

export function canViewDisagreement(actor: Actor, d: DisagreementAccessSubject): boolean {
  if (actor.userId === d.raisedByUserId || d.pastResponderUserIds.includes(actor.userId)) return true
  if (isDisagreementResponder(actor, d.responderRoles)) return true
  if (canTrackDisagreements(actor)) return true
  // The raiser's own agency leads take it up at the manager stages (domain.md §2.3).
  return actor.agencyId === d.raisedByAgencyId && hasRole(actor, 'agency_safeguarding_lead', 'senior_manager')
}

/** The partnership escalation tracker: front door and senior managers in CSC, and the partnership. */
export function canTrackDisagreements(actor: Actor): boolean {
  if (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'front_door_manager', 'senior_manager')) {
    return true
  }
  return actor.agencyKind === 'partnership' && hasRole(actor, 'partnership_manager')
}
