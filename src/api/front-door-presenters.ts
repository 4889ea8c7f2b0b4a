import { queueFlags, type QueueItem } from '../domain/front-door/queue.js'
import { screensAgree } from '../domain/screening/index.js'
import type { PersonCheck } from '../services/front-door/checks-service.js'
import type { ContactView } from '../services/front-door/contact-service.js'
import type { DecisionRecord } from '../services/front-door/decision-service.js'
import type { FeedbackRecord } from '../services/front-door/feedback-service.js'
import type { Screening } from '../services/front-door/screening-context.js'
import type { ChecksResponse, ContactResponse, FeedbackResponse, QueueResponse } from './front-door-schema.js'

// Pure: what the services return in, the documented JSON out. The one rule here that is not
// plain mapping is the blind second screen.

type Names = ReadonlyMap<string, string>
type ContactPerson = Screening['people'][number]

const iso = (d: Date) => d.toISOString()
const isoOrNull = (d: Date | null | undefined) => (d ? d.toISOString() : null)
const userRef = (names: Names, id: string) => ({ id, name: names.get(id) ?? 'Unknown user' })

export function presentQueue(result: { items: QueueItem[]; total: number }, now: Date): QueueResponse {
  return {
    items: result.items.map(item => ({
      contactId: item.contactId,
      referralId: item.referralId,
      reference: item.reference,
      status: item.status,
      channel: item.channel,
      receivedAt: iso(item.receivedAt),
      decisionDueAt: iso(item.decisionDueAt),
      flags: queueFlags(item, now),
      immediateDanger: item.immediateDanger,
      repeatContactCount: item.repeatContactCount,
      referrerName: item.referrerName,
      agencyName: item.agencyName,
      assignee: item.assignee ? { id: item.assignee.id, name: item.assignee.name } : null,
      children: item.children.map(c => ({ name: c.name, age: c.age })),
    })),
    total: result.total,
  }
}

function presentPerson(p: ContactPerson, names: Names): ContactResponse['people'][number] {
  return {
    id: p.id,
    role: p.role,
    givenName: p.givenName,
    familyName: p.familyName,
    dateOfBirth: p.dateOfBirth,
    expectedDate: p.expectedDate,
    link: p.personId
      ? {
          personId: p.personId,
          kind: p.linkKind,
          by: p.linkedByUserId ? userRef(names, p.linkedByUserId) : null,
          at: isoOrNull(p.linkedAt),
        }
      : null,
  }
}

/**
 * While a second screen is awaited, only the proposer sees the proposal: the second screener
 * (and anyone else) must decide without knowing the first view. The fired rules go too, since
 * their names and reasons give the outcome away ("… with no further action").
 */
export function isBlindTo(decision: DecisionRecord, viewerUserId: string): boolean {
  return decision.status === 'awaiting-second-screen' && decision.proposedByUserId !== viewerUserId
}

function presentDecision(d: DecisionRecord, viewerUserId: string, names: Names): ContactResponse['decision'] {
  const blind = isBlindTo(d, viewerUserId)
  return {
    id: d.id,
    status: d.status,
    blind,
    proposedBy: userRef(names, d.proposedByUserId),
    proposedAt: iso(d.proposedAt),
    thresholdDocumentVersion: d.thresholdDocumentVersion,
    rulesetVersion: d.rulesetVersion,
    proposal: blind
      ? null
      : {
          outcome: d.outcome,
          level: d.level,
          indicatorCodes: d.indicatorCodes,
          rationale: d.rationale,
          feedbackText: d.feedbackText,
          earlyHelpServiceId: d.earlyHelpServiceId,
          rulesFired: d.rulesFired.map(r => ({ ruleId: r.ruleId, name: r.name, reason: r.reason })),
        },
    secondScreen: d.secondScreen
      ? {
          by: userRef(names, d.secondScreen.byUserId),
          at: iso(d.secondScreen.at),
          outcome: d.secondScreen.outcome,
          level: d.secondScreen.level,
          rationale: d.secondScreen.rationale,
          agrees: screensAgree(d, d.secondScreen),
        }
      : null,
    settlement: d.settlement
      ? { by: userRef(names, d.settlement.byUserId), at: iso(d.settlement.at), reason: d.settlement.reason }
      : null,
    final: d.final ? { outcome: d.final.outcome, level: d.final.level, at: iso(d.final.at) } : null,
  }
}

export function presentFeedback(f: FeedbackRecord): FeedbackResponse {
  return {
    id: f.id,
    audience: f.audience,
    status: f.status,
    text: f.bodyText,
    createdAt: iso(f.createdAt),
    dueAt: iso(f.dueAt),
    sentAt: isoOrNull(f.sentAt),
    response: f.response ? { kind: f.response.kind, reason: f.response.reason, at: iso(f.response.at) } : null,
  }
}

export function presentContact(view: ContactView, viewerUserId: string): ContactResponse {
  const c = view.contact
  return {
    id: c.id,
    referralId: c.referralId,
    reference: c.reference,
    status: c.status,
    version: c.version,
    receivedAt: iso(c.receivedAt),
    decisionDueAt: iso(c.decisionDueAt),
    decidedAt: isoOrNull(c.decidedAt),
    immediateDanger: c.immediateDanger,
    repeatContactCount: c.repeatContactCount,
    assignee: c.assignedToUserId ? userRef(view.names, c.assignedToUserId) : null,
    people: view.people.map(p => presentPerson(p, view.names)),
    decision: view.decision ? presentDecision(view.decision, viewerUserId, view.names) : null,
    // Feedback exists only once the decision is final, but say so rather than rely on it.
    feedback: view.feedback && view.decision?.status === 'final' ? presentFeedback(view.feedback) : null,
  }
}

export function presentChecks(screening: Screening, checks: PersonCheck[], names: Names): ChecksResponse {
  return {
    contactId: screening.contact.id,
    status: screening.contact.status,
    version: screening.contact.version,
    people: checks.map(check => ({
      ...presentPerson(check.person, names),
      linkedPerson: check.linked
        ? {
            id: check.linked.id,
            givenName: check.linked.givenName ?? null,
            familyName: check.linked.familyName ?? null,
            dateOfBirth: check.linked.dateOfBirth ?? null,
            householdId: check.linked.householdId ?? null,
          }
        : null,
      matches: check.matches.map(m => ({
        personId: m.candidate.id,
        givenName: m.candidate.givenName ?? null,
        familyName: m.candidate.familyName ?? null,
        dateOfBirth: m.candidate.dateOfBirth ?? null,
        band: m.band,
        score: m.score,
        reasons: m.reasons,
      })),
    })),
  }
}
