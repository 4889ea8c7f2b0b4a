import type { Actor } from '../../domain/access/actor.js'
import { isFrontDoor } from '../../domain/access/permissions.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import { findFeedbackForContact, type FeedbackRecord } from '../../data/repositories/feedback-repository.js'
import { updateContact, type ContactRecord } from '../../data/repositories/front-door-repository.js'
import { listUsers } from '../../data/repositories/identity-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import { audit, recordView, type RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import type { Db } from '../../data/database.js'
import { toActor } from '../../data/repositories/identity-repository.js'
import { loadScreening, type Screening } from './screening-context.js'

// One contact as the front door sees it, and assigning it to a screener.

export type Screener = { id: string; name: string; isManager: boolean }

export type ContactView = Screening & {
  feedback: FeedbackRecord | undefined
  /** Display names of everyone who acted on the contact, by user id. */
  names: Map<string, string>
  screeners: Screener[]
}

export async function listScreeners(deps: Pick<ServiceDeps, 'db'>, db: Db = deps.db): Promise<Screener[]> {
  // Inside a transaction pass it as `db`: the embedded database has a single connection.
  return screenersAmong(await listUsers(db))
}

function screenersAmong(users: Awaited<ReturnType<typeof listUsers>>): Screener[] {
  return users
    .filter(u => u.active && isFrontDoor(toActor(u)))
    .map(u => ({ id: u.id, name: u.displayName, isManager: u.roles.includes('front_door_manager') }))
    .sort((a, b) => a.name.localeCompare(b.name))
}

export async function viewContact(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
): Promise<ContactView> {
  const screening = await loadScreening(deps.db, actor, contactId)
  await recordView(deps.db, deps.clock, ctx, { type: 'contact', id: screening.contact.id, page: 'contact' })
  const feedback = await findFeedbackForContact(deps.db, screening.contact.id)
  const users = await listUsers(deps.db)
  return {
    ...screening,
    feedback,
    names: new Map(users.map(u => [u.id, u.displayName])),
    screeners: screenersAmong(users),
  }
}

export type AssignError = { kind: 'stale'; current: ContactRecord } | { kind: 'not-a-screener' }

/** Gives the contact to a screener (or takes it back to nobody), if nobody changed it meanwhile. */
export async function assignContact(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  assigneeUserId: string | null,
): Promise<Result<{ version: number }, AssignError>> {
  return deps.db.transaction().execute(async trx => {
    // Access first, so nobody outside the front door learns who is a screener.
    const s = await loadScreening(trx, actor, contactId, { forUpdate: true })
    const screeners = await listScreeners(deps, trx)
    if (assigneeUserId !== null && !screeners.some(x => x.id === assigneeUserId)) {
      return fail({ kind: 'not-a-screener' as const })
    }
    if (s.contact.version !== expectedVersion) return fail({ kind: 'stale' as const, current: s.contact })
    if (s.contact.assignedToUserId === assigneeUserId) return ok({ version: s.contact.version })
    const now = deps.clock.now()
    await updateContact(trx, s.contact.id, expectedVersion, { assignedToUserId: assigneeUserId, assignedAt: now })
    await appendReferralEvent(trx, {
      referralId: s.referral.id,
      type: 'contact-assigned',
      occurredAt: now,
      actorUserId: actor.userId,
      data: { assigneeUserId },
    })
    await audit(trx, deps.clock, ctx, {
      action: 'contact.assigned',
      subjectType: 'contact',
      subjectId: s.contact.id,
      details: { assigneeUserId },
    })
    return ok({ version: expectedVersion + 1 })
  })
}
