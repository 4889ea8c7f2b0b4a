import type { FastifyInstance } from 'fastify'
import type { Config } from '../config.js'
import type { ServiceDeps } from '../services/index.js'
import { authenticateApiToken, type AuthDeps } from '../services/auth-service.js'
import { disagreementsApi } from './disagreements-api.js'
import { frontDoorApi } from './front-door-api.js'
import { openApiDocument } from './openapi.js'
import { sendProblem } from './problem.js'
import { referralsApi } from './referrals-api.js'

// /api/v1: JSON for agencies' own systems, with bearer tokens instead of sessions and cookies,
// so CSRF does not apply here.
export async function apiPlugin(
  app: FastifyInstance,
  options: { auth: AuthDeps; config: Config; deps: ServiceDeps },
): Promise<void> {
  app.get('/openapi.json', { config: { public: true } }, async () =>
    openApiDocument({ partnershipName: options.config.partnershipName, serverUrl: options.config.publicUrl }),
  )

  app.addHook('preHandler', async (request, reply) => {
    if (request.routeOptions.config?.public) return
    const header = request.headers.authorization ?? ''
    const match = /^Bearer\s+(\S+)$/i.exec(header)
    const signedIn = match ? await authenticateApiToken(options.auth, match[1]!) : undefined
    if (!signedIn) {
      reply.header('WWW-Authenticate', 'Bearer realm="threshold"')
      return sendProblem(
        reply,
        401,
        'Unauthorised',
        match
          ? 'The API token is not valid or has been revoked.'
          : 'Send an API token as "Authorization: Bearer <token>".',
      )
    }
    request.signedIn = signedIn
    request.requestContext = { actor: signedIn.actor, correlationId: request.id }
  })

  app.get('/me', async request => {
    const { user } = request.signedIn!
    return {
      user: { id: user.id, email: user.email, displayName: user.displayName },
      agency: user.agency,
      roles: user.roles,
    }
  })

  referralsApi(app, options.deps)
  frontDoorApi(app, options.deps)
  disagreementsApi(app, options.deps)
}
