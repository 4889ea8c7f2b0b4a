import type { ThresholdLevel } from '../referral/referral-content.js'
import { fail, ok, type Result } from '../shared/result.js'
import type { DecisionOutcome } from './outcomes.js'

// A contact's screening: a screener proposes a decision; when a double-screening rule fires,
// a second screener decides blind and either agrees (the decision stands) or disagrees (a
// manager settles it). Nothing reopens a decided contact: new information is a new contact.

export const SCREENING_STATES = ['awaiting-screening', 'awaiting-second-screen', 'awaiting-manager', 'decided'] as const
export type ScreeningState = (typeof SCREENING_STATES)[number]

export const SCREENING_COMMANDS = ['propose', 'second-screen-agree', 'second-screen-disagree', 'settle'] as const
export type ScreeningCommand = (typeof SCREENING_COMMANDS)[number]

/** Where a command leads, when double screening is and is not required. Only 'propose' differs. */
type Target = Readonly<{ secondScreen: ScreeningState; noSecondScreen: ScreeningState }>
const to = (state: ScreeningState): Target => ({ secondScreen: state, noSecondScreen: state })

const TRANSITIONS: Record<ScreeningState, Partial<Record<ScreeningCommand, Target>>> = {
  'awaiting-screening': { propose: { secondScreen: 'awaiting-second-screen', noSecondScreen: 'decided' } },
  'awaiting-second-screen': { 'second-screen-agree': to('decided'), 'second-screen-disagree': to('awaiting-manager') },
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
    settle:
      'A manager settles a decision only when the second screener disagrees. This one is waiting for its second screen.',
  },
  'awaiting-manager': {
    propose: 'The screeners disagreed about this decision, so a manager must settle it.',
    'second-screen-agree': 'This decision has already been second screened. A manager must now settle it.',
    'second-screen-disagree': 'This decision has already been second screened. A manager must now settle it.',
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
  options: { secondScreenRequired: boolean },
): Result<ScreeningState, ScreeningTransitionRefused> {
  const target = TRANSITIONS[state][command]
  if (target) return ok(options.secondScreenRequired ? target.secondScreen : target.noSecondScreen)
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
  'awaiting-manager': 'Screeners disagree: waiting for a manager',
  decided: 'Decided',
}
