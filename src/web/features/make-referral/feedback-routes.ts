import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../../domain/access/actor.js'
import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import { viewEscalationPolicy } from '../../../services/escalation-policy-service.js'
import { feedbackForReferral, respondToFeedback } from '../../../services/front-door/feedback-service.js'
import { NotFoundError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { viewReferral } from '../../../services/referral-service.js'
import { textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import {
  parseRisk,
  raiseErrors,
  readRaiseForm,
  readRiskAnswer,
  type RiskAnswer,
} from '../../forms/raise-disagreement.form.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'
import { raiseFormPage, riskQuestionPage, type RaisePageContext } from '../../presenters/raise-disagreement.js'

// The referrer's answer to the front door's feedback: "I accept this decision" or "I disagree".
// "I disagree" raises a professional disagreement through the shared questions: first whether a
// child is at immediate risk (carried in the query string), then what, why and what they want.

type Params = { id: string }
type Request = FastifyRequest<{ Params: Params; Querystring: Record<string, unknown> }>

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

const disagreeHref = (referralId: string, risk?: RiskAnswer) =>
  `${paths.referralPage(referralId, 'disagree')}${risk ? `?risk=${risk}` : ''}`

export function registerFeedbackRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  /** The referral, if its referrer may still answer the feedback; otherwise undefined. */
  async function answerable(request: Request): Promise<Referral | undefined> {
    const actor = request.signedIn!.actor
    const referral = await viewReferral(deps, request.requestContext, actor, request.params.id)
    const panel = await feedbackPanel(deps, actor, referral)
    return panel?.canRespond ? referral : undefined
  }

  const pageContext = (referral: Referral, action: string): RaisePageContext => ({
    caption: `Referral ${referral.reference ?? ''}`.trim(),
    backHref: paths.referral(referral.id),
    backText: 'Back to the referral',
    action,
  })

  function renderRisk(reply: FastifyReply, referral: Referral, errors: FieldError[]) {
    const page = riskQuestionPage(pageContext(referral, paths.referralPage(referral.id, 'disagree')), undefined, errors)
    return reply.render('disagreement/risk-question.njk', page)
  }

  async function renderRaise(
    reply: FastifyReply,
    referral: Referral,
    risk: RiskAnswer,
    input: FormInput,
    errors: FieldError[],
  ) {
    const { policy } = await viewEscalationPolicy(deps)
    const action = `${paths.referralPage(referral.id, 'feedback')}?risk=${risk}`
    const page = raiseFormPage({
      ...pageContext(referral, action),
      hidden: [{ name: 'response', value: 'disagreed' }],
      policy,
      risk,
      changeRiskHref: disagreeHref(referral.id),
      input,
      errors,
      defaultSubject: 'decision',
    })
    return reply.render('disagreement/raise.njk', page)
  }

  app.get<{ Params: Params; Querystring: Record<string, unknown> }>(
    '/referrals/:id/disagree',
    async (request, reply) => {
      const referral = await answerable(request)
      if (!referral) return reply.redirect(paths.referral(request.params.id), 303)
      const risk = parseRisk(request.query.risk)
      return risk ? renderRaise(reply, referral, risk, {}, []) : renderRisk(reply, referral, [])
    },
  )

  app.post<{ Params: Params; Querystring: Record<string, unknown> }>(
    '/referrals/:id/disagree',
    async (request, reply) => {
      const referral = await answerable(request)
      if (!referral) return reply.redirect(paths.referral(request.params.id), 303)
      const answer = readRiskAnswer(request.body)
      if (!answer.ok) return renderRisk(reply.status(400), referral, answer.errors)
      return reply.redirect(disagreeHref(referral.id, answer.risk), 303)
    },
  )

  app.post<{ Params: Params; Querystring: Record<string, unknown> }>(
    '/referrals/:id/feedback',
    async (request, reply) => {
      const actor = request.signedIn!.actor
      const id = request.params.id
      const kind = textField(request.body, 'response')
      if (kind === 'accepted') {
        await respondToFeedback(deps, request.requestContext, actor, id, { kind })
        return reply.redirect(`${paths.referral(id)}#decision`, 303)
      }
      if (kind !== 'disagreed') throw new NotFoundError('Unknown response')
      const risk = parseRisk(request.query.risk)
      // The risk question comes first; without its answer, ask it.
      if (!risk) return reply.redirect(disagreeHref(id), 303)
      const form = readRaiseForm(request.body, risk)
      const result = await respondToFeedback(deps, request.requestContext, actor, id, {
        kind,
        answers: form.answers,
      })
      if (result.ok && result.value.disagreement) {
        return reply.redirect(paths.disagreementPage(result.value.disagreement.id, 'raised'), 303)
      }
      if (result.ok || result.error.kind === 'already-answered') {
        return reply.redirect(`${paths.referral(id)}#decision`, 303)
      }
      const referral = await viewReferral(deps, request.requestContext, actor, id)
      return renderRaise(reply.status(400), referral, risk, form.input, raiseErrors(result.error.problems))
    },
  )
}
