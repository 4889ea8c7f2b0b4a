import { sql } from 'kysely'
import type { FastifyInstance } from 'fastify'
import type { ServiceDeps } from '../../../services/index.js'
import { paths } from '../../paths.js'

export function operationsRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  // Liveness: the process answers. Readiness: the database answers too.
  app.get('/health', { config: { public: true }, logLevel: 'warn' }, async () => ({ status: 'ok' }))

  app.get('/ready', { config: { public: true }, logLevel: 'warn' }, async (_request, reply) => {
    try {
      await sql`select 1`.execute(deps.db)
      return { status: 'ready' }
    } catch {
      return reply.status(503).send({ status: 'unavailable' })
    }
  })

  app.get('/favicon.ico', { config: { public: true }, logLevel: 'warn' }, async (_request, reply) =>
    reply.redirect('/public/favicon.svg', 301),
  )

  app.get(paths.accessibility, { config: { public: true } }, async (_request, reply) =>
    reply.render('operations/accessibility.njk', { pageTitle: 'Accessibility statement' }),
  )
}
