import { createHash } from 'node:crypto'
import type { Actor } from '../domain/access/actor.js'
import { canEditReferralDraft, canMakeReferral } from '../domain/access/permissions.js'
import { toLondonDate } from '../domain/calendar/index.js'
import { normaliseNhsNumber } from '../domain/referral/nhs-number.js'
import { normalisePostcode, isValidPostcode } from '../domain/referral/postcode.js'
import { emptyReferralContent, type ReferralContent } from '../domain/referral/referral-content.js'
import type { Referral } from '../domain/referral/referral-lifecycle.js'
import { assessReferralQuality } from '../domain/referral/referral-quality.js'
import { referralSourceFor } from '../domain/referral/referral-source.js'
import { validateReferral, type ReferralProblem } from '../domain/referral/referral-validation.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import { findContactByReferral, insertContact } from '../data/repositories/contact-repository.js'
import { insertDeadline } from '../data/repositories/deadline-repository.js'
import { findUserById } from '../data/repositories/identity-repository.js'
import { enqueueNotification } from '../data/repositories/notification-repository.js'
import { insertReferralPeople } from '../data/repositories/referral-person-repository.js'
import {
  appendReferralEvent,
  findReferral,
  insertDraft,
  markSubmitted,
  nextReferenceNumber,
} from '../data/repositories/referral-repository.js'
import type { Db } from '../data/database.js'
import { audit, type RequestContext } from './audit-service.js'
import { NotFoundError } from './errors.js'
import type { ServiceDeps } from './index.js'
import { referrerContacts } from './front-door/finalise-decision.js'
import { evaluateRepeatContactIn, repeatNotice } from './front-door/repeat-contact-service.js'
import { acknowledgementMessage } from './referral-acknowledgement.js'
import { decisionDueAt, isUuid } from './referral-service.js'
import { currentThresholdDocument } from './threshold-document-service.js'

export type SubmittedReferral = {
  referralId: string
  reference: string
  decisionDueAt: Date
  quality: { score: number; prompts: { code: string; text: string }[] }
}

export type SubmitError =
  { kind: 'incomplete'; problems: ReferralProblem[] } | { kind: 'not-allowed' } | { kind: 'idempotency-key-reused' }

