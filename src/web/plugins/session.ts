import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../config.js'
import { resolveSession, type AuthDeps } from '../../services/auth-service.js'
import { paths } from '../paths.js'

export const SESSION_COOKIE = 'threshold_session'

const ASSET_PREFIXES = ['/assets/', '/stylesheets/', '/javascripts/', '/public/']

export function sessionCookieOptions(config: Config, request: FastifyRequest) {
  return {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: config.cookieSecure === 'auto' ? request.protocol === 'https' : config.cookieSecure,
    maxAge: config.sessionTtlHours * 3600,
  }
}

export function registerSession(app: FastifyInstance, auth: AuthDeps): void {
  app.decorateRequest('signedIn', null)
  app.decorateRequest('requestContext', null as never)

  app.addHook('onRequest', async request => {
    request.requestContext = { actor: null, correlationId: request.id }
    if (ASSET_PREFIXES.some(p => request.url.startsWith(p)) || request.url.startsWith('/api/')) return
    const sessionId = request.cookies[SESSION_COOKIE]
    if (!sessionId) return
    request.signedIn = (await resolveSession(auth, sessionId)) ?? null
    if (request.signedIn) request.requestContext = { actor: request.signedIn.actor, correlationId: request.id }
  })

  // Everything needs a signed-in user unless the route says it is public.
  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    if (request.routeOptions.config?.public || request.url.startsWith('/api/')) return
    if (ASSET_PREFIXES.some(p => request.url.startsWith(p))) return
    if (request.is404) return
    if (!request.signedIn) {
      await reply.redirect(paths.signIn, 303)
      return reply
    }
  })
}
