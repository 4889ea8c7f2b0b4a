import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canConfigurePartnership } from '../../../domain/access/permissions.js'
import { RESPONDER_ROLES } from '../../../domain/disagreement/index.js'
import { ForbiddenError } from '../../../services/errors.js'
import { isPartnerAgencyUser } from '../../../domain/training/index.js'
import { publishEscalationPolicy, viewEscalationPolicy } from '../../../services/escalation-policy-service.js'
import type { ServiceDeps } from '../../../services/index.js'
import { latestEscalationCheckResult, recordEscalationGuidanceSeen } from '../../../services/training-service.js'
import type { FieldError, FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { escalationCheckRoutes } from './check-routes.js'
import { parseEditPolicyForm, POLICY_FIELD, policyErrors, VERSION_FIELD } from './edit.form.js'
import { guidancePage, policyJson } from './escalation-guidance.presenter.js'

type Query = Record<string, string | string[] | undefined>

export type EscalationGuidanceOptions = { partnershipName: string; frontDoorPhone: string; outOfHoursNumber: string }

/** The escalation policy as guidance for everyone signed in, and its editor for partnership managers. */
export function escalationGuidanceRoutes(
  app: FastifyInstance,
  deps: ServiceDeps,
  options: EscalationGuidanceOptions,
): void {
  const mustConfigure = (request: FastifyRequest) => {
    if (!canConfigurePartnership(request.signedIn!.actor)) throw new ForbiddenError('Changing the escalation policy')
  }

  app.get(paths.escalationGuidance, async (request: FastifyRequest<{ Querystring: Query }>, reply) => {
    const { actor } = request.signedIn!
    const view = await viewEscalationPolicy(deps)
    // Once seen, from the navigation or on first sign-in, it is not shown again at sign-in.
    await recordEscalationGuidanceSeen(deps, actor)
    const completed = await latestEscalationCheckResult(deps, actor)
    const published = Number(request.query.published)
    return reply.render('escalation-guidance/guidance.njk', {
      ...guidancePage(view, {
        partnershipName: options.partnershipName,
        frontDoorPhone: options.frontDoorPhone,
        outOfHoursNumber: options.outOfHoursNumber,
        canConfigure: canConfigurePartnership(actor),
        // Only the version now in force earns the banner; anything else in the URL is ignored.
        publishedVersion: published === view.version ? view.version : undefined,
        welcome: request.query.welcome === '1' && isPartnerAgencyUser(actor),
        checkCompletedAt: completed?.completedAt,
      }),
      editHref: paths.escalationGuidanceEdit,
      checkHref: paths.escalationCheck,
      resultsHref: paths.escalationCheckResults,
      continueHref: paths.home,
    })
  })

  escalationCheckRoutes(app, deps)

  const renderEdit = async (reply: FastifyReply, errors: FieldError[] = [], input?: FormInput) => {
    const view = await viewEscalationPolicy(deps)
    return reply.render('escalation-guidance/edit.njk', {
      pageTitle: 'Change the escalation policy',
      errors,
      // Every problem beside the box too, since they all concern the one field.
      policyError: errors.length > 0 ? { messages: errors.map(e => e.text) } : undefined,
      policyField: POLICY_FIELD,
      versionField: VERSION_FIELD,
      input: input ?? { [POLICY_FIELD]: policyJson(view.policy), [VERSION_FIELD]: String(view.version) },
      currentVersion: view.version,
      nextVersion: view.version + 1,
      roles: RESPONDER_ROLES,
      cancelHref: paths.escalationGuidance,
      formAction: paths.escalationGuidanceEdit,
    })
  }

  app.get(paths.escalationGuidanceEdit, async (request, reply) => {
    mustConfigure(request)
    return renderEdit(reply)
  })

  app.post(paths.escalationGuidanceEdit, async (request, reply) => {
    mustConfigure(request)
    const { jsonText, expectedVersion } = parseEditPolicyForm(request.body)
    const actor = request.signedIn!.actor
    const result = await publishEscalationPolicy(deps, request.requestContext, actor, jsonText, expectedVersion)
    if (result.ok) return reply.redirect(`${paths.escalationGuidance}?published=${result.value.version}`, 303)
    const error = result.error
    if (error.kind === 'invalid') {
      return renderEdit(reply.status(400), policyErrors(error.problems.map(p => p.message)), {
        [POLICY_FIELD]: jsonText,
        [VERSION_FIELD]: String(expectedVersion),
      })
    }
    const message =
      error.kind === 'stale'
        ? `Someone else published version ${error.currentVersion} of the policy while you were editing. Check the policy now in force, then publish again to replace it`
        : `Change the policy before publishing: it is the same as version ${error.currentVersion}`
    // The next attempt is based on the version now in force: the manager has been told about it.
    return renderEdit(reply.status(400), policyErrors([message]), {
      [POLICY_FIELD]: jsonText,
      [VERSION_FIELD]: String(error.currentVersion),
    })
  })
}
