import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Config } from '../../../config.js'
import { signIn, signOut, type AuthDeps } from '../../../services/auth-service.js'
import { DEMO_PASSWORD } from '../../../services/demo-seed.js'
import { escalationIntroDue } from '../../../services/training-service.js'
import { errorMessages } from '../../forms/error-messages.js'
import { errorsByField, fieldError, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import type { AttemptLimiter } from '../../plugins/attempt-limiter.js'
import { SESSION_COOKIE, sessionCookieOptions } from '../../plugins/session.js'
import { parseSignInForm } from './sign-in.form.js'
import { demoAccountRows } from './sign-in.presenter.js'

type Deps = { auth: AuthDeps; config: Config; limiter: AttemptLimiter }

export function signInRoutes(app: FastifyInstance, deps: Deps): void {
  const render = (reply: FastifyReply, errors: FieldError[] = [], input: FormInput = {}, extra = {}) =>
    reply.render('sign-in/sign-in.njk', {
      pageTitle: 'Sign in',
      errors,
      fieldErrors: errorsByField(errors),
      input,
      demoAccounts: deps.config.demoMode ? demoAccountRows() : null,
      demoPassword: DEMO_PASSWORD,
      navigation: [],
      ...extra,
    })

  app.get(
    paths.signIn,
    { config: { public: true } },
    async (request: FastifyRequest<{ Querystring: { 'signed-out'?: string } }>, reply) => {
      if (request.signedIn) return reply.redirect(paths.home, 303)
      return render(reply, [], {}, { signedOut: request.query['signed-out'] === '1' })
    },
  )

  app.post(paths.signIn, { config: { public: true } }, async (request, reply) => {
    const form = parseSignInForm(request.body)
    if (!form.ok) return render(reply.status(400), form.errors, form.input)
    const key = request.ip
    const input = { email: form.value.email }
    if (deps.limiter.isBlocked(key)) {
      const message = errorMessages.signIn.rateLimited(deps.config.signInRateLimit.windowMinutes)
      return render(reply.status(429), [fieldError('email', message)], input)
    }
    const result = await signIn(deps.auth, request.requestContext, form.value)
    if (!result.ok) {
      deps.limiter.recordFailure(key)
      return render(reply.status(400), [fieldError('email', errorMessages.signIn.invalidCredentials)], input)
    }
    // A fresh session id at every sign-in, and any earlier session ended: no fixation.
    const previous = request.cookies[SESSION_COOKIE]
    if (previous) await signOut(deps.auth, { actor: null, correlationId: request.id }, previous)
    reply.setCookie(SESSION_COOKIE, result.value.sessionId, sessionCookieOptions(deps.config, request))
    // Partner agencies first read how to challenge a decision, once (issue 5 §6).
    const welcome = await escalationIntroDue(deps.auth, result.value.user)
    return reply.redirect(welcome ? paths.escalationGuidanceWelcome : paths.home, 303)
  })

  app.get(paths.signOut, { config: { public: true } }, async (request, reply) => {
    const sessionId = request.cookies[SESSION_COOKIE]
    if (sessionId) await signOut(deps.auth, request.requestContext, sessionId)
    reply.clearCookie(SESSION_COOKIE, { path: '/' })
    return reply.redirect(`${paths.signIn}?signed-out=1`, 303)
  })
}
