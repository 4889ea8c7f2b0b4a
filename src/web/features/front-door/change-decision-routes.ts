import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { DISAGREEMENT_SUBJECT_LABELS } from '../../../domain/disagreement/index.js'
import { changeDecisionThroughDisagreement } from '../../../services/disagreement/change-decision.js'
import { viewDisagreement, type DisagreementView } from '../../../services/disagreement/disagreement-views.js'
import { viewContact, type ContactView } from '../../../services/front-door/contact-service.js'
import { NotFoundError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { currentThresholdDocument } from '../../../services/threshold-document-service.js'
import { errorsByField, fieldError, textField, type FieldError } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { levelRadioItems } from '../../presenters/threshold-indicators.js'
import { decisionRows, outcomeRadioItems } from './contact.presenter.js'
import { decisionErrors, readDecisionForm } from './decision.form.js'

// "Decision changed" (issue 5 §3): a front door manager records the new decision on a contact
// because someone challenged it. It closes the disagreement with that outcome in the same
// step, so the two can never disagree with each other.

type Request = FastifyRequest<{ Params: { id: string }; Querystring: { disagreement?: string } }>
type Form = { outcome: string; level: string; rationale: string }

export function registerChangeDecisionRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  async function load(request: Request): Promise<{ view: ContactView; d: DisagreementView }> {
    const actor = request.signedIn!.actor
    const d = await viewDisagreement(deps, request.requestContext, actor, request.query.disagreement ?? '')
    if (d.disagreement.contactId !== request.params.id) throw new NotFoundError('Not a disagreement about this contact')
    const view = await viewContact(deps, request.requestContext, actor, request.params.id)
    return { view, d }
  }

  async function render(
    reply: FastifyReply,
    { view, d }: { view: ContactView; d: DisagreementView },
    form: Form,
    errors: FieldError[],
    version = d.disagreement.version,
  ) {
    const document = await currentThresholdDocument(deps)
    const disagreement = d.disagreement
    return reply.render('front-door/change-decision.njk', {
      pageTitle: 'Change the decision',
      view,
      disagreement,
      version,
      errors,
      fieldErrors: errorsByField(errors),
      input: form,
      decisionRows: decisionRows(view, document),
      challengeRows: [
        { key: { text: 'What is disagreed with' }, value: { text: DISAGREEMENT_SUBJECT_LABELS[disagreement.subject] } },
        { key: { text: 'Why' }, value: { text: disagreement.reasons } },
        { key: { text: 'What they want to happen' }, value: { text: disagreement.outcomeWanted } },
      ],
      outcomes: outcomeRadioItems(form.outcome),
      levels: levelRadioItems(document, form.level),
      action: paths.changeDecision(view.contact.id, disagreement.id),
      disagreementHref: paths.disagreement(disagreement.id),
    })
  }

  app.get<{ Params: { id: string }; Querystring: { disagreement?: string } }>(
    '/front-door/contacts/:id/change-decision',
    async (request, reply) => {
      const loaded = await load(request)
      if (!loaded.d.can.close && !loaded.d.can.respond) {
        return reply.redirect(paths.disagreement(loaded.d.disagreement.id), 303)
      }
      return render(reply, loaded, { outcome: '', level: '', rationale: '' }, [])
    },
  )

  app.post<{ Params: { id: string }; Querystring: { disagreement?: string } }>(
    '/front-door/contacts/:id/change-decision',
    async (request, reply) => {
      const loaded = await load(request)
      const { input } = readDecisionForm(request.body)
      const form: Form = { outcome: input.outcome ?? '', level: input.level ?? '', rationale: input.rationale ?? '' }
      const result = await changeDecisionThroughDisagreement(
        deps,
        request.requestContext,
        request.signedIn!.actor,
        loaded.d.disagreement.id,
        Number(textField(request.body, 'version')),
        form,
      )
      if (result.ok) return reply.redirect(paths.disagreement(result.value.id), 303)
      const error = result.error
      if (error.kind === 'invalid') {
        const errors = decisionErrors(error.problems as Parameters<typeof decisionErrors>[0])
        return render(reply.status(400), loaded, form, errors)
      }
      if (error.kind === 'stale') {
        const text = 'Someone else changed this disagreement since you opened it. Check what they did, then try again.'
        return render(reply.status(409), loaded, form, [fieldError('outcome', text)], error.current.version)
      }
      return render(reply.status(403), loaded, form, [fieldError('outcome', error.reason)])
    },
  )
}
