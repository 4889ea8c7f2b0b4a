import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canMakeReferral, canRecordPhoneReferral } from '../../../domain/access/permissions.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { startReferral } from '../../../services/referral-service.js'
import { paths } from '../../paths.js'
import { adultPage } from './adult.page.js'
import { childPage } from './child.page.js'
import { concernDetailsPage, indicatorsPage } from './concerns.page.js'
import { immediateDangerPage } from './immediate-danger.page.js'
import { consentPage, levelPage } from './level-consent.page.js'
import { registerFeedbackRoutes } from './feedback-routes.js'
import { registerListRoutes } from './list-routes.js'
import { registerQuestionPage } from './question-page.js'
import { callPage, referrerPage } from './referrer-call.page.js'
import { registerReviewRoutes } from './review-routes.js'

export const QUESTION_PAGES = [
  immediateDangerPage,
  childPage,
  adultPage,
  indicatorsPage,
  concernDetailsPage,
  levelPage,
  consentPage,
  referrerPage,
  callPage,
]

export function makeReferralRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  options: { outOfHoursNumber: string },
): void {
  app.get(paths.newReferral, async (request, reply) => {
    if (!canMakeReferral(request.signedIn!.actor)) throw new ForbiddenError('Not a referrer')
    return reply.render('make-referral/start.njk', { pageTitle: 'Make a referral', action: paths.newReferral })
  })
  app.post(paths.newReferral, async (request, reply) => start(request, reply, 'web'))

  app.get(paths.newPhoneReferral, async (request, reply) => {
    if (!canRecordPhoneReferral(request.signedIn!.actor)) throw new ForbiddenError('Not front door')
    return reply.render('make-referral/phone-start.njk', {
      pageTitle: 'Record a phone referral',
      action: paths.newPhoneReferral,
    })
  })
  app.post(paths.newPhoneReferral, async (request, reply) => start(request, reply, 'phone'))

  async function start(request: FastifyRequest, reply: FastifyReply, channel: 'web' | 'phone') {
    const started = await startReferral(deps, request.requestContext, request.signedIn!.actor, channel)
    if (!started.ok) throw new ForbiddenError('Cannot start a referral')
    const first = channel === 'phone' ? 'call' : 'immediate-danger'
    return reply.redirect(paths.referralPage(started.value.id, first), 303)
  }

  for (const page of QUESTION_PAGES) registerQuestionPage(app, deps, page)
  registerListRoutes(app, deps, options)
  registerReviewRoutes(app, deps)
  registerFeedbackRoutes(app, deps)
}
