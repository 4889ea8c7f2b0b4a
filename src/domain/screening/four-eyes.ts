import { fail, ok, type Result } from '../shared/result.js'
import {
  nextScreeningState,
  type ScreeningCommand,
  type ScreeningState,
  type ScreeningTransitionRefused,
} from './decision-lifecycle.js'

// Four eyes on every double-screened or manager-reviewed decision: nobody second screens their
// own proposal, and a manager settling a disagreement or reviewing repeat contacts is neither
// the proposer nor the second screener. Enforced here, so the web, the API and the CLI cannot differ.

export type FourEyesRefused = Readonly<{
  kind: 'self-approval' | 'incomplete-record'
  reason: string
}>

export type RoleRefused = Readonly<{ kind: 'needs-role'; role: 'screener' | 'manager'; reason: string }>

export type ScreeningCommandRefused = ScreeningTransitionRefused | RoleRefused | FourEyesRefused

/** Who is acting, as the service works it out from the actor's roles. A manager may also screen. */
export type ScreeningActor = Readonly<{ userId: string; isManager: boolean; isScreener: boolean }>

/** Who has acted on the contact so far, and whether its proposal needs (or needed) a second screen. */
export type ScreeningRecord = Readonly<{
  proposedByUserId?: string | null | undefined
  secondScreenedByUserId?: string | null | undefined
  /**
   * For 'propose', the result of evaluateDoubleScreening for the proposal being made; for
   * 'settle', whether the proposal needed a second screen (a manager may review one that did
   * not, when repeat contacts sent it to them).
   */
  secondScreenRequired: boolean
  /** The contact has repeat-contact flags no manager has reviewed: a final decision waits for one. */
  managerReviewRequired?: boolean | undefined
}>

export const FOUR_EYES_REASONS = {
  ownProposal: 'You proposed this decision, so another screener must do the second screen.',
  settleOwnProposal: 'You proposed this decision, so another manager must settle it.',
  settleOwnSecondScreen: 'You did the second screen on this decision, so another manager must settle it.',
  noProposer: 'There is no record of who proposed this decision, so it cannot be second screened. Contact support.',
  noSecondScreener:
    'There is no record of who did the second screen on this decision, so it cannot be settled. Contact support.',
  needsScreener: 'You need to be a front door screener to propose a decision or do a second screen.',
  needsManager: 'Only a front door manager can settle a decision or review repeat contacts.',
} as const

export function canSecondScreen(
  actorUserId: string,
  proposal: { proposedByUserId?: string | null | undefined },
): Result<true, FourEyesRefused> {
  if (!proposal.proposedByUserId) return fail({ kind: 'incomplete-record', reason: FOUR_EYES_REASONS.noProposer })
  if (proposal.proposedByUserId === actorUserId) {
    return fail({ kind: 'self-approval', reason: FOUR_EYES_REASONS.ownProposal })
  }
  return ok(true)
}

/**
 * A manager settles (or reviews) a decision they neither proposed nor second screened. A
 * decision that needed no second screen (`secondScreenRequired: false`, when repeat contacts
 * sent it to a manager) has no second screener to look for; otherwise one must be recorded.
 */
export function canSettle(
  actorUserId: string,
  screens: {
    proposedByUserId?: string | null | undefined
    secondScreenedByUserId?: string | null | undefined
    secondScreenRequired?: boolean | undefined
  },
): Result<true, FourEyesRefused> {
  if (!screens.proposedByUserId) return fail({ kind: 'incomplete-record', reason: FOUR_EYES_REASONS.noProposer })
  if (!screens.secondScreenedByUserId && screens.secondScreenRequired !== false) {
    return fail({ kind: 'incomplete-record', reason: FOUR_EYES_REASONS.noSecondScreener })
  }
  if (screens.proposedByUserId === actorUserId) {
    return fail({ kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnProposal })
  }
  if (screens.secondScreenedByUserId === actorUserId) {
    return fail({ kind: 'self-approval', reason: FOUR_EYES_REASONS.settleOwnSecondScreen })
  }
  return ok(true)
}

function checkRole(command: ScreeningCommand, actor: ScreeningActor): Result<true, RoleRefused> {
  if (command === 'settle') {
    return actor.isManager
      ? ok(true)
      : fail({ kind: 'needs-role', role: 'manager', reason: FOUR_EYES_REASONS.needsManager })
  }
  return actor.isScreener
    ? ok(true)
    : fail({ kind: 'needs-role', role: 'screener', reason: FOUR_EYES_REASONS.needsScreener })
}

function checkFourEyes(
  command: ScreeningCommand,
  actor: ScreeningActor,
  record: ScreeningRecord,
): Result<true, FourEyesRefused> {
  switch (command) {
    case 'propose':
      return ok(true)
    case 'second-screen-agree':
    case 'second-screen-disagree':
      return canSecondScreen(actor.userId, record)
    case 'settle':
      return canSettle(actor.userId, record)
  }
}

/**
 * Everything the service checks before a screening command: the lifecycle allows it, the actor
 * has the role for it, and four eyes hold. Returns the state the contact moves to. The checks
 * run in that order, so the first refusal is the one that explains most.
 */
export function checkScreeningCommand(
  state: ScreeningState,
  command: ScreeningCommand,
  actor: ScreeningActor,
  record: ScreeningRecord,
): Result<ScreeningState, ScreeningCommandRefused> {
  const next = nextScreeningState(state, command, {
    secondScreenRequired: record.secondScreenRequired,
    managerReviewRequired: record.managerReviewRequired,
  })
  if (!next.ok) return next
  const role = checkRole(command, actor)
  if (!role.ok) return role
  const fourEyes = checkFourEyes(command, actor, record)
  if (!fourEyes.ok) return fourEyes
  return next
}
