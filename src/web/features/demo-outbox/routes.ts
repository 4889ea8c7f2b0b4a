import type { FastifyInstance } from 'fastify'
import { listOutbox, OUTBOX_PAGE_SIZE, showOutboxMessage } from '../../../services/notification-service.js'
import type { ServiceDeps } from '../../../services/index.js'
import { paths } from '../../paths.js'
import { outboxMessage, outboxRows } from './outbox.presenter.js'

/**
 * The demo outbox: where notifications can be read when there is no email to read them in.
 * Outside demo mode the routes are not registered at all, so the pages are a plain 404 even
 * before signing in; the service refuses outside demo mode too.
 */
export function demoOutboxRoutes(app: FastifyInstance, options: { deps: ServiceDeps; demoMode: boolean }): void {
  const { deps, demoMode } = options
  if (!demoMode) return

  app.get(paths.demoOutbox, async (request, reply) => {
    const notifications = await listOutbox(deps, request.signedIn!.actor, demoMode)
    return reply.render('demo-outbox/outbox.njk', {
      pageTitle: 'Demo outbox',
      rows: outboxRows(notifications),
      pageSize: OUTBOX_PAGE_SIZE,
    })
  })

  app.get<{ Params: { id: string } }>(paths.demoOutboxMessage(':id'), async (request, reply) => {
    const notification = await showOutboxMessage(deps, request.requestContext, demoMode, request.params.id)
    const message = outboxMessage(notification)
    return reply.render('demo-outbox/message.njk', {
      // A subject can name a child, so it stays out of the title (and so out of browser history).
      pageTitle: 'Message – Demo outbox',
      message,
      backHref: paths.demoOutbox,
    })
  })
}
