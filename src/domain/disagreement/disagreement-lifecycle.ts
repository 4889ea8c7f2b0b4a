import { fail, ok, type Result } from '../shared/result.js'

// A professional disagreement moves through the stages of the escalation policy. At each stage
// the responders respond; the raiser accepts the response (resolved) or takes it to the next
// stage with a reason. If the responders do not respond in time, the raiser may go to the next
// stage without waiting. A disagreement closes only with a recorded outcome.

export const DISAGREEMENT_STATES = ['open', 'responded', 'resolved', 'closed'] as const
export type DisagreementState = (typeof DISAGREEMENT_STATES)[number]

export const DISAGREEMENT_COMMANDS = ['respond', 'accept', 'escalate', 'add-note', 'close'] as const
export type DisagreementCommand = (typeof DISAGREEMENT_COMMANDS)[number]

/** Where a disagreement stands when a command is tried. */
export type DisagreementContext = Readonly<{
  /** The stage it is at, from 1 to lastStage. */
  stage: number
  /** The number of the policy's last stage (the version the disagreement started under). */
  lastStage: number
  /** Whether the current stage's response deadline has passed. */
  deadlinePassed: boolean
}>

/** The state and the stage after a command. */
export type DisagreementPosition = Readonly<{ state: DisagreementState; stage: number }>

type Move = Readonly<{ to: DisagreementState; nextStage: boolean }>
const stay = (to: DisagreementState): Move => ({ to, nextStage: false })
const nextStage: Move = { to: 'open', nextStage: true }

const TRANSITIONS: Record<DisagreementState, Partial<Record<DisagreementCommand, Move>>> = {
  open: { respond: stay('responded'), escalate: nextStage, 'add-note': stay('open') },
  responded: { accept: stay('resolved'), escalate: nextStage, 'add-note': stay('responded'), close: stay('closed') },
  resolved: { 'add-note': stay('resolved'), close: stay('closed') },
  closed: {},
}

// Why a command is refused in each state, in the words the person acting sees.
const REFUSALS: Record<DisagreementState, Partial<Record<DisagreementCommand, string>>> = {
  open: {
    accept: 'There is no response to accept yet. The responders have until the end of the stage to respond.',
    close:
      'This disagreement cannot be closed until the responders have responded. Respond first, then record the outcome.',
  },
  responded: {
    respond: 'A response has already been given at this stage. Add a note to say more.',
  },
  resolved: {
    respond: 'The response was accepted, so there is nothing more to respond to. Record the outcome to close it.',
    accept: 'The response has already been accepted.',
    escalate:
      'The response was accepted, so this disagreement cannot go to the next stage. If you are still worried about the child, contact the front door.',
  },
  closed: {
    respond: 'This disagreement is closed.',
    accept: 'This disagreement is closed.',
    escalate:
      'This disagreement is closed, so it cannot go to the next stage. If you are still worried about the child, contact the front door or raise a new disagreement.',
    'add-note': 'This disagreement is closed, so nothing more can be added to it.',
    close: 'This disagreement is already closed.',
  },
}

export const ESCALATION_REFUSALS = {
  tooEarly:
    'The responders still have time to respond at this stage. You can go to the next stage once the deadline has passed, or once they respond.',
  lastStage:
    'This is the last stage of the escalation policy, so there is no further stage. The outcome recorded here is final.',
} as const

export type DisagreementTransitionRefused = Readonly<{
  kind: 'not-allowed' | 'too-early' | 'last-stage'
  state: DisagreementState
  command: DisagreementCommand
  reason: string
}>

function assertContext(context: DisagreementContext): void {
  const { stage, lastStage } = context
  if (!Number.isInteger(lastStage) || lastStage < 1 || !Number.isInteger(stage) || stage < 1 || stage > lastStage) {
    throw new RangeError(`A disagreement cannot be at stage ${stage} of a policy with ${lastStage} stages`)
  }
}

export function nextDisagreementState(
  state: DisagreementState,
  command: DisagreementCommand,
  context: DisagreementContext,
): Result<DisagreementPosition, DisagreementTransitionRefused> {
  assertContext(context)
  const move = TRANSITIONS[state][command]
  if (move === undefined) {
    const reason = REFUSALS[state][command] ?? 'This cannot be done at this point in the disagreement.'
    return fail({ kind: 'not-allowed', state, command, reason })
  }
  if (move.nextStage) {
    if (context.stage >= context.lastStage) {
      return fail({ kind: 'last-stage', state, command, reason: ESCALATION_REFUSALS.lastStage })
    }
    if (state === 'open' && !context.deadlinePassed) {
      return fail({ kind: 'too-early', state, command, reason: ESCALATION_REFUSALS.tooEarly })
    }
    return ok({ state: move.to, stage: context.stage + 1 })
  }
  return ok({ state: move.to, stage: context.stage })
}

/** Still needs something from someone: shown on "My disagreements" and the partnership tracker. */
export function isActive(state: DisagreementState): boolean {
  return state !== 'closed'
}

/** How each state reads in a list or a timeline. */
export const DISAGREEMENT_STATE_TEXT: Record<DisagreementState, string> = {
  open: 'Waiting for a response',
  responded: 'Responded: waiting for the raiser to accept or escalate',
  resolved: 'Resolved: waiting for the outcome to be recorded',
  closed: 'Closed',
}

export const DISAGREEMENT_COMMAND_LABELS: Record<DisagreementCommand, string> = {
  respond: 'Respond',
  accept: 'Accept the response',
  escalate: 'Take it to the next stage',
  'add-note': 'Add a note',
  close: 'Record the outcome',
}
