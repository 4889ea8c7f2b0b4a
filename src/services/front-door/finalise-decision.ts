import type { Actor } from '../../domain/access/actor.js'
import { addWorkingDaysToInstant, toLondonDate } from '../../domain/calendar/index.js'
import { addMonths } from '../../domain/referral/validation-support.js'
import { feedbackNotice } from '../../domain/front-door/feedback-notice.js'
import {
  isNoFurtherActionForReturns,
  isSocialWorkResponse,
  type DecisionOutcome,
} from '../../domain/screening/index.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { cancelDeadlines, findActiveRecipient, insertDeadline } from '../../data/repositories/deadline-repository.js'
import { insertFeedback } from '../../data/repositories/feedback-repository.js'
import { findUserById } from '../../data/repositories/identity-repository.js'
import { enqueueNotification } from '../../data/repositories/notification-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import {
  findLatestReferralSince,
  insertStatutoryReferral,
} from '../../data/repositories/statutory-referral-repository.js'
import type { RightsContacts } from '../../domain/screening/feedback-message.js'
import type { Db } from '../../data/database.js'
import { audit, type RequestContext } from '../audit-service.js'
import { DEFAULT_CONTACT_POINTS, type ServiceDeps } from '../index.js'
import { calendar } from '../referral-service.js'
import { reevaluateRelatedOpenContacts, repeatNoticeForDecision } from './repeat-contact-service.js'
import { recordsEveryContactAsReferral, type Screening } from './screening-context.js'

// What follows a final decision, in the same transaction: the decision clock stops, the contact
// becomes a statutory referral when it is accepted for a social work response (or always, if
// the partnership records every contact as a referral), and the referrer's feedback is written
// with its own clocks: due in one working day, chased after two.

export const FEEDBACK_DUE_DEADLINE = 'feedback-due'
export const FEEDBACK_CHASE_DEADLINE = 'feedback-chase'

export function linkTo(deps: Pick<ServiceDeps, 'contactPoints'>, path: string): string {
  const base = (deps.contactPoints ?? DEFAULT_CONTACT_POINTS).publicUrl.replace(/\/+$/, '')
  return `${base}${path}`
}

/** How a referrer reaches the front door and the escalation policy, as feedback and notices give them. */
export function referrerContacts(deps: Pick<ServiceDeps, 'contactPoints'>): RightsContacts {
  return {
    escalationPolicyUrl: linkTo(deps, '/guidance/escalation'),
    frontDoorPhone: (deps.contactPoints ?? DEFAULT_CONTACT_POINTS).frontDoorPhone,
  }
}

