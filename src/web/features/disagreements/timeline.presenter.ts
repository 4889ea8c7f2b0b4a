import {
  DISAGREEMENT_OUTCOME_TEXT,
  isDisagreementOutcome,
  REMINDER_RECIPIENTS,
  stageNumbered,
  type EscalationPolicy,
  type ReminderKind,
} from '../../../domain/disagreement/index.js'
import type { DisagreementView } from '../../../services/disagreement/disagreement-views.js'
import { formatDate, formatDateTime } from '../../formatting.js'

// A disagreement's timeline in plain words, oldest first: every step, response, note and
// reminder, so anyone reading it later can see that the challenge was heard and when.

type DisagreementEvent = DisagreementView['timeline'][number]

export type TimelineEntry = Readonly<{
  title: string
  at: string
  by: string
  /** What was written, shown as typed. */
  body: string | null
  /** A plain-words detail, such as when the next response is due. */
  detail: string | null
}>

const str = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isInteger(value) ? value : null)

function stageTitle(policy: EscalationPolicy, number: number | null): string {
  if (number === null) return 'the next stage'
  const stage = stageNumbered(policy, number)
  return stage ? `stage ${number} (${stage.name})` : `stage ${number}`
}

const dueBy = (iso: unknown): string | null => {
  const at = str(iso)
  return at ? `A response is due by the end of ${formatDate(new Date(at))}.` : null
}

const REMINDER_TITLES: Record<ReminderKind, string> = {
  'stage-reminder-before': 'Reminder sent: a response is due soon',
  'stage-deadline': 'The deadline for a response was reached',
  'stage-overdue-offer-next': 'No response in time: the next stage was offered',
}

function isReminderKind(value: unknown): value is ReminderKind {
  return typeof value === 'string' && value in REMINDER_TITLES
}

type Described = Pick<TimelineEntry, 'title' | 'body' | 'detail'>

function describe(e: DisagreementEvent, policy: EscalationPolicy): Described {
  const at = stageTitle(policy, e.stage)
  switch (e.type) {
    case 'raised': {
      const risk = e.data.immediateRisk === true
      return {
        title: `Raised at ${at}`,
        body: null,
        detail:
          [
            risk ? 'A child may be at immediate risk of harm: the duty manager was alerted at once.' : null,
            dueBy(e.data.stageDueAt),
          ]
            .filter(Boolean)
            .join(' ') || null,
      }
    }
    case 'responded':
      return { title: `Responded at ${at}`, body: str(e.data.response), detail: null }
    case 'accepted':
      return { title: `The response at ${at} was accepted`, body: null, detail: null }
    case 'escalated': {
      const to = num(e.data.toStage) ?? e.stage
      return {
        title: `Taken from stage ${num(e.data.fromStage) ?? to - 1} to ${stageTitle(policy, to)}`,
        body: str(e.data.reason),
        detail: dueBy(e.data.stageDueAt),
      }
    }
    case 'note':
      return { title: `Note at ${at}`, body: str(e.data.note), detail: null }
    case 'reminder': {
      const kind = e.data.kind
      if (!isReminderKind(kind)) return { title: 'Reminder sent', body: null, detail: null }
      return {
        title: REMINDER_TITLES[kind],
        body: null,
        detail: `Sent to: ${REMINDER_RECIPIENTS[kind].toLowerCase()}.`,
      }
    }
    case 'closed': {
      const outcome = e.data.outcome
      const label = isDisagreementOutcome(outcome) ? DISAGREEMENT_OUTCOME_TEXT[outcome].label : 'Outcome recorded'
      return { title: `Closed: ${label}`, body: str(e.data.reasons), detail: null }
    }
    default: {
      // A kind of event this page does not know yet is still shown, never dropped.
      const words = e.type.replace(/[-_]+/g, ' ')
      return { title: `${words.charAt(0).toUpperCase()}${words.slice(1)} at ${at}`, body: null, detail: null }
    }
  }
}

export function timelineEntries(
  events: readonly DisagreementEvent[],
  policy: EscalationPolicy,
  names: Readonly<Record<string, string>>,
): TimelineEntry[] {
  return events.map(e => ({
    ...describe(e, policy),
    at: formatDateTime(e.occurredAt),
    by: e.actorUserId === null ? 'Threshold (automatic)' : (names[e.actorUserId] ?? 'Someone no longer listed'),
  }))
}
