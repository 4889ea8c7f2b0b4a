import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { listPartnerAgencies } from '../../../services/agency-service.js'
import { raiseDisagreement } from '../../../services/disagreement/disagreement-service.js'
import { checkRaiseTarget, type RaiseTarget } from '../../../services/disagreement/disagreement-page-context.js'
import { viewEscalationPolicy } from '../../../services/escalation-policy-service.js'
import type { ServiceDeps } from '../../../services/index.js'
import { textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import {
  parseRisk,
  raiseErrors,
  readRaiseForm,
  readRiskAnswer,
  type RiskAnswer,
} from '../../forms/raise-disagreement.form.js'
import { paths } from '../../paths.js'
import { raiseFormPage, riskQuestionPage, type RaisePageContext } from '../../presenters/raise-disagreement.js'

// Raising a professional disagreement from a referral, a child's page, or (children's social
// care) about a partner agency. Where it comes from is in the query string as ids only, and so
// is the answer to the first question: is a child at immediate risk of harm?

type Query = Record<string, unknown>
type Request = FastifyRequest<{ Querystring: Query }>

const single = (value: unknown): string =>
  typeof value === 'string' ? value : Array.isArray(value) ? String(value[0]) : ''

export function readTarget(query: Query): RaiseTarget {
  if (single(query.about) === 'partner') return { kind: 'partner' }
  const referralId = single(query.referral)
  if (referralId !== '') return { kind: 'referral', referralId }
  const personId = single(query.person)
  if (personId !== '') return { kind: 'person', personId }
  return { kind: 'general' }
}

/** This page's address again, for the target and (once answered) the risk answer. */
export function raiseHref(target: RaiseTarget, risk?: RiskAnswer): string {
  return paths.raiseDisagreement({
    ...(target.kind === 'referral' ? { referralId: target.referralId } : {}),
    ...(target.kind === 'person' ? { personId: target.personId } : {}),
    ...(target.kind === 'partner' ? { aboutPartner: true } : {}),
    ...(risk ? { risk } : {}),
  })
}

function pageContext(target: RaiseTarget, referralReference: string | null, action: string): RaisePageContext {
  switch (target.kind) {
    case 'referral':
      return {
        caption: `Referral ${referralReference ?? ''}`.trim(),
        backHref: paths.referral(target.referralId),
        backText: 'Back to the referral',
        action,
      }
    case 'person':
      return { caption: 'About a child', backHref: paths.person(target.personId), backText: 'Back', action }
    case 'partner':
      return { caption: 'About a partner agency', backHref: paths.home, backText: 'Back', action }
    case 'general':
      return { caption: 'Professional disagreement', backHref: paths.home, backText: 'Back', action }
  }
}

export function registerRaiseRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  async function render(
    request: Request,
    reply: FastifyReply,
    risk: RiskAnswer | undefined,
    input: FormInput,
    errors: FieldError[],
  ) {
    const target = readTarget(request.query)
    const { referralReference } = await checkRaiseTarget(deps, request.signedIn!.actor, target)
    if (!risk) {
      const ctx = pageContext(target, referralReference, raiseHref(target))
      const page = riskQuestionPage({ ...ctx, hidden: [{ name: 'step', value: 'immediate-risk' }] }, undefined, errors)
      return reply.render('disagreement/risk-question.njk', page)
    }
    const { policy } = await viewEscalationPolicy(deps)
    const page = raiseFormPage({
      ...pageContext(target, referralReference, raiseHref(target, risk)),
      policy,
      risk,
      changeRiskHref: raiseHref(target),
      input,
      errors,
      ...(target.kind === 'partner' ? { agencies: await listPartnerAgencies(deps) } : {}),
    })
    return reply.render('disagreement/raise.njk', page)
  }

  app.get<{ Querystring: Query }>(paths.raiseDisagreement(), async (request, reply) =>
    render(request, reply, parseRisk(request.query.risk), {}, []),
  )

  app.post<{ Querystring: Query }>(paths.raiseDisagreement(), async (request, reply) => {
    const actor = request.signedIn!.actor
    const target = readTarget(request.query)
    if (textField(request.body, 'step') === 'immediate-risk') {
      const answer = readRiskAnswer(request.body)
      if (!answer.ok) return render(request, reply.status(400), undefined, {}, answer.errors)
      await checkRaiseTarget(deps, actor, target)
      return reply.redirect(raiseHref(target, answer.risk), 303)
    }
    const risk = parseRisk(request.query.risk)
    // The risk question comes first; without its answer, ask it.
    if (!risk) return reply.redirect(raiseHref(target), 303)
    await checkRaiseTarget(deps, actor, target)
    const form = readRaiseForm(request.body, risk)
    const result = await raiseDisagreement(deps, request.requestContext, actor, {
      raisedVia: target.kind === 'partner' ? 'csc-about-partner' : 'practitioner',
      ...(target.kind === 'referral' ? { referralId: target.referralId } : {}),
      ...(target.kind === 'person' ? { personId: target.personId } : {}),
      ...(target.kind === 'partner' ? { aboutAgencyId: form.input.aboutAgencyId } : {}),
      answers: form.answers,
    })
    if (result.ok) return reply.redirect(paths.disagreementPage(result.value.id, 'raised'), 303)
    if (result.error.kind !== 'invalid') throw new Error(`Raising a disagreement failed: ${result.error.kind}`)
    return render(request, reply.status(400), risk, form.input, raiseErrors(result.error.problems))
  })
}
