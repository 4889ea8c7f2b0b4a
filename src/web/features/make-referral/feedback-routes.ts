import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../../domain/access/actor.js'
import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import { feedbackForReferral, respondToFeedback } from '../../../services/front-door/feedback-service.js'
import { NotFoundError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { viewReferral } from '../../../services/referral-service.js'
import { errorsByField, fieldError, textField, type FieldError } from '../../forms/field-errors.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

// The referrer's answer to the front door's feedback: "I accept this decision" or "I disagree".
// Until professional disagreements are built, a disagreement is recorded against the referral
// and the front door managers are told.

type Params = { id: string }

/** What the referral page shows about the decision, if there is one. */
export async function feedbackPanel(deps: ServiceDeps, actor: Actor, referral: Referral) {
  const found = await feedbackForReferral(deps, actor, referral)
  if (!found) return null
  const { feedback, canRespond } = found
  return {
    body: feedback.bodyText,
    sentAt: formatDateTime(feedback.sentAt ?? feedback.createdAt),
    byPhone: feedback.status !== 'sent',
    canRespond,
    response: feedback.response && {
      accepted: feedback.response.kind === 'accepted',
      at: formatDateTime(feedback.response.at),
      reason: feedback.response.reason,
    },
    acceptAction: paths.referralPage(referral.id, 'feedback'),
    disagreeHref: paths.referralPage(referral.id, 'disagree'),
  }
}

export function registerFeedbackRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  async function renderDisagree(
    reply: FastifyReply,
    request: FastifyRequest<{ Params: Params }>,
    errors: FieldError[],
    reason = '',
  ) {
    const actor = request.signedIn!.actor
    const referral = await viewReferral(deps, request.requestContext, actor, request.params.id)
    const panel = await feedbackPanel(deps, actor, referral)
    if (!panel?.canRespond) return reply.redirect(paths.referral(referral.id), 303)
    return reply.render('make-referral/disagree.njk', {
      pageTitle: 'Tell us why you disagree',
      referral,
      errors,
      fieldErrors: errorsByField(errors),
      reason,
      action: paths.referralPage(referral.id, 'feedback'),
      referralHref: paths.referral(referral.id),
    })
  }

  app.get<{ Params: Params }>('/referrals/:id/disagree', async (request, reply) => renderDisagree(reply, request, []))

  app.post<{ Params: Params }>('/referrals/:id/feedback', async (request, reply) => {
    const actor = request.signedIn!.actor
    const kind = textField(request.body, 'response')
    if (kind !== 'accepted' && kind !== 'disagreed') throw new NotFoundError('Unknown response')
    const reason = textField(request.body, 'reason')
    const result = await respondToFeedback(deps, request.requestContext, actor, request.params.id, { kind, reason })
    if (result.ok || result.error.kind === 'already-answered') {
      return reply.redirect(`${paths.referral(request.params.id)}#decision`, 303)
    }
    return renderDisagree(reply.status(400), request, [fieldError('reason', result.error.message)], reason)
  })
}