export async function finaliseDecision(
  trx: Db,
  deps: ServiceDeps,
  ctx: RequestContext,
  f: { screening: Screening; decisionId: string; actor: Actor; now: Date },
): Promise<void> {
  const { contact, referral, people } = f.screening
  const decision = await findDecisionForContact(trx, contact.id)
  if (!decision?.final) throw new Error('finaliseDecision called before the decision was final')
  await cancelDeadlines(trx, { subjectType: 'contact', subjectId: contact.id, kinds: ['contact-decision'], now: f.now })

  // A child already open to CSC gets no new referral (domain.md §4.7), whatever the setting.
  const outcome = decision.final.outcome
  if (isSocialWorkResponse(outcome) || (outcome !== 'already-open' && (await recordsEveryContactAsReferral(trx)))) {
    await acceptAsReferral(trx, deps, ctx, f, decision.final.outcome)
  }

  const contacts = referrerContacts(deps)
  const isPublic = referral.channel === 'phone' && referral.content.call?.callerType === 'public'
  // Only an account's address is verified: anything typed into a form is not, so a member of
  // the public or a caller without an account is given the feedback by phone instead.
  const recipient = referral.referredByUserId ? await findActiveRecipient(trx, referral.referredByUserId) : undefined
  const decider = await findUserById(trx, f.actor.userId)
  // A professional who has raised this before is told we noticed, and how to escalate.
  const repeatNotice = isPublic ? undefined : await repeatNoticeForDecision(trx, deps, ctx, contact.id, f.now, contacts)
  const notice = feedbackNotice({
    audience: isPublic ? 'public' : 'professional',
    reference: referral.reference ?? '',
    outcome: decision.final.outcome,
    message: decision.feedbackText,
    decidedBy: { name: decider?.displayName ?? 'The front door', email: decider?.email ?? '' },
    frontDoorPhone: contacts.frontDoorPhone,
    referralUrl: linkTo(deps, `/referrals/${referral.id}`),
    escalationPolicyUrl: contacts.escalationPolicyUrl,
    repeatNotice,
  })
  const dueAt = addWorkingDaysToInstant(calendar, f.now, 1)
  const feedbackId = await insertFeedback(trx, {
    contactId: contact.id,
    decisionId: decision.id,
    audience: isPublic ? 'public' : 'professional',
    recipientUserId: recipient && !isPublic ? recipient.userId : null,
    bodyText: notice.body,
    status: recipient && !isPublic ? 'sent' : 'phone-required',
    createdAt: f.now,
    dueAt,
    sentAt: recipient && !isPublic ? f.now : null,
  })
  if (recipient && !isPublic) {
    await enqueueNotification(trx, {
      kind: 'decision-feedback',
      recipientUserId: recipient.userId,
      toAddress: recipient.email,
      subject: notice.subject,
      bodyText: notice.body,
      relatedType: 'feedback',
      relatedId: feedbackId,
      now: f.now,
    })
    const chaseAt = addWorkingDaysToInstant(calendar, f.now, 2)
    await insertDeadline(trx, {
      kind: FEEDBACK_CHASE_DEADLINE,
      subjectType: 'feedback',
      subjectId: feedbackId,
      dueAt: chaseAt,
      now: f.now,
    })
  } else {
    await insertDeadline(trx, {
      kind: FEEDBACK_DUE_DEADLINE,
      subjectType: 'feedback',
      subjectId: feedbackId,
      dueAt,
      now: f.now,
    })
  }
  await appendReferralEvent(trx, {
    referralId: referral.id,
    type: 'decision-final',
    occurredAt: f.now,
    actorUserId: f.actor.userId,
    data: {
      decisionId: decision.id,
      outcome: decision.final.outcome,
      level: decision.final.level,
      feedback: recipient && !isPublic ? 'sent' : 'phone-required',
    },
  })
  await audit(trx, deps.clock, ctx, {
    action: 'contact.decision-final',
    subjectType: 'contact',
    subjectId: contact.id,
    details: { decisionId: decision.id, outcome: decision.final.outcome, people: people.length },
  })
  // This decision is now part of the history of any open contact about the same people.
  await reevaluateRelatedOpenContacts(trx, deps, ctx, contact.id, f.now)
}

async function acceptAsReferral(
  trx: Db,
  deps: ServiceDeps,
  ctx: RequestContext,
  f: { screening: Screening; decisionId: string; actor: Actor; now: Date },
  outcome: DecisionOutcome,
): Promise<void> {
  const { contact, referral, people } = f.screening
  const referralDate = toLondonDate(f.now)
  // CIN census: a re-referral is one within 12 months of a previous referral (domain.md §4.7).
  const yearBefore = addMonths(referralDate, -12)
  for (const child of people.filter(p => p.role === 'child' && p.personId)) {
    const previous = await findLatestReferralSince(trx, child.personId!, yearBefore)
    await insertStatutoryReferral(trx, {
      contactId: contact.id,
      decisionId: f.decisionId,
      personId: child.personId!,
      referralDate,
      cinSourceCode: contact.sourceCode,
      acceptedAt: f.now,
      acceptedByUserId: f.actor.userId,
      nfa: isNoFurtherActionForReturns(outcome),
      reReferral: previous !== undefined,
      previousReferralId: previous?.id ?? null,
    })
  }
  await appendReferralEvent(trx, {
    referralId: referral.id,
    type: 'accepted-as-referral',
    occurredAt: f.now,
    actorUserId: f.actor.userId,
    data: { decisionId: f.decisionId, referralDate },
  })
  await audit(trx, deps.clock, ctx, {
    action: 'contact.accepted-as-referral',
    subjectType: 'contact',
    subjectId: contact.id,
    details: { decisionId: f.decisionId },
  })
}