/** Sends a draft: it becomes a contact on the front door's queue, all in one transaction. */
export async function submitReferral(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<Result<SubmittedReferral, SubmitError>> {
  return deps.db.transaction().execute(async trx => {
    const referral = isUuid(id) ? await findReferral(trx, id, { forUpdate: true }) : undefined
    if (!referral || referral.recordedByUserId !== actor.userId) throw new NotFoundError('No such draft')
    // A second click on "Send" finds the referral already sent and shows the same confirmation.
    if (referral.status === 'submitted') return ok(await submittedResult(trx, referral))
    if (!canEditReferralDraft(actor, referral)) throw new NotFoundError('No such draft')
    return submitLocked(deps, trx, ctx, actor, referral)
  })
}

/** What the confirmation page shows: the reference and when the decision is due. */
export async function submissionReceipt(deps: ServiceDeps, actor: Actor, id: string): Promise<SubmittedReferral> {
  const referral = isUuid(id) ? await findReferral(deps.db, id) : undefined
  if (!referral || referral.status !== 'submitted' || referral.recordedByUserId !== actor.userId) {
    throw new NotFoundError('Not sent')
  }
  return submittedResult(deps.db, referral)
}

async function submittedResult(db: Db, referral: Referral): Promise<SubmittedReferral> {
  const contact = await findContactByReferral(db, referral.id)
  return {
    referralId: referral.id,
    reference: referral.reference ?? '',
    decisionDueAt: contact?.decisionDueAt ?? decisionDueAt(referral.submittedAt ?? referral.updatedAt),
    quality: referral.quality ?? { score: 0, prompts: [] },
  }
}

async function submitLocked(
  deps: ServiceDeps,
  trx: Db & { isTransaction: true },
  ctx: RequestContext,
  actor: Actor,
  referral: Referral,
): Promise<Result<SubmittedReferral, SubmitError>> {
  const now = deps.clock.now()
  const today = toLondonDate(now)
  const document = await currentThresholdDocument({ ...deps, db: trx })
  const indicatorCodes = new Set(document.indicators.map(i => i.code))
  const problems = validateReferral(referral.content, { channel: referral.channel, today, indicatorCodes })
  if (problems.length > 0) return fail({ kind: 'incomplete' as const, problems })

  const content = normalise(referral.content)
  const quality = assessReferralQuality(content, today)
  const storedQuality = { score: quality.score, prompts: quality.prompts.map(p => ({ code: p.code, text: p.text })) }
  const sourceCode = referralSourceFor(actor.agencyKind, referral.channel === 'phone' ? content.call : undefined)
  const reference = `R-${today.slice(0, 4)}-${String(await nextReferenceNumber(trx)).padStart(6, '0')}`
  const dueAt = decisionDueAt(now)
  const immediateDanger = content.immediateDanger === 'yes'

  await markSubmitted(trx, referral.id, {
    reference,
    content,
    thresholdDocumentVersion: document.version,
    quality: storedQuality,
    sourceCode,
    immediateDanger,
    now,
  })
  await insertReferralPeople(trx, referral.id, content)
  const contactId = await insertContact(trx, {
    referralId: referral.id,
    receivedAt: now,
    decisionDueAt: dueAt,
    sourceCode,
    immediateDanger,
  })
  await insertDeadline(trx, { kind: 'contact-decision', subjectType: 'contact', subjectId: contactId, dueAt, now })
  await appendReferralEvent(trx, {
    referralId: referral.id,
    type: 'submitted',
    occurredAt: now,
    actorUserId: actor.userId,
    data: { reference, contactId, qualityScore: quality.score, thresholdDocumentVersion: document.version },
  })
  await audit(trx, deps.clock, ctx, {
    action: 'referral.submitted',
    subjectType: 'referral',
    subjectId: referral.id,
    details: { reference, contactId, channel: referral.channel },
  })
  // Repeat contacts are looked for on arrival, before anyone has checked who the people are.
  const repeat = await evaluateRepeatContactIn(trx, deps, ctx, contactId, 'arrival', now)
  await acknowledge(deps, trx, referral, content, {
    reference,
    dueAt,
    now,
    repeatNotice: repeatNotice(repeat, referrerContacts(deps)),
  })
  return ok({ referralId: referral.id, reference, decisionDueAt: dueAt, quality: storedQuality })
}

// Postcodes and NHS numbers are stored in one canonical form so matching can rely on it.
// Everything else is kept exactly as typed.
function normalise(content: ReferralContent): ReferralContent {
  const postcode = (p?: string) => (p && isValidPostcode(p) ? normalisePostcode(p) : p)
  return {
    ...content,
    children: content.children.map(c => ({
      ...c,
      nhsNumber: c.nhsNumber ? normaliseNhsNumber(c.nhsNumber) : c.nhsNumber,
      address: c.address ? { ...c.address, postcode: postcode(c.address.postcode) } : c.address,
    })),
    adults: content.adults.map(a => ({
      ...a,
      address: a.address ? { ...a.address, postcode: postcode(a.address.postcode) } : a.address,
    })),
  }
}

async function acknowledge(
  deps: ServiceDeps,
  trx: Db,
  referral: Referral,
  content: ReferralContent,
  sent: { reference: string; dueAt: Date; now: Date; repeatNotice: string | undefined },
): Promise<void> {
  // Members of the public are told on the call; nothing is emailed to an address nobody checked.
  if (referral.channel === 'phone' && content.call?.callerType !== 'professional') return
  const recipient = referral.referredByUserId ? await findUserById(trx, referral.referredByUserId) : undefined
  // A signed-in referrer is written to at their account's address, which is known to be theirs.
  const toAddress = recipient?.email ?? content.referrer.email
  if (!toAddress) return
  const message = acknowledgementMessage({ ...sent, referrerName: recipient?.displayName ?? content.referrer.name })
  await enqueueNotification(trx, {
    kind: 'referral-acknowledgement',
    recipientUserId: referral.referredByUserId,
    toAddress,
    subject: message.subject,
    bodyText: message.body,
    relatedType: 'referral',
    relatedId: referral.id,
    now: sent.now,
  })
}

export type ApiSubmitResult = SubmittedReferral & { replayed: boolean }

/**
 * The API's whole-referral submission: a draft made and sent in one transaction. A retry with
 * the same Idempotency-Key returns the first result instead of making a second referral.
 */
export async function submitWholeReferral(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  content: ReferralContent,
  idempotencyKey: string | undefined,
): Promise<Result<ApiSubmitResult, SubmitError>> {
  if (!canMakeReferral(actor)) return fail({ kind: 'not-allowed' })
  const requestHash = createHash('sha256').update(JSON.stringify(content)).digest('hex')
  return deps.db
    .transaction()
    .execute(async trx => {
      if (idempotencyKey) {
        const previous = await findIdempotentReferral(trx, actor.userId, idempotencyKey)
        if (previous) {
          if (previous.requestHash !== requestHash) return fail({ kind: 'idempotency-key-reused' as const })
          const referral = await findReferral(trx, previous.referralId)
          return ok({ ...(await submittedResult(trx, referral!)), replayed: true })
        }
      }
      const now = deps.clock.now()
      const referralId = await insertDraft(trx, {
        channel: 'api',
        referringAgencyId: actor.agencyId,
        referredByUserId: actor.userId,
        recordedByUserId: actor.userId,
        content: { ...emptyReferralContent(), ...content, call: undefined },
        now,
      })
      await appendReferralEvent(trx, { referralId, type: 'draft-started', occurredAt: now, actorUserId: actor.userId })
      const referral = (await findReferral(trx, referralId))!
      const result = await submitLocked(deps, trx, ctx, actor, referral)
      if (!result.ok) {
        // Nothing of a refused submission is kept: the transaction is rolled back.
        throw new RollbackWith(result.error)
      }
      if (idempotencyKey) {
        await trx
          .insertInto('idempotency_key')
          .values({
            user_id: actor.userId,
            key: idempotencyKey,
            request_hash: requestHash,
            referral_id: referralId,
            created_at: now,
          })
          .execute()
      }
      return ok({ ...result.value, replayed: false })
    })
    .catch((error: unknown) => {
      if (error instanceof RollbackWith) return fail(error.reason)
      throw error
    })
}

class RollbackWith extends Error {
  constructor(readonly reason: SubmitError) {
    super('rolled back')
  }
}

async function findIdempotentReferral(db: Db, userId: string, key: string) {
  const row = await db
    .selectFrom('idempotency_key')
    .select(['referral_id', 'request_hash'])
    .where('user_id', '=', userId)
    .where('key', '=', key)
    .executeTakeFirst()
  return row && { referralId: row.referral_id, requestHash: row.request_hash }
}
