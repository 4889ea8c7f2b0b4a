import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../../../domain/access/actor.js'
import { canConfigurePartnership } from '../../../domain/access/permissions.js'
import type { Result } from '../../../domain/shared/result.js'
import type { RequestContext } from '../../../services/audit-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { PublishRuleListError } from '../../../services/front-door/rule-lists.js'
import type { FieldError, FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { parseEditRulesForm, RULES_FIELD, rulesErrors, VERSION_FIELD } from './edit.form.js'

// The page where a partnership manager edits a rule list as JSON and publishes it as the next
// version: the double-screening rules and the repeat-contact rules share it. Each registers the
// words, the help and the services that differ.

export type RulesEditor<R> = Readonly<{
  path: string
  /** "Change the double-screening rules". */
  title: string
  /** The text box's label: "Double-screening rules (JSON)". */
  rulesLabel: string
  /** The back link's text. */
  backText: string
  /** After "Publishing creates version N.": what the new version changes, and what it does not. */
  introText: string
  /** Why a rule keeps its id: "decisions name the rules that fired by id". */
  idUse: string
  /** The kinds of condition, for "What the rules must contain". */
  helpTemplate: string
  helpContext?: Record<string, unknown>
  view: (actor: Actor) => Promise<{ version: number; rules: readonly R[] }>
  publish: (
    ctx: RequestContext,
    actor: Actor,
    jsonText: string,
    expectedVersion: number,
  ) => Promise<Result<{ version: number }, PublishRuleListError>>
  /** Where the manager lands once a version is published. */
  publishedHref: (version: number) => string
}>

/** The rules as the manager edits them: two-space indented JSON. */
export function rulesJson(rules: readonly unknown[]): string {
  return JSON.stringify(rules, null, 2)
}

export function registerRulesEditor<R>(app: FastifyInstance, editor: RulesEditor<R>): void {
  const mustConfigure = (request: FastifyRequest) => {
    if (!canConfigurePartnership(request.signedIn!.actor)) throw new ForbiddenError('Changing screening rules')
  }

  const render = async (request: FastifyRequest, reply: FastifyReply, errors: FieldError[] = [], input?: FormInput) => {
    const view = await editor.view(request.signedIn!.actor)
    return reply.render('screening-rules/edit.njk', {
      pageTitle: editor.title,
      backText: editor.backText,
      introText: editor.introText,
      idUse: editor.idUse,
      helpTemplate: editor.helpTemplate,
      ...editor.helpContext,
      rulesLabel: editor.rulesLabel,
      errors,
      // Every problem beside the box too, since they all concern the one field.
      rulesError: errors.length > 0 ? { messages: errors.map(e => e.text) } : undefined,
      rulesField: RULES_FIELD,
      versionField: VERSION_FIELD,
      input: input ?? { [RULES_FIELD]: rulesJson(view.rules), [VERSION_FIELD]: String(view.version) },
      currentVersion: view.version,
      nextVersion: view.version + 1,
      cancelHref: paths.screeningRules,
      formAction: editor.path,
    })
  }

  app.get(editor.path, async (request, reply) => {
    mustConfigure(request)
    return render(request, reply)
  })

  app.post(editor.path, async (request, reply) => {
    mustConfigure(request)
    const { jsonText, expectedVersion } = parseEditRulesForm(request.body)
    const result = await editor.publish(request.requestContext, request.signedIn!.actor, jsonText, expectedVersion)
    if (result.ok) return reply.redirect(editor.publishedHref(result.value.version), 303)
    const error = result.error
    if (error.kind === 'invalid') {
      return render(request, reply.status(400), rulesErrors(error.problems.map(p => p.message)), {
        [RULES_FIELD]: jsonText,
        [VERSION_FIELD]: String(expectedVersion),
      })
    }
    const message =
      error.kind === 'stale'
        ? `Someone else published version ${error.currentVersion} of the rules while you were editing. Check the rules now in force, then publish again to replace them`
        : `Change the rules before publishing: they are the same as version ${error.currentVersion}`
    // The next attempt is based on the version now in force: the manager has been told about it.
    return render(request, reply.status(400), rulesErrors([message]), {
      [RULES_FIELD]: jsonText,
      [VERSION_FIELD]: String(error.currentVersion),
    })
  })
}
