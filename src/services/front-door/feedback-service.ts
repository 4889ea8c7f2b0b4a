import type { Actor } from '../../domain/access/actor.js'
import { canRespondToFeedback, canScreenContacts, canViewReferral } from '../../domain/access/permissions.js'
import { feedbackChaseNotice } from '../../domain/front-door/feedback-notice.js'
import type { Referral } from '../../domain/referral/referral-lifecycle.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import { cancelDeadlines, findActiveRecipient } from '../../data/repositories/deadline-repository.js'
import {
  findFeedback,
  findFeedbackForContact,
  markFeedbackChased,
  markFeedbackGivenByPhone,
  recordFeedbackResponse,
  type FeedbackRecord,
} from '../../data/repositories/feedback-repository.js'
import {
  findContact,
  findContactForReferral,
  type ContactRecord,
} from '../../data/repositories/front-door-repository.js'
import type { Db } from '../../data/database.js'
import { enqueueNotification } from '../../data/repositories/notification-repository.js'
import { appendReferralEvent, findReferral } from '../../data/repositories/referral-repository.js'
import { audit, type RequestContext } from '../audit-service.js'
import type { DeadlineHandler } from '../deadline-handlers.js'
import { NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { isUuid } from '../referral-service.js'
import { linkTo } from './finalise-decision.js'
import { notifyFrontDoorManagers } from './notify-managers.js'
import { raiseDisagreementIn } from '../disagreement/disagreement-raise.js'
import type { DisagreementRecord } from '../../data/repositories/disagreement-repository.js'
import type { FieldProblem } from '../../domain/referral/validation-support.js'

// The referrer's side of a decision: reading the feedback, accepting it or disagreeing, and the
// clocks that make sure it arrives (phone feedback due in one working day) and is read (a
// reminder after two).

export type { FeedbackRecord }

/** The feedback on a referral, if its decision is final and the actor may read the referral. */
export async function feedbackForReferral(
  deps: ServiceDeps,
  actor: Actor,
  referral: Referral,
): Promise<{ feedback: FeedbackRecord; canRespond: boolean } | undefined> {
  if (!canViewReferral(actor, referral)) return undefined
  const contact = await findContactForReferral(deps.db, referral.id)
  const feedback = contact && (await findFeedbackForContact(deps.db, contact.id))
  if (!feedback) return undefined
  return { feedback, canRespond: canRespondToFeedback(actor, referral) && feedback.response === null }
}

export type FeedbackResponseError =
  { kind: 'already-answered'; feedback: FeedbackRecord } | { kind: 'invalid'; problems: FieldProblem[] }

/** "I accept this decision", or "I disagree" with the professional disagreement questions' answers. */
export type FeedbackAnswer = { kind: 'accepted' } | { kind: 'disagreed'; answers: unknown }

export type FeedbackAnswered = { feedback: FeedbackRecord; disagreement: DisagreementRecord | null }

/**
 * The referrer answers the feedback. "I disagree" raises a professional disagreement at the
 * escalation policy's first stage (or later, when a child is at immediate risk) in the same
 * transaction, so the answer and the disagreement are recorded together or not at all.
 */
export async function respondToFeedback(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  referralId: string,
  answer: FeedbackAnswer,
): Promise<Result<FeedbackAnswered, FeedbackResponseError>> {
  return deps.db.transaction().execute(async trx => {
    const referral = isUuid(referralId) ? await findReferral(trx, referralId) : undefined
    if (!referral || !canRespondToFeedback(actor, referral)) throw new NotFoundError('No such referral')
    const contact = await findContactForReferral(trx, referral.id)
    const feedback = contact && (await findFeedbackForContact(trx, contact.id, { forUpdate: true }))
    if (!contact || !feedback) throw new NotFoundError('No feedback yet')
    if (feedback.response !== null) return fail({ kind: 'already-answered' as const, feedback })
    let disagreement: DisagreementRecord | null = null
    if (answer.kind === 'disagreed') {
      // Validates before it writes anything, so a refusal here leaves nothing half-saved.
      const raised = await raiseDisagreementIn(trx, deps, ctx, actor, {
        raisedVia: 'referrer-feedback',
        referralId: referral.id,
        answers: answer.answers,
      })
      if (!raised.ok) {
        if (raised.error.kind === 'invalid') return fail({ kind: 'invalid' as const, problems: raised.error.problems })
        throw new Error(`Raising a disagreement from feedback failed: ${raised.error.kind}`)
      }
      disagreement = raised.value
    }
    const now = deps.clock.now()
    const saved = await recordFeedbackResponse(trx, feedback.id, {
      kind: answer.kind,
      reason: disagreement?.reasons ?? null,
      at: now,
      byUserId: actor.userId,
    })
    // The row is locked and was unanswered, so this cannot miss.
    if (!saved) throw new Error(`Feedback ${feedback.id} answered while locked`)
    // Answered: nothing left to chase.
    await cancelDeadlines(trx, { subjectType: 'feedback', subjectId: feedback.id, now })
    await appendReferralEvent(trx, {
      referralId: referral.id,
      type: answer.kind === 'accepted' ? 'feedback-accepted' : 'feedback-disagreed',
      occurredAt: now,
      actorUserId: actor.userId,
      data: { feedbackId: feedback.id, ...(disagreement ? { disagreementId: disagreement.id } : {}) },
    })
    if (disagreement) await tellManagersOfDisagreement(trx, contact, disagreement, now)
    await audit(trx, deps.clock, ctx, {
      action: `feedback.${answer.kind}`,
      subjectType: 'feedback',
      subjectId: feedback.id,
    })
    return ok({ feedback: (await findFeedback(trx, feedback.id))!, disagreement })
  })
}

/**
 * A referrer disagrees: besides the stage's responders, the front door managers hear at once,
 * because a challenge that stalls with a practitioner is what reviews keep finding. No child
 * data in the email.
 */
async function tellManagersOfDisagreement(
  trx: Db,
  contact: ContactRecord,
  disagreement: DisagreementRecord,
  now: Date,
): Promise<void> {
  const subject = `The referrer disagrees with the decision on ${contact.reference}`
  await notifyFrontDoorManagers(trx, {
    kind: 'feedback-disagreed',
    subject,
    bodyText: `${subject}. They raised professional disagreement ${disagreement.reference}.\n\nSign in to Threshold and open the disagreement to read their reasons and make sure it is answered in time.`,
    relatedType: 'disagreement',
    relatedId: disagreement.id,
    now,
  })
}

/** The practitioner records that they gave the feedback by phone (public callers, callers without an account). */
export async function recordPhoneFeedback(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
): Promise<boolean> {
  if (!canScreenContacts(actor) || !isUuid(contactId)) throw new NotFoundError('No such contact')
  return deps.db.transaction().execute(async trx => {
    const contact = await findContact(trx, contactId)
    const feedback = contact && (await findFeedbackForContact(trx, contact.id, { forUpdate: true }))
    if (!contact || !feedback) throw new NotFoundError('No feedback to give')
    const now = deps.clock.now()
    const done = await markFeedbackGivenByPhone(trx, feedback.id, now)
    if (!done) return false
    await cancelDeadlines(trx, { subjectType: 'feedback', subjectId: feedback.id, now })
    await appendReferralEvent(trx, {
      referralId: contact.referralId,
      type: 'feedback-given-by-phone',
      occurredAt: now,
      actorUserId: actor.userId,
      data: { feedbackId: feedback.id },
    })
    await audit(trx, deps.clock, ctx, {
      action: 'feedback.given-by-phone',
      subjectType: 'feedback',
      subjectId: feedback.id,
    })
    return true
  })
}

/** Two working days after the feedback was sent with no answer: one reminder to the referrer. */
export function feedbackChase(deps: Pick<ServiceDeps, 'contactPoints'>): DeadlineHandler {
  return async (trx, deadline, now) => {
    const feedback = await findFeedback(trx, deadline.subjectId, { forUpdate: true })
    if (!feedback || feedback.response || !feedback.recipientUserId) return
    const contact = await findContact(trx, feedback.contactId)
    const recipient = await findActiveRecipient(trx, feedback.recipientUserId)
    if (!contact || !recipient) return
    const notice = feedbackChaseNotice({
      reference: contact.reference,
      referralUrl: linkTo(deps, `/referrals/${contact.referralId}`),
    })
    await enqueueNotification(trx, {
      kind: 'feedback-chase',
      recipientUserId: recipient.userId,
      toAddress: recipient.email,
      subject: notice.subject,
      bodyText: notice.body,
      relatedType: 'feedback',
      relatedId: feedback.id,
      now,
    })
    await markFeedbackChased(trx, feedback.id, now)
    await appendReferralEvent(trx, {
      referralId: contact.referralId,
      type: 'feedback-chased',
      occurredAt: now,
      actorUserId: null,
      data: { feedbackId: feedback.id },
    })
  }
}

/** One working day after the decision, phone feedback not yet recorded: the managers are told. */
export function feedbackPhoneOverdue(deps: Pick<ServiceDeps, 'contactPoints'>): DeadlineHandler {
  return async (trx, deadline, now) => {
    const feedback = await findFeedback(trx, deadline.subjectId, { forUpdate: true })
    if (!feedback || feedback.status !== 'phone-required') return
    const contact = await findContact(trx, feedback.contactId)
    if (!contact) return
    const subject = `Feedback overdue on ${contact.reference}: the referrer has not been told the decision`
    await notifyFrontDoorManagers(trx, {
      kind: 'feedback-phone-overdue',
      subject,
      bodyText: `${subject}.\n\nThe referrer has no verified email address, so the decision must be given by phone. Open the contact: ${linkTo(deps, `/front-door/contacts/${contact.id}`)}`,
      relatedType: 'feedback',
      relatedId: feedback.id,
      now,
    })
    await appendReferralEvent(trx, {
      referralId: contact.referralId,
      type: 'feedback-overdue',
      occurredAt: now,
      actorUserId: null,
      data: { feedbackId: feedback.id },
    })
  }
}
