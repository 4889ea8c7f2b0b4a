import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canConfigurePartnership } from '../../../domain/access/permissions.js'
import { DECISION_OUTCOMES } from '../../../domain/screening/outcomes.js'
import {
  publishScreeningRules,
  setRecordEveryContactAsReferral,
  viewScreeningRules,
} from '../../../services/front-door/screening-settings-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { errorsByField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { parseEditRulesForm, RULES_FIELD, rulesErrors, VERSION_FIELD } from './edit.form.js'
import { rulesJson, rulesPage } from './screening-rules.presenter.js'
import { parseSettingForm, RECORD_EVERY_CONTACT_FIELD } from './setting.form.js'

type Query = Record<string, string | string[] | undefined>

export function screeningRulesRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const mustConfigure = (request: FastifyRequest) => {
    if (!canConfigurePartnership(request.signedIn!.actor)) throw new ForbiddenError('Changing screening rules')
  }

  const renderRules = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: { publishedVersion?: number; settingSaved?: boolean; errors?: FieldError[] } = {},
  ) => {
    const actor = request.signedIn!.actor
    const view = await viewScreeningRules(deps, actor)
    const errors = options.errors ?? []
    return reply.render('screening-rules/rules.njk', {
      ...rulesPage(view, {
        canConfigure: canConfigurePartnership(actor),
        // Only the version now in force earns the banner; anything else in the URL is ignored.
        publishedVersion: options.publishedVersion === view.version ? view.version : undefined,
        settingSaved: options.settingSaved ?? false,
      }),
      errors,
      fieldErrors: errorsByField(errors),
      editHref: paths.screeningRulesEdit,
      settingAction: paths.screeningRulesSetting,
      settingField: RECORD_EVERY_CONTACT_FIELD,
    })
  }

  app.get(paths.screeningRules, async (request: FastifyRequest<{ Querystring: Query }>, reply) =>
    renderRules(request, reply, {
      publishedVersion: Number(request.query.published),
      settingSaved: request.query.saved === 'setting',
    }),
  )

  app.post(paths.screeningRulesSetting, async (request, reply) => {
    mustConfigure(request)
    const form = parseSettingForm(request.body)
    if (!form.ok) return renderRules(request, reply.status(400), { errors: form.errors })
    await setRecordEveryContactAsReferral(deps, request.requestContext, request.signedIn!.actor, form.value)
    return reply.redirect(`${paths.screeningRules}?saved=setting`, 303)
  })

  const renderEdit = async (
    request: FastifyRequest,
    reply: FastifyReply,
    errors: FieldError[] = [],
    input?: FormInput,
  ) => {
    const view = await viewScreeningRules(deps, request.signedIn!.actor)
    return reply.render('screening-rules/edit.njk', {
      pageTitle: 'Change the double-screening rules',
      errors,
      // Every problem beside the box too, since they all concern the one field.
      rulesError: errors.length > 0 ? { messages: errors.map(e => e.text) } : undefined,
      rulesField: RULES_FIELD,
      versionField: VERSION_FIELD,
      input: input ?? { [RULES_FIELD]: rulesJson(view.rules), [VERSION_FIELD]: String(view.version) },
      currentVersion: view.version,
      nextVersion: view.version + 1,
      outcomes: DECISION_OUTCOMES,
      cancelHref: paths.screeningRules,
      formAction: paths.screeningRulesEdit,
    })
  }

  app.get(paths.screeningRulesEdit, async (request, reply) => {
    mustConfigure(request)
    return renderEdit(request, reply)
  })

  app.post(paths.screeningRulesEdit, async (request, reply) => {
    mustConfigure(request)
    const { jsonText, expectedVersion } = parseEditRulesForm(request.body)
    const actor = request.signedIn!.actor
    const result = await publishScreeningRules(deps, request.requestContext, actor, jsonText, expectedVersion)
    if (result.ok) return reply.redirect(`${paths.screeningRules}?published=${result.value.version}`, 303)
    const error = result.error
    if (error.kind === 'invalid') {
      return renderEdit(request, reply.status(400), rulesErrors(error.problems.map(p => p.message)), {
        [RULES_FIELD]: jsonText,
        [VERSION_FIELD]: String(expectedVersion),
      })
    }
    const message =
      error.kind === 'stale'
        ? `Someone else published version ${error.currentVersion} of the rules while you were editing. Check the rules now in force, then publish again to replace them`
        : `Change the rules before publishing: they are the same as version ${error.currentVersion}`
    // The next attempt is based on the version now in force: the manager has been told about it.
    return renderEdit(request, reply.status(400), rulesErrors([message]), {
      [RULES_FIELD]: jsonText,
      [VERSION_FIELD]: String(error.currentVersion),
    })
  })
}
