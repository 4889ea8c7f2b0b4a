import { randomUUID } from 'node:crypto'
import cookie from '@fastify/cookie'
import csrf from '@fastify/csrf-protection'
import formbody from '@fastify/formbody'
import Fastify, { type FastifyInstance, type FastifyServerOptions } from 'fastify'
import { apiPlugin } from './api/api-plugin.js'
import type { Config } from './config.js'
import type { ServiceDeps } from './services/index.js'
import './web/fastify-types.js'
import { demoOutboxRoutes } from './web/features/demo-outbox/routes.js'
import { disagreementRoutes } from './web/features/disagreements/routes.js'
import { earlyHelpDirectoryRoutes } from './web/features/early-help-directory/routes.js'
import { escalationGuidanceRoutes } from './web/features/escalation-guidance/routes.js'
import { escalationTrackerRoutes } from './web/features/escalation-tracker/routes.js'
import { homeRoutes } from './web/features/home/routes.js'
import { frontDoorRoutes } from './web/features/front-door/routes.js'
import { makeReferralRoutes } from './web/features/make-referral/routes.js'
import { operationsRoutes } from './web/features/operations/routes.js'
import { personHistoryRoutes } from './web/features/person-history/routes.js'
import { screeningRulesRoutes } from './web/features/screening-rules/routes.js'
import { signInRoutes } from './web/features/sign-in/routes.js'
import { thresholdGuidanceRoutes } from './web/features/threshold-guidance/routes.js'
import { createNunjucks } from './web/nunjucks-setup.js'
import { createAttemptLimiter } from './web/plugins/attempt-limiter.js'
import { registerErrorPages } from './web/plugins/errors.js'
import { registerRender } from './web/plugins/render.js'
import { registerSecurityHeaders } from './web/plugins/security.js'
import { registerSession } from './web/plugins/session.js'
import { registerStaticAssets } from './web/plugins/static-assets.js'

export type AppOptions = {
  config: Config
  deps: ServiceDeps
  logger?: FastifyServerOptions['logger']
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

// Request logs carry the path without its query string: a search box must never put a
// child's name into the logs.
const requestSerializer = (req: { method: string; url: string; id: string }) => ({
  method: req.method,
  path: req.url.split('?')[0],
  id: req.id,
})

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { config, deps } = options
  const app = Fastify({
    logger: options.logger ?? { level: config.logLevel, serializers: { req: requestSerializer } },
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    bodyLimit: 512 * 1024,
    trustProxy: config.isProduction,
    routerOptions: { ignoreTrailingSlash: true },
  })
  const auth = { ...deps }

  await registerSecurityHeaders(app, { servedOverHttps: config.isProduction || config.cookieSecure === true })
  await app.register(cookie, { secret: config.sessionSecret })
  await app.register(formbody)
  await app.register(csrf, {
    sessionPlugin: '@fastify/cookie',
    cookieOpts: { signed: true, httpOnly: true, sameSite: 'strict', path: '/' },
  })
  await registerStaticAssets(app)

  registerRender(app, createNunjucks(), config)
  registerSession(app, auth)
  registerErrorPages(app)

  // Every web form is CSRF-checked; the JSON API authenticates with bearer tokens instead.
  app.addHook('preHandler', (request, reply, done) => {
    if (UNSAFE_METHODS.has(request.method) && !request.url.startsWith('/api/')) {
      app.csrfProtection(request, reply, done)
    } else {
      done()
    }
  })

  const limiter = createAttemptLimiter({
    max: config.signInRateLimit.max,
    windowMs: config.signInRateLimit.windowMinutes * 60_000,
    clock: deps.clock,
  })
  operationsRoutes(app, deps)
  signInRoutes(app, { auth, config, limiter })
  homeRoutes(app, deps)
  thresholdGuidanceRoutes(app, deps)
  escalationGuidanceRoutes(app, deps, config)
  earlyHelpDirectoryRoutes(app, deps)
  screeningRulesRoutes(app, deps)
  makeReferralRoutes(app, deps, { outOfHoursNumber: config.outOfHoursNumber })
  frontDoorRoutes(app, deps)
  personHistoryRoutes(app, deps)
  escalationTrackerRoutes(app, deps)
  disagreementRoutes(app, deps)
  demoOutboxRoutes(app, { deps, demoMode: config.demoMode })
  await app.register(apiPlugin, { prefix: '/api/v1', auth, config, deps })

  return app
}
