import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canConfigurePartnership } from '../../../domain/access/permissions.js'
import { DECISION_OUTCOMES } from '../../../domain/screening/outcomes.js'
import {
  publishRepeatContactRules,
  viewRepeatContactRules,
} from '../../../services/front-door/repeat-contact-rules-service.js'
import {
  publishScreeningRules,
  setRecordEveryContactAsReferral,
  viewScreeningRules,
} from '../../../services/front-door/screening-settings-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { errorsByField, type FieldError } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { repeatContactRulesSection } from './repeat-contact-rules.presenter.js'
import { registerRulesEditor } from './rules-editor.js'
import { rulesPage } from './screening-rules.presenter.js'
import { parseSettingForm, RECORD_EVERY_CONTACT_FIELD } from './setting.form.js'

type Query = Record<string, string | string[] | undefined>

export function screeningRulesRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const mustConfigure = (request: FastifyRequest) => {
    if (!canConfigurePartnership(request.signedIn!.actor)) throw new ForbiddenError('Changing screening rules')
  }

  const renderRules = async (
    request: FastifyRequest,
    reply: FastifyReply,
    options: {
      publishedVersion?: number
      repeatPublishedVersion?: number
      settingSaved?: boolean
      errors?: FieldError[]
    } = {},
  ) => {
    const actor = request.signedIn!.actor
    const view = await viewScreeningRules(deps, actor)
    const repeat = await viewRepeatContactRules(deps, actor)
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
      repeatContact: repeatContactRulesSection(repeat, options.repeatPublishedVersion),
      editHref: paths.screeningRulesEdit,
      repeatEditHref: paths.repeatContactRulesEdit,
      settingAction: paths.screeningRulesSetting,
      settingField: RECORD_EVERY_CONTACT_FIELD,
    })
  }

  app.get(paths.screeningRules, async (request: FastifyRequest<{ Querystring: Query }>, reply) =>
    renderRules(request, reply, {
      publishedVersion: Number(request.query.published),
      repeatPublishedVersion: Number(request.query['repeat-published']),
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

  registerRulesEditor(app, {
    path: paths.screeningRulesEdit,
    title: 'Change the double-screening rules',
    rulesLabel: 'Double-screening rules (JSON)',
    backText: 'Double-screening rules',
    introText:
      'Decisions proposed from then on are screened under it. Decisions already made keep the version they used, so what they say about why a rule fired never changes.',
    idUse: 'decisions name the rules that fired by id',
    helpTemplate: 'screening-rules/_double-screening-help.njk',
    helpContext: { outcomes: DECISION_OUTCOMES },
    view: actor => viewScreeningRules(deps, actor),
    publish: (ctx, actor, text, version) => publishScreeningRules(deps, ctx, actor, text, version),
    publishedHref: version => `${paths.screeningRules}?published=${version}`,
  })

  registerRulesEditor(app, {
    path: paths.repeatContactRulesEdit,
    title: 'Change the repeat-contact rules',
    rulesLabel: 'Repeat-contact rules (JSON)',
    backText: 'Screening rules',
    introText:
      'Contacts are checked against it from then on. Flags already raised keep the version that raised them, and a rule switched off never removes a flag.',
    idUse: 'flags name the rule that raised them by id',
    helpTemplate: 'screening-rules/_repeat-contact-help.njk',
    view: actor => viewRepeatContactRules(deps, actor),
    publish: (ctx, actor, text, version) => publishRepeatContactRules(deps, ctx, actor, text, version),
    publishedHref: version => `${paths.screeningRules}?repeat-published=${version}#repeat-contact-rules`,
  })
}
