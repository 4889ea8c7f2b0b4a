import type { ThresholdLevel } from '../referral/referral-content.js'
import { fail, ok, type Result } from '../shared/result.js'
import type { DecisionOutcome } from './outcomes.js'

// A contact's screening: a screener proposes a decision; when a double-screening rule fires,
// a second screener decides blind and either agrees (the decision stands) or disagrees (a
// manager settles it). When the contact carries repeat-contact flags no manager has reviewed
// (issue 5 §4), a decision that would otherwise be final goes to a manager first. Nothing
// reopens a decided contact: new information is a new contact.

export const SCREENING_STATES = ['awaiting-screening', 'awaiting-second-screen', 'awaiting-manager', 'decided'] as const
export type ScreeningState = (typeof SCREENING_STATES)[number]

export const SCREENING_COMMANDS = ['propose', 'second-screen-agree', 'second-screen-disagree', 'settle'] as const
export type ScreeningCommand = (typeof SCREENING_COMMANDS)[number]

/** Why a decision waits for a front door manager: the screeners disagree, or repeat contacts need review. */
export const MANAGER_REVIEW_REASONS = ['screeners-disagree', 'repeat-contact'] as const
export type ManagerReviewReason = (typeof MANAGER_REVIEW_REASONS)[number]

export const MANAGER_REVIEW_REASON_TEXT: Record<ManagerReviewReason, string> = {
  'screeners-disagree': 'The two screeners reached different decisions.',
  'repeat-contact':
    'This contact is part of a repeat-contact pattern, so a manager must review the decision before it is final.',
}

/** What decides where a command leads: the double-screening rules, and unreviewed repeat-contact flags. */
export type ScreeningRoute = Readonly<{
  secondScreenRequired: boolean
  /** The contact has repeat-contact flags that no manager has reviewed or cleared. */
  managerReviewRequired?: boolean | undefined
}>

type Target = (route: ScreeningRoute) => ScreeningState
const to =
  (state: ScreeningState): Target =>
  () =>
    state
/** Final, unless repeat contacts need a manager's review first. */
const decidedUnlessReview: Target = route => (route.managerReviewRequired ? 'awaiting-manager' : 'decided')

const TRANSITIONS: Record<ScreeningState, Partial<Record<ScreeningCommand, Target>>> = {
  'awaiting-screening': {
    propose: route => (route.secondScreenRequired ? 'awaiting-second-screen' : decidedUnlessReview(route)),
  },
  'awaiting-second-screen': {
    'second-screen-agree': decidedUnlessReview,
    'second-screen-disagree': to('awaiting-manager'),
  },
  'awaiting-manager': { settle: to('decided') },
  decided: {},
}

// Why a command is refused in each state, in the words the screener sees.
const REFUSALS: Record<ScreeningState, Partial<Record<ScreeningCommand, string>>> = {
  'awaiting-screening': {
    'second-screen-agree': 'No decision has been proposed yet, so there is nothing to second screen.',
    'second-screen-disagree': 'No decision has been proposed yet, so there is nothing to second screen.',
    settle: 'No decision has been proposed yet, so there is nothing for a manager to settle.',
  },
  'awaiting-second-screen': {
    propose: 'A decision has already been proposed and is waiting for a second screen.',
    settle: 'A manager settles a decision only after its second screen. This one is waiting for its second screen.',
  },
  'awaiting-manager': {
    propose: 'A decision has already been proposed and is waiting for a front door manager.',
    'second-screen-agree': 'This decision is waiting for a front door manager, not for a second screen.',
    'second-screen-disagree': 'This decision is waiting for a front door manager, not for a second screen.',
  },
  decided: {
    propose: 'This contact has already been decided. Record new information as a new contact.',
    'second-screen-agree': 'This contact has already been decided.',
    'second-screen-disagree': 'This contact has already been decided.',
    settle: 'This contact has already been decided.',
  },
}

export type ScreeningTransitionRefused = Readonly<{
  kind: 'not-allowed'
  state: ScreeningState
  command: ScreeningCommand
  reason: string
}>

export function nextScreeningState(
  state: ScreeningState,
  command: ScreeningCommand,
  route: ScreeningRoute,
): Result<ScreeningState, ScreeningTransitionRefused> {
  const target = TRANSITIONS[state][command]
  if (target) return ok(target(route))
  const reason = REFUSALS[state][command] ?? 'This cannot be done at this stage of screening.'
  return fail({ kind: 'not-allowed', state, command, reason })
}

/** A screener's view of a contact: what should happen and at which threshold level. */
export type ScreeningView = Readonly<{ outcome: DecisionOutcome; level: ThresholdLevel }>

/** The second screen agrees only when both the outcome and the threshold level are the same. */
export function screensAgree(first: ScreeningView, second: ScreeningView): boolean {
  return first.outcome === second.outcome && first.level === second.level
}

/** "awaiting a second screen": how each state reads in a queue or a timeline. */
export const SCREENING_STATE_TEXT: Record<ScreeningState, string> = {
  'awaiting-screening': 'Waiting for screening',
  'awaiting-second-screen': 'Waiting for a second screen',
  'awaiting-manager': 'Waiting for a front door manager',
  decided: 'Decided',
}

/**
 * Why a decision waiting for a manager is there, in order: the screeners disagree (the second
 * screen differs from the proposal), and repeat-contact flags are waiting for review.
 */
export function managerReviewReasons(
  decision: ScreeningView & { secondScreen?: ScreeningView | null | undefined },
  unreviewedRepeatContactFlags: number,
): ManagerReviewReason[] {
  const reasons: ManagerReviewReason[] = []
  if (decision.secondScreen && !screensAgree(decision, decision.secondScreen)) reasons.push('screeners-disagree')
  if (unreviewedRepeatContactFlags > 0) reasons.push('repeat-contact')
  return reasons
}
