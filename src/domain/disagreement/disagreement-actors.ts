import { ROLE_LABELS, type Role } from '../access/roles.js'
import { fail, ok, type Result } from '../shared/result.js'
import {
  nextDisagreementState,
  type DisagreementCommand,
  type DisagreementContext,
  type DisagreementPosition,
  type DisagreementState,
  type DisagreementTransitionRefused,
} from './disagreement-lifecycle.js'

// Who may do what to a disagreement. The raiser accepts or escalates; the responders named by
// the current stage respond; both sides log discussions; a responder or the partnership records
// the outcome. Nobody answers their own challenge. Enforced here, so the web, the API and the
// CLI cannot differ. Which agency's responders see it (a referral's own front door, or the
// partner agency CSC disagrees with) is for the service to route.

export type DisagreementActor = Readonly<{ userId: string; roles: readonly Role[] }>

export type DisagreementParties = Readonly<{
  raisedByUserId: string
  /** The current stage's responderRoles. */
  responderRoles: readonly Role[]
}>

export type ActorRefused = Readonly<{ kind: 'only-raiser' | 'own-disagreement' | 'needs-role'; reason: string }>

export type DisagreementCommandRefused = DisagreementTransitionRefused | ActorRefused

const article = (label: string): string => (/^[aeiou]/i.test(label) ? `an ${label}` : `a ${label}`)

/** "a front door practitioner or a front door manager" */
export function describeRoles(roles: readonly Role[]): string {
  const names = roles.map(role => article(ROLE_LABELS[role].toLowerCase()))
  if (names.length <= 1) return names[0] ?? 'a responder'
  return `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}`
}

export const ACTOR_REASONS = {
  ownDisagreement: 'You raised this disagreement, so someone else must respond to it.',
  ownOutcome: 'You raised this disagreement, so a responder or the partnership business unit records the outcome.',
  onlyRaiserAccepts: 'Only the person who raised this disagreement can accept the response.',
  onlyRaiserEscalates: 'Only the person who raised this disagreement can take it to the next stage.',
  needsResponder: (roles: readonly Role[]) => `Only ${describeRoles(roles)} can respond at this stage.`,
  needsParty:
    'Only the person who raised this disagreement, the responders at this stage or the partnership business unit can add notes.',
  needsCloser: (roles: readonly Role[]) =>
    `Only ${describeRoles(roles)} or the partnership business unit can record the outcome at this stage.`,
} as const

const hasAny = (actor: DisagreementActor, roles: readonly Role[]): boolean =>
  roles.some(role => actor.roles.includes(role))

export function canActOnDisagreement(
  command: DisagreementCommand,
  actor: DisagreementActor,
  parties: DisagreementParties,
): Result<true, ActorRefused> {
  const isRaiser = actor.userId === parties.raisedByUserId
  const isResponder = hasAny(actor, parties.responderRoles)
  const isPartnership = actor.roles.includes('partnership_manager')
  switch (command) {
    case 'respond':
      if (isRaiser) return fail({ kind: 'own-disagreement', reason: ACTOR_REASONS.ownDisagreement })
      if (!isResponder) {
        return fail({ kind: 'needs-role', reason: ACTOR_REASONS.needsResponder(parties.responderRoles) })
      }
      return ok(true)
    case 'accept':
      return isRaiser ? ok(true) : fail({ kind: 'only-raiser', reason: ACTOR_REASONS.onlyRaiserAccepts })
    case 'escalate':
      return isRaiser ? ok(true) : fail({ kind: 'only-raiser', reason: ACTOR_REASONS.onlyRaiserEscalates })
    case 'add-note':
      return isRaiser || isResponder || isPartnership
        ? ok(true)
        : fail({ kind: 'needs-role', reason: ACTOR_REASONS.needsParty })
    case 'close':
      if (isRaiser) return fail({ kind: 'own-disagreement', reason: ACTOR_REASONS.ownOutcome })
      if (!isResponder && !isPartnership) {
        return fail({ kind: 'needs-role', reason: ACTOR_REASONS.needsCloser(parties.responderRoles) })
      }
      return ok(true)
  }
}

/**
 * Everything checked before a disagreement command: the lifecycle allows it, then the actor may
 * do it. Returns where the disagreement moves to.
 */
export function checkDisagreementCommand(
  state: DisagreementState,
  command: DisagreementCommand,
  actor: DisagreementActor,
  parties: DisagreementParties,
  context: DisagreementContext,
): Result<DisagreementPosition, DisagreementCommandRefused> {
  const next = nextDisagreementState(state, command, context)
  if (!next.ok) return next
  const allowed = canActOnDisagreement(command, actor, parties)
  if (!allowed.ok) return allowed
  return next
}
