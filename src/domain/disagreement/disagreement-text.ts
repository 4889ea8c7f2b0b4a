import { formatDate } from '../shared/formatting.js'
import type { DaysLeft, ReminderKind } from './clocks.js'
import { DISAGREEMENT_OUTCOME_TEXT, type DisagreementOutcome } from './disagreement.js'
import type { EscalationStage } from './escalation-policy.js'

// Short messages for notifications and the disagreement's timeline. They name a disagreement by
// its reference only and take no free text, so no child's name can reach an email, a text
// message or a notification list through them.

type StageName = Pick<EscalationStage, 'number' | 'name'>

// The partnership's own stage name, as written: it may hold names or initials that lower case would spoil.
const stageTitle = (stage: StageName): string => `stage ${stage.number} (${stage.name})`
const by = (deadline: Date): string => `by the end of ${formatDate(deadline)}`

export function raisedMessage(reference: string, stage: StageName, deadline: Date): string {
  return `Disagreement ${reference} has been raised at ${stageTitle(stage)}. A response is due ${by(deadline)}.`
}

export function stageEnteredMessage(reference: string, stage: StageName, deadline: Date): string {
  return `Disagreement ${reference} is now at ${stageTitle(stage)}. A response is due ${by(deadline)}.`
}

export function immediateRiskAlertMessage(reference: string): string {
  return `Disagreement ${reference} was raised because a child may be at immediate risk of harm. Look at it now.`
}

export function respondedMessage(reference: string, stage: StageName, lastStage: number): string {
  const next =
    stage.number < lastStage
      ? `Accept the response, or take it to stage ${stage.number + 1} if you still disagree.`
      : 'Accept the response. This is the last stage, so the outcome recorded here is final.'
  return `There is a response to disagreement ${reference} at ${stageTitle(stage)}. ${next}`
}

export function acceptedMessage(reference: string, stage: StageName): string {
  return `The response to disagreement ${reference} at ${stageTitle(stage)} was accepted. The outcome will be recorded next.`
}

export function escalatedMessage(reference: string, from: StageName, to: StageName, deadline: Date): string {
  return `Disagreement ${reference} has been taken from stage ${from.number} to ${stageTitle(to)}. A response is due ${by(deadline)}.`
}

export function noteAddedMessage(reference: string, stage: StageName): string {
  return `A note was added to disagreement ${reference} at ${stageTitle(stage)}.`
}

export function outcomeMessage(
  reference: string,
  outcome: DisagreementOutcome,
  audience: 'raiser' | 'responder',
): string {
  const text = DISAGREEMENT_OUTCOME_TEXT[outcome]
  const meaning = audience === 'raiser' ? text.forRaiser : text.forResponder
  return `Disagreement ${reference} is closed. Outcome: ${text.label}. ${meaning}`
}

/**
 * The reminder for each kind. The offer of the next stage names it when there is one; at the
 * last stage the raiser is pointed to the partnership instead.
 */
export function reminderMessage(
  kind: ReminderKind,
  reference: string,
  stage: StageName,
  deadline: Date,
  nextStage?: StageName,
): string {
  switch (kind) {
    case 'stage-reminder-before':
      return `Reminder: a response to disagreement ${reference} at ${stageTitle(stage)} is due ${by(deadline)}.`
    case 'stage-deadline':
      return `A response to disagreement ${reference} at ${stageTitle(stage)} was due ${by(deadline)}. Respond now.`
    case 'stage-overdue-offer-next':
      return nextStage
        ? `There was no response to disagreement ${reference} at ${stageTitle(stage)} ${by(deadline)}. You can now take it to ${stageTitle(nextStage)}.`
        : `There was no response to disagreement ${reference} at ${stageTitle(stage)} ${by(deadline)}. Contact the safeguarding partnership business unit.`
  }
}

/** "Due today", "2 working days left", "Overdue by 1 working day". */
export function daysLeftText(days: DaysLeft): string {
  const plural = (n: number): string => (n === 1 ? '1 working day' : `${n} working days`)
  if (days.overdue) return days.workingDaysOverdue === 0 ? 'Overdue' : `Overdue by ${plural(days.workingDaysOverdue)}`
  return days.workingDaysLeft === 0 ? 'Due today' : `${plural(days.workingDaysLeft)} left`
}
