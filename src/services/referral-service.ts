import { randomUUID } from 'node:crypto'
import { hasRole, type Actor } from '../domain/access/actor.js'
import {
  canEditReferralDraft,
  canMakeReferral,
  canRecordPhoneReferral,
  canViewReferral,
} from '../domain/access/permissions.js'
import { createCalendar, dueByEndOfNextWorkingDay, toLondonDate } from '../domain/calendar/index.js'
import { emptyReferralContent, type ReferralContent } from '../domain/referral/referral-content.js'
import { nextReferralStatus, type Referral } from '../domain/referral/referral-lifecycle.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import { findUserById } from '../data/repositories/identity-repository.js'
import {
  appendReferralEvent,
  findReferral,
  insertDraft,
  listReferralsRecordedBy,
  listSubmittedReferralsForAgency,
  setReferralStatus,
  updateDraftContent,
} from '../data/repositories/referral-repository.js'
import { audit, recordView, type RequestContext } from './audit-service.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import type { ServiceDeps } from './index.js'

// Drafting a referral: start, save page by page, discard. Submission is in
// referral-submission-service.ts. Every change is one transaction with its event and audit row.

export const calendar = createCalendar()

export type StartReferralError = { kind: 'not-allowed' }

export async function startReferral(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  channel: 'web' | 'phone',
): Promise<Result<{ id: string }, StartReferralError>> {
  const allowed = channel === 'phone' ? canRecordPhoneReferral(actor) : canMakeReferral(actor)
  if (!allowed) return fail({ kind: 'not-allowed' })
  const user = await findUserById(deps.db, actor.userId)
  const content = emptyReferralContent()
  if (channel === 'phone') {
    content.call = {}
  } else if (user) {
    // Pre-filled from the account; the referrer can correct it on the contact details page.
    content.referrer = { name: user.displayName, email: user.email, agencyName: user.agency.name }
  }
  const now = deps.clock.now()
  const id = await deps.db.transaction().execute(async trx => {
    const referralId = await insertDraft(trx, {
      channel,
      referringAgencyId: actor.agencyId,
      referredByUserId: channel === 'phone' ? null : actor.userId,
      recordedByUserId: actor.userId,
      content,
      now,
    })
    await appendReferralEvent(trx, { referralId, type: 'draft-started', occurredAt: now, actorUserId: actor.userId })
    await audit(trx, deps.clock, ctx, {
      action: 'referral.draft-started',
      subjectType: 'referral',
      subjectId: referralId,
      details: { channel },
    })
    return referralId
  })
  return ok({ id })
}

/** A draft its author may edit; anything else is "not found", so ids reveal nothing. */
export async function loadDraft(deps: ServiceDeps, actor: Actor, id: string): Promise<Referral> {
  const referral = isUuid(id) ? await findReferral(deps.db, id) : undefined
  if (!referral || !canEditReferralDraft(actor, referral)) throw new NotFoundError('No such draft')
  return referral
}

export type SaveDraftError = { kind: 'stale'; current: Referral } | { kind: 'not-a-draft' }

export async function saveDraft(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
  expectedVersion: number,
  section: string,
  update: (content: ReferralContent) => ReferralContent,
): Promise<Result<{ version: number }, SaveDraftError>> {
  return deps.db.transaction().execute(async trx => {
    const referral = isUuid(id) ? await findReferral(trx, id, { forUpdate: true }) : undefined
    if (!referral || referral.recordedByUserId !== actor.userId || referral.status === 'discarded') {
      throw new NotFoundError('No such draft')
    }
    if (!nextReferralStatus(referral.status, 'edit').ok) return fail({ kind: 'not-a-draft' as const })
    if (referral.version !== expectedVersion) {
      // The same answers sent twice (a double press with JavaScript off) change nothing: not a clash.
      const unchanged = JSON.stringify(update(structuredClone(referral.content))) === JSON.stringify(referral.content)
      return unchanged ? ok({ version: referral.version }) : fail({ kind: 'stale' as const, current: referral })
    }
    const now = deps.clock.now()
    const saved = await updateDraftContent(trx, id, expectedVersion, update(structuredClone(referral.content)), now)
    if (!saved) return fail({ kind: 'stale' as const, current: referral })
    await appendReferralEvent(trx, {
      referralId: id,
      type: 'draft-saved',
      occurredAt: now,
      actorUserId: actor.userId,
      data: { section },
    })
    await audit(trx, deps.clock, ctx, {
      action: 'referral.draft-saved',
      subjectType: 'referral',
      subjectId: id,
      details: { section },
    })
    return ok({ version: expectedVersion + 1 })
  })
}

export async function discardDraft(deps: ServiceDeps, ctx: RequestContext, actor: Actor, id: string): Promise<void> {
  await deps.db.transaction().execute(async trx => {
    const referral = isUuid(id) ? await findReferral(trx, id, { forUpdate: true }) : undefined
    if (!referral || !canEditReferralDraft(actor, referral)) throw new NotFoundError('No such draft')
    const now = deps.clock.now()
    await setReferralStatus(trx, id, 'discarded', now)
    await appendReferralEvent(trx, { referralId: id, type: 'discarded', occurredAt: now, actorUserId: actor.userId })
    await audit(trx, deps.clock, ctx, { action: 'referral.discarded', subjectType: 'referral', subjectId: id })
  })
}

/** True when this is a referral the actor sent: its draft pages then lead to the sent referral. */
export async function isOwnSentReferral(deps: ServiceDeps, actor: Actor, id: string): Promise<boolean> {
  const referral = isUuid(id) ? await findReferral(deps.db, id) : undefined
  return referral?.status === 'submitted' && referral.recordedByUserId === actor.userId
}

/** Reads a referral for display, checking access and auditing the view. */
export async function viewReferral(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  id: string,
): Promise<Referral> {
  const referral = isUuid(id) ? await findReferral(deps.db, id) : undefined
  if (!referral || !canViewReferral(actor, referral)) throw new NotFoundError('No such referral')
  await recordView(deps.db, deps.clock, ctx, { type: 'referral', id, page: 'referral' })
  return referral
}

export async function listMyReferrals(deps: ServiceDeps, actor: Actor): Promise<Referral[]> {
  return listReferralsRecordedBy(deps.db, actor.userId)
}

/** Everything the actor's agency has sent, for its safeguarding lead. */
export async function listAgencyReferrals(deps: ServiceDeps, actor: Actor): Promise<Referral[]> {
  if (!hasRole(actor, 'agency_safeguarding_lead')) throw new ForbiddenError('Not a safeguarding lead')
  const referrals = await listSubmittedReferralsForAgency(deps.db, actor.agencyId)
  return referrals.filter(r => canViewReferral(actor, r))
}

export function newItemId(): string {
  return randomUUID()
}

export function isUuid(value: string): boolean {
  return /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(value)
}

export function todayInLondon(deps: ServiceDeps) {
  return toLondonDate(deps.clock.now())
}

export function decisionDueAt(receivedAt: Date): Date {
  return dueByEndOfNextWorkingDay(calendar, receivedAt)
}
