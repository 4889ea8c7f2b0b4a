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

// The referrer's side of a decision: reading the feedback, accepting it or disagreeing, and the
// clocks that make sure it arrives (phone feedback due in one working day) and is read (a
// reminder after two).

export const MAX_DISAGREEMENT_REASON = 5000

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
  { kind: 'already-answered'; feedback: FeedbackRecord } | { kind: 'invalid'; field: 'reason'; message: string }

export async function respondToFeedback(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  referralId: string,
  answer: { kind: 'accepted' | 'disagreed'; reason?: string },
): Promise<Result<FeedbackRecord, FeedbackResponseError>> {
  const reason = answer.reason?.trim() ?? ''
  return deps.db.transaction().execute(async trx => {
    const referral = isUuid(referralId) ? await findReferral(trx, referralId) : undefined
    if (!referral || !canRespondToFeedback(actor, referral)) throw new NotFoundError('No such referral')
    if (answer.kind === 'disagreed' && reason === '') {
      return fail({
        kind: 'invalid' as const,
        field: 'reason' as const,
        message: 'Enter why you disagree with the decision',
      })
    }
    if (reason.length > MAX_DISAGREEMENT_REASON) {
      return fail({
        kind: 'invalid' as const,
        field: 'reason' as const,
        message: 'Shorten your reasons to 5000 characters or fewer',
      })
    }
    const contact = await findContactForReferral(trx, referral.id)
    const feedback = contact && (await findFeedbackForContact(trx, contact.id, { forUpdate: true }))
    if (!feedback) throw new NotFoundError('No feedback yet')
    const now = deps.clock.now()
    const saved = await recordFeedbackResponse(trx, feedback.id, {
      kind: answer.kind,
      reason: reason || null,
      at: now,
      byUserId: actor.userId,
    })
    if (!saved) return fail({ kind: 'already-answered' as const, feedback })
    // Answered: nothing left to chase.
    await cancelDeadlines(trx, { subjectType: 'feedback', subjectId: feedback.id, now })
    // Until professional disagreements land (issue 5), a disagreement is recorded on the referral.
    await appendReferralEvent(trx, {
      referralId: referral.id,
      type: answer.kind === 'accepted' ? 'feedback-accepted' : 'feedback-disagreed',
      occurredAt: now,
      actorUserId: actor.userId,
      data: { feedbackId: feedback.id },
    })
    if (answer.kind === 'disagreed') await tellManagersOfDisagreement(trx, contact!, now)
    await audit(trx, deps.clock, ctx, {
      action: `feedback.${answer.kind}`,
      subjectType: 'feedback',
      subjectId: feedback.id,
    })
    return ok((await findFeedback(trx, feedback.id))!)
  })
}

/** A referrer disagrees: the front door managers hear at once (no child data in the email). */
async function tellManagersOfDisagreement(trx: Db, contact: ContactRecord, now: Date): Promise<void> {
  const subject = `The referrer disagrees with the decision on ${contact.reference}`
  await notifyFrontDoorManagers(trx, {
    kind: 'feedback-disagreed',
    subject,
    bodyText: `${subject}.\n\nSign in to Threshold and open the contact to read their reasons and respond.`,
    relatedType: 'contact',
    relatedId: contact.id,
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
