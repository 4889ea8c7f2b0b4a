import { hasRole, type Actor } from './actor.js'
import { RESPONDER_ROLES } from '../disagreement/escalation-policy.js'
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

/**
 * Case access: may know who a child is and open their records. The front door and CSC senior
 * managers have it; partnership roles see disagreements and insight pseudonymised instead.
 */
export function hasCaseAccess(actor: Actor): boolean {
  return isFrontDoor(actor) || (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'senior_manager'))
}

/** Who already knows a child: person and household histories are for the front door and CSC managers. */
export function canViewPersonHistory(actor: Actor): boolean {
  return hasCaseAccess(actor)
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

/** A repeat-contact flag is cleared, with a reason, only by a front door manager (issue 5 §4). */
export function canClearRepeatContactFlag(actor: Actor): boolean {
  return canAuthoriseDecisions(actor)
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
  /** When children's social care disagrees with a partner agency: that agency, which responds. */
  aboutAgencyId: string | null
  /** The current stage's responder roles, on the responding side (see responderRolesAt). */
  responderRoles: readonly Role[]
  /** Everyone who has responded to it, at any stage. */
  pastResponderUserIds: readonly string[]
}>

/**
 * The roles an actor holds that count on the responding side of a disagreement. Usually that is
 * children's social care; when CSC disagrees with a partner agency (`aboutAgencyId`), it is that
 * agency's staff. The partnership business unit is on the responding side of its own stage either
 * way. Anyone else is on the raiser's side, so a senior manager in the police does not answer for
 * the front door.
 */
export function disagreementResponderRoles(actor: Actor, aboutAgencyId: string | null = null): Role[] {
  if (actor.agencyKind === 'partnership') return [...actor.roles]
  const responding =
    aboutAgencyId === null ? actor.agencyKind === 'childrens_social_care' : actor.agencyId === aboutAgencyId
  return responding ? [...actor.roles] : []
}

/** Responds at a stage with these responderRoles. */
export function isDisagreementResponder(
  actor: Actor,
  responderRoles: readonly Role[],
  aboutAgencyId: string | null = null,
): boolean {
  return disagreementResponderRoles(actor, aboutAgencyId).some(role => responderRoles.includes(role))
}

/** Anyone who makes referrals or works the front door may disagree; oversight roles do not raise. */
export function canRaiseDisagreement(actor: Actor): boolean {
  if (isFrontDoor(actor)) return true
  if (actor.agencyKind === 'partnership') return false
  return hasRole(actor, 'referrer', 'agency_safeguarding_lead', 'senior_manager')
}

export function canViewDisagreement(actor: Actor, d: DisagreementAccessSubject): boolean {
  if (actor.userId === d.raisedByUserId || d.pastResponderUserIds.includes(actor.userId)) return true
  if (isDisagreementResponder(actor, d.responderRoles, d.aboutAgencyId)) return true
  if (canTrackDisagreements(actor)) return true
  // The raiser's own agency leads take it up at the manager stages (domain.md §2.3).
  return actor.agencyId === d.raisedByAgencyId && hasRole(actor, 'agency_safeguarding_lead', 'senior_manager')
}

/**
 * "My disagreements": for anyone who may raise one, or who holds a role that an escalation
 * policy can ask to respond on the responding side.
 */
export function canSeeOwnDisagreements(actor: Actor): boolean {
  if (canRaiseDisagreement(actor)) return true
  return disagreementResponderRoles(actor).some(role => (RESPONDER_ROLES as readonly Role[]).includes(role))
}

/** The partnership escalation tracker: front door and senior managers in CSC, and the partnership. */
export function canTrackDisagreements(actor: Actor): boolean {
  if (actor.agencyKind === 'childrens_social_care' && hasRole(actor, 'front_door_manager', 'senior_manager')) {
    return true
  }
  return actor.agencyKind === 'partnership' && hasRole(actor, 'partnership_manager')
}
