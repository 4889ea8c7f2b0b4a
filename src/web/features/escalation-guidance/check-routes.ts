import type { FastifyInstance, FastifyReply } from 'fastify'
import type { CheckAnswers } from '../../../domain/training/index.js'
import type { ServiceDeps } from '../../../services/index.js'
import {
  escalationCheck,
  latestEscalationCheckResult,
  submitEscalationCheck,
  type EscalationCheck,
} from '../../../services/training-service.js'
import type { FieldError } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { POLICY_VERSION_FIELD, readCheckAnswers, readPolicyVersion, unansweredErrors } from './check.form.js'
import { checkPage, resultsPage } from './check.presenter.js'

// The five-question self-check on how to challenge a decision, open to everyone signed in, like
// the guidance it checks. Every completed attempt is recorded; the results explain each answer.

export function escalationCheckRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const links = {
    guidanceHref: paths.escalationGuidance,
    checkHref: paths.escalationCheck,
    continueHref: paths.home,
  }

  const renderCheck = (reply: FastifyReply, check: EscalationCheck, answers: CheckAnswers, errors: FieldError[]) =>
    reply.render('escalation-guidance/check.njk', {
      ...checkPage(check, answers, errors),
      ...links,
      policyVersionField: POLICY_VERSION_FIELD,
      formAction: paths.escalationCheck,
    })

  app.get(paths.escalationCheck, async (_request, reply) => renderCheck(reply, await escalationCheck(deps), {}, []))

  app.post(paths.escalationCheck, async (request, reply) => {
    // Marked against the questions the user saw, even if the policy has changed since.
    const asked = await escalationCheck(deps, readPolicyVersion(request.body))
    const answers = readCheckAnswers(asked.questions, request.body)
    const actor = request.signedIn!.actor
    const result = await submitEscalationCheck(deps, request.requestContext, actor, asked.policyVersion, answers)
    if (result.ok) return reply.redirect(paths.escalationCheckResults, 303)
    return renderCheck(reply.status(400), result.error.check, answers, unansweredErrors(result.error.unanswered))
  })

  app.get(paths.escalationCheckResults, async (request, reply) => {
    const result = await latestEscalationCheckResult(deps, request.signedIn!.actor)
    if (!result) return reply.redirect(paths.escalationCheck, 303)
    return reply.render('escalation-guidance/results.njk', {
      ...resultsPage(result, paths.escalationGuidance),
      ...links,
    })
  })
}
