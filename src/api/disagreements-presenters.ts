import {
  DISAGREEMENT_COMMANDS,
  DISAGREEMENT_OUTCOME_TEXT,
  DISAGREEMENT_STATE_TEXT,
  daysLeftText,
  isDisagreementOutcome,
  REMINDER_KINDS,
  type DaysLeft,
  type ReminderKind,
} from '../domain/disagreement/index.js'
import type { EscalationTracker } from '../services/disagreement/disagreement-lists.js'
import type { DisagreementPageContext } from '../services/disagreement/disagreement-page-context.js'
import type {
  DisagreementListItem,
  DisagreementView,
  MyDisagreement,
} from '../services/disagreement/disagreement-views.js'
import type {
  DisagreementCommandResponse,
  DisagreementResponse,
  MyDisagreementsResponse,
  TimelineEntryResponse,
  TrackerResponse,
} from './disagreements-schema.js'

// Pure: what the disagreement services return in, the documented JSON out.

type Event = DisagreementView['timeline'][number]
type DisagreementRecord = DisagreementView['disagreement']

const iso = (d: Date) => d.toISOString()
type Names = DisagreementPageContext['names']
const userRef = (names: Names, id: string) => ({ id, name: names[id] ?? 'Unknown user' })

export function presentDaysLeft(days: DaysLeft | null) {
  if (!days) return null
  return {
    overdue: days.overdue,
    workingDays: days.overdue ? days.workingDaysOverdue : days.workingDaysLeft,
    text: daysLeftText(days),
  }
}

const str = (value: unknown): string | null => (typeof value === 'string' ? value : null)
const isReminderKind = (value: unknown): value is ReminderKind =>
  typeof value === 'string' && (REMINDER_KINDS as readonly string[]).includes(value)

/** What was written for each kind of event; the rest of an event's data is for Threshold itself. */
function eventText(e: Event): string | null {
  switch (e.type) {
    case 'responded':
      return str(e.data.response)
    case 'escalated':
      return str(e.data.reason)
    case 'note':
      return str(e.data.note)
    case 'closed':
      return str(e.data.reasons)
    default:
      return null
  }
}

export function presentTimelineEntry(e: Event, names: Names): TimelineEntryResponse {
  return {
    type: e.type,
    stage: e.stage,
    at: iso(e.occurredAt),
    by: e.actorUserId ? userRef(names, e.actorUserId) : null,
    text: eventText(e),
    toStage: e.type === 'escalated' && typeof e.data.toStage === 'number' ? e.data.toStage : null,
    outcome: e.type === 'closed' && isDisagreementOutcome(e.data.outcome) ? e.data.outcome : null,
    reminder: e.type === 'reminder' && isReminderKind(e.data.kind) ? e.data.kind : null,
  }
}

/** `context` says who the people are and which linked records this caller may open. */
export function presentDisagreement(view: DisagreementView, context: DisagreementPageContext): DisagreementResponse {
  const d = view.disagreement
  const s = view.stage
  return {
    id: d.id,
    reference: d.reference,
    state: d.state,
    stateText: DISAGREEMENT_STATE_TEXT[d.state],
    version: d.version,
    raisedVia: d.raisedVia,
    raisedBy: { id: d.raisedByUserId, name: context.raisedBy?.name ?? 'Unknown user' },
    raisedByAgency: { id: d.raisedByAgencyId, name: context.raisedByAgencyName },
    aboutAgency: d.aboutAgencyId ? { id: d.aboutAgencyId, name: context.aboutAgencyName ?? 'Unknown agency' } : null,
    referralId: context.referral?.id ?? null,
    contactId: context.contact?.id ?? null,
    personId: context.personId,
    subject: d.subject,
    reasons: d.reasons,
    evidence: d.evidence,
    outcomeWanted: d.outcomeWanted,
    immediateRisk: d.immediateRisk,
    createdAt: iso(d.createdAt),
    policyVersion: d.policyVersion,
    lastStage: view.lastStage,
    stage: {
      number: s.number,
      name: s.name,
      description: s.description,
      responders: { raiserSide: s.responders.raiserSide, responderSide: s.responders.responderSide },
      responderRoles: [...s.responderRoles],
      respondWithinWorkingDays: s.respondWithinWorkingDays,
      enteredAt: iso(d.stageEnteredAt),
      dueAt: iso(d.stageDueAt),
      daysLeft: presentDaysLeft(view.daysLeft),
    },
    outcome:
      d.outcome && d.closedAt
        ? {
            outcome: d.outcome,
            label: DISAGREEMENT_OUTCOME_TEXT[d.outcome].label,
            reasons: d.outcomeReason ?? '',
            newDecisionId: d.newDecisionId,
            closedAt: iso(d.closedAt),
          }
        : null,
    allowedActions: DISAGREEMENT_COMMANDS.filter(command => view.can[command]),
    timeline: view.timeline.map(e => presentTimelineEntry(e, context.names)),
  }
}

function presentListItem(i: DisagreementListItem) {
  return {
    id: i.id,
    reference: i.reference,
    stage: i.stage,
    stageName: i.stageName,
    state: i.state,
    subject: i.subject,
    raisedVia: i.raisedVia,
    raisedByAgencyName: i.raisedByAgencyName,
    immediateRisk: i.immediateRisk,
    createdAt: iso(i.createdAt),
    stageDueAt: iso(i.stageDueAt),
    daysLeft: presentDaysLeft(i.daysLeft),
    overdue: i.overdue,
  }
}

export function presentMyDisagreements(items: readonly MyDisagreement[]): MyDisagreementsResponse {
  return { items: items.map(i => ({ ...presentListItem(i), myPart: i.myPart })) }
}

/** Field by field, so nothing a later list item gains (such as a child's name) leaks into the tracker. */
export function presentTracker(tracker: EscalationTracker): TrackerResponse {
  return {
    items: tracker.items.map(i => ({
      ...presentListItem(i),
      ageInWorkingDays: i.ageInWorkingDays,
      aboutAgencyName: i.aboutAgencyName,
      children: i.children.map(c => ({ pseudonym: c.pseudonym, personId: c.personId })),
      noChild: i.noChild,
      caseLink: i.caseLink ? { referralId: i.caseLink.referralId, contactId: i.caseLink.contactId } : null,
    })),
    caseAccess: tracker.caseAccess,
  }
}

export function presentCommandResult(d: DisagreementRecord): DisagreementCommandResponse {
  return {
    id: d.id,
    reference: d.reference,
    state: d.state,
    stage: d.stage,
    stageDueAt: iso(d.stageDueAt),
    version: d.version,
  }
}
