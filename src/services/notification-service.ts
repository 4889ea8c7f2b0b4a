import type { Actor } from '../domain/access/actor.js'
import { canViewDemoOutbox } from '../domain/access/permissions.js'
import { findNotification, listNotifications, type Notification } from '../data/repositories/notification-repository.js'
import { recordView, type RequestContext } from './audit-service.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import type { ServiceDeps } from './index.js'

// enqueueNotification lives in the repository, since other services call it inside their own
// transactions; it is re-exported here so callers can find the outbox in one place.
export { enqueueNotification } from '../data/repositories/notification-repository.js'
export type { NewNotification, Notification } from '../data/repositories/notification-repository.js'
export type { NotificationKind, NotificationStatus } from '../data/tables/notification.table.js'

/** The most messages the demo outbox lists. */
export const OUTBOX_PAGE_SIZE = 100

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

function assertCanViewOutbox(actor: Actor | null, demoMode: boolean): asserts actor is Actor {
  // Outside demo mode the outbox does not exist, whoever asks.
  if (!demoMode) throw new NotFoundError('The outbox exists only in demo mode')
  if (!actor || !canViewDemoOutbox(actor, demoMode)) throw new ForbiddenError('Demo outbox')
}

/** Every notification, newest first: in demo mode everyone signed in may read every message. */
export async function listOutbox(deps: ServiceDeps, actor: Actor, demoMode: boolean): Promise<Notification[]> {
  assertCanViewOutbox(actor, demoMode)
  return listNotifications(deps.db, OUTBOX_PAGE_SIZE)
}

/** One message in full. Its body can name a child, so the read is audited. */
export async function showOutboxMessage(
  deps: ServiceDeps,
  ctx: RequestContext,
  demoMode: boolean,
  id: string,
): Promise<Notification> {
  assertCanViewOutbox(ctx.actor, demoMode)
  const notification = UUID.test(id) ? await findNotification(deps.db, id) : undefined
  if (!notification) throw new NotFoundError('No such notification')
  await recordView(deps.db, deps.clock, ctx, { type: 'notification', id: notification.id, page: 'demo-outbox' })
  return notification
}
