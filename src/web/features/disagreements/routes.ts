import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { daysLeftText, DISAGREEMENT_OUTCOMES, type DisagreementCommand } from '../../../domain/disagreement/index.js'
import {
  acceptResponse,
  addNote,
  closeDisagreement,
  escalateDisagreement,
  respondAtStage,
  type DisagreementResult,
} from '../../../services/disagreement/disagreement-service.js'
import { disagreementPageContext } from '../../../services/disagreement/disagreement-page-context.js'
import { viewDisagreement } from '../../../services/disagreement/disagreement-views.js'
import type { RequestContext } from '../../../services/audit-service.js'
import type { Actor } from '../../../domain/access/actor.js'
import type { ServiceDeps } from '../../../services/index.js'
import { textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { toFieldErrors } from '../../forms/form-errors.js'
import { formatDate } from '../../formatting.js'
import { paths } from '../../paths.js'
import { workingDays } from '../../presenters/raise-disagreement.js'
import { ACTION_FIELDS, ACTION_PAGES, doneBanner } from './actions.presenter.js'
import { renderChanged } from './changed.js'
import { disagreementPage } from './disagreement.presenter.js'
import { registerRaiseRoutes } from './raise-routes.js'
import { stageSides } from './stage-sides.presenter.js'

// A professional disagreement's page and the forms on it: respond, accept, take it to the next
// stage, add a note, record the outcome. Anyone who may not see it gets "not found".

type Params = { id: string }
type Request = FastifyRequest<{ Params: Params; Querystring: Record<string, unknown> }>

type Run = (
  deps: ServiceDeps,
  rc: RequestContext,
  actor: Actor,
  id: string,
  version: number,
  body: unknown,
) => Promise<DisagreementResult>

const OFFERED_OUTCOMES: readonly string[] = DISAGREEMENT_OUTCOMES.filter(o => o !== 'decision-changed')

/** Each command: what the form sends to the service, and what the banner says afterwards. */
const COMMANDS: Record<DisagreementCommand, { run: Run; done: string }> = {
  respond: {
    run: (deps, rc, actor, id, version, body) =>
      respondAtStage(deps, rc, actor, id, version, { response: textField(body, 'response') }),
    done: 'responded',
  },
  accept: { run: (deps, rc, actor, id, version) => acceptResponse(deps, rc, actor, id, version), done: 'accepted' },
  escalate: {
    run: (deps, rc, actor, id, version, body) =>
      escalateDisagreement(deps, rc, actor, id, version, { reason: textField(body, 'reason') }),
    done: 'escalated',
  },
  'add-note': {
    run: (deps, rc, actor, id, version, body) =>
      addNote(deps, rc, actor, id, version, { note: textField(body, 'note') }),
    done: 'noted',
  },
  close: {
    run: (deps, rc, actor, id, version, body) => {
      // A changed decision is recorded by changing the decision, never from this form.
      const outcome = textField(body, 'outcome')
      return closeDisagreement(deps, rc, actor, id, version, {
        outcome: OFFERED_OUTCOMES.includes(outcome) ? outcome : '',
        reasons: textField(body, 'reasons'),
      })
    },
    done: 'closed',
  },
}

export function disagreementRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  registerRaiseRoutes(app, deps)

  async function renderPage(
    request: Request,
    reply: FastifyReply,
    extras: { errors?: FieldError[]; input?: FormInput } = {},
  ) {
    const actor = request.signedIn!.actor
    const view = await viewDisagreement(deps, request.requestContext, actor, request.params.id)
    const context = await disagreementPageContext(deps, actor, view)
    return reply.render(
      'disagreements/disagreement.njk',
      disagreementPage(actor, view, context, {
        errors: extras.errors ?? [],
        input: extras.input ?? {},
        banner: extras.errors?.length ? null : doneBanner(request.query.done, view),
      }),
    )
  }

  app.get<{ Params: Params; Querystring: Record<string, unknown> }>(paths.disagreement(':id'), async (request, reply) =>
    renderPage(request, reply),
  )

  app.get<{ Params: Params }>(paths.disagreementPage(':id', 'raised'), async (request, reply) => {
    const actor = request.signedIn!.actor
    const view = await viewDisagreement(deps, request.requestContext, actor, request.params.id)
    const d = view.disagreement
    // The confirmation is for the person who raised it, just after; everyone else sees the page.
    if (d.raisedByUserId !== actor.userId || d.state !== 'open') {
      return reply.redirect(paths.disagreement(d.id), 303)
    }
    const context = await disagreementPageContext(deps, actor, view)
    const next = view.policy.stages.find(s => s.number === d.stage + 1)
    return reply.render('disagreements/raised.njk', {
      pageTitle: 'Disagreement raised',
      reference: d.reference,
      stage: view.stage,
      responding: stageSides(view.stage, { id: d.aboutAgencyId, name: context.aboutAgencyName }).responding,
      within: workingDays(view.stage.respondWithinWorkingDays),
      dueOn: formatDate(d.stageDueAt),
      daysLeft: view.daysLeft ? daysLeftText(view.daysLeft) : null,
      immediateRisk: d.immediateRisk,
      next: next ? { number: next.number, name: next.name } : null,
      disagreementHref: paths.disagreement(d.id),
      guidanceHref: paths.escalationGuidance,
    })
  })

  for (const [command, { run, done }] of Object.entries(COMMANDS) as [
    DisagreementCommand,
    (typeof COMMANDS)[DisagreementCommand],
  ][]) {
    app.post<{ Params: Params; Querystring: Record<string, unknown> }>(
      paths.disagreementPage(':id', ACTION_PAGES[command]),
      async (request, reply) => {
        const actor = request.signedIn!.actor
        const id = request.params.id
        const version = Number(textField(request.body, 'version'))
        const result = await run(deps, request.requestContext, actor, id, version, request.body)
        if (result.ok) return reply.redirect(`${paths.disagreement(id)}?done=${done}`, 303)
        const input: FormInput = {}
        for (const field of ACTION_FIELDS) input[field] = textField(request.body, field)
        switch (result.error.kind) {
          case 'stale':
            return renderChanged(reply, result.error.current)
          case 'invalid':
            return renderPage(request, reply.status(400), {
              errors: toFieldErrors(result.error.problems, ACTION_FIELDS),
              input,
            })
          case 'refused':
            // The rules changed under the form, e.g. its deadline passed: say why, lose nothing.
            return renderPage(request, reply.status(403), {
              errors: [{ href: '#actions', text: result.error.reason }],
              input,
            })
        }
      },
    )
  }
}
