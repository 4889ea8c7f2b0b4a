import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { validateProposal } from '../../../domain/front-door/decision-input.js'
import { composeFeedbackMessage, levelGap, outcomeLabel } from '../../../domain/screening/index.js'
import type { ThresholdLevel } from '../../../domain/referral/referral-content.js'
import { formatServiceContact } from '../../../domain/early-help/early-help-service.js'
import type { ServiceDeps } from '../../../services/index.js'
import { viewContact, type ContactView } from '../../../services/front-door/contact-service.js'
import { viewRepeatContactFlags } from '../../../services/front-door/repeat-contact-flags-service.js'
import {
  proposeDecision,
  secondScreenDecision,
  settleDecision,
  type ScreeningError,
} from '../../../services/front-door/decision-service.js'
import { listEarlyHelpServices } from '../../../services/early-help-service.js'
import { currentThresholdDocument } from '../../../services/threshold-document-service.js'
import { errorsByField, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { referralSummaryCards } from '../../presenters/referral-summary.js'
import { indicatorCheckboxGroups, levelRadioItems } from '../../presenters/threshold-indicators.js'
import { decisionRows, levelName, managerStep, outcomeRadioItems } from './contact.presenter.js'
import { repeatContactFlagCards } from './repeat-contact.presenter.js'
import { decisionErrors, readDecisionForm } from './decision.form.js'
import { renderChanged } from './changed.js'

// Proposing a decision (choose, then word the feedback), the blind second screen and the
// manager's settlement. Each page works without JavaScript and keeps what was typed.

type Params = { id: string }
type Form = { input: FormInput; codes: string[] }

export function registerDecisionRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  const load = (request: FastifyRequest, id: string) =>
    viewContact(deps, request.requestContext, request.signedIn!.actor, id)

  async function renderChoose(reply: FastifyReply, view: ContactView, form: Form, errors: FieldError[]) {
    const document = await currentThresholdDocument(deps)
    const services = await listEarlyHelpServices(deps, {})
    return reply.render('front-door/decision.njk', {
      pageTitle: 'Propose a decision',
      view,
      errors,
      fieldErrors: errorsByField(errors),
      input: form.input,
      outcomes: outcomeRadioItems(form.input.outcome),
      levels: levelRadioItems(document, form.input.level),
      domains: indicatorCheckboxGroups(document, form.codes),
      services: [{ value: '', text: 'No service' }].concat(
        services.map(
          s =>
            ({ value: s.id, text: `${s.name} (${s.area})`, selected: s.id === form.input.earlyHelpServiceId }) as never,
        ),
      ),
      referrerLevel: view.referral.content.referrerView.level,
      cards: referralSummaryCards(view.referral, document, false),
      action: paths.contactPage(view.contact.id, 'decision'),
      contactHref: paths.contact(view.contact.id),
    })
  }

  async function renderWording(reply: FastifyReply, view: ContactView, form: Form, errors: FieldError[]) {
    const document = await currentThresholdDocument(deps)
    const level = Number(form.input.level) as ThresholdLevel
    const referrerLevel = view.referral.content.referrerView.level
    const service = form.input.earlyHelpServiceId
      ? (await listEarlyHelpServices(deps, {})).find(s => s.id === form.input.earlyHelpServiceId)
      : undefined
    const outcome = form.input.outcome as never
    const isPublic = view.referral.channel === 'phone' && view.referral.content.call?.callerType === 'public'
    const feedbackText =
      form.input.feedbackText ||
      composeFeedbackMessage({
        audience: isPublic ? 'public' : 'professional',
        outcome,
        decidedLevel: level,
        levelLabel: document.levels.find(l => l.level === level)?.name,
        citedIndicators: document.indicators.filter(i => form.codes.includes(i.code)).map(i => ({ label: i.title })),
        // Email is no place for a child's name: the message says "the child".
        childNames: [],
        referrerLevel,
        earlyHelpService: service ? { name: service.name, contact: formatServiceContact(service) } : undefined,
      })
    return reply.render('front-door/decision-feedback.njk', {
      pageTitle: 'Word the feedback to the referrer',
      view,
      errors,
      fieldErrors: errorsByField(errors),
      input: { ...form.input, feedbackText },
      codes: form.codes,
      gap: levelGap(referrerLevel, level),
      decisionText: `${outcomeLabel(outcome)}, ${levelName(document, level)}`,
      isPublic,
      action: paths.contactPage(view.contact.id, 'decision'),
      contactHref: paths.contact(view.contact.id),
    })
  }

  function onRefusal(reply: FastifyReply, error: ScreeningError, retry: (errors: FieldError[]) => Promise<unknown>) {
    if (error.kind === 'stale') return renderChanged(reply, error.current)
    if (error.kind === 'invalid') return retry(decisionErrors(error.problems))
    reply.status(error.kind === 'refused' ? 403 : 400)
    return retry([{ href: '#outcome', text: error.reason }])
  }

  app.get<{ Params: Params }>('/front-door/contacts/:id/decision', async (request, reply) => {
    const view = await load(request, request.params.id)
    if (view.contact.status !== 'awaiting-screening') return reply.redirect(paths.contact(view.contact.id), 303)
    return renderChoose(reply, view, { input: {}, codes: view.referral.content.concerns.indicatorCodes ?? [] }, [])
  })

  app.post<{ Params: Params }>('/front-door/contacts/:id/decision', async (request, reply) => {
    const view = await load(request, request.params.id)
    const form = readDecisionForm(request.body)
    const document = await currentThresholdDocument(deps)
    const services = await listEarlyHelpServices(deps, {})
    // The choices are checked first; the feedback is worded on the next page.
    const choices = validateProposal(
      { ...form.raw, feedbackText: 'checked on the next page' },
      {
        knownIndicatorCodes: new Set(document.indicators.map(i => i.code)),
        knownServiceIds: new Set(services.map(s => s.id)),
      },
    )
    if (!choices.ok) return renderChoose(reply.status(400), view, form, decisionErrors(choices.error))
    if (textField(request.body, 'step') !== 'confirm') return renderWording(reply, view, form, [])
    const result = await proposeDecision(
      deps,
      request.requestContext,
      request.signedIn!.actor,
      view.contact.id,
      Number(textField(request.body, 'version')),
      form.raw,
    )
    if (result.ok) return reply.redirect(paths.contact(view.contact.id), 303)
    return onRefusal(reply, result.error, errors =>
      errors.some(e => e.href !== '#feedbackText')
        ? renderChoose(reply.status(reply.statusCode === 200 ? 400 : reply.statusCode), view, form, errors)
        : renderWording(reply.status(400), view, form, errors),
    )
  })

  async function renderScreen(
    reply: FastifyReply,
    view: ContactView,
    kind: 'second-screen' | 'settle',
    form: Form,
    errors: FieldError[],
  ) {
    const document = await currentThresholdDocument(deps)
    // The manager sees the repeat-contact pattern they are reviewing; the blind second screener does not need it.
    const repeat =
      kind === 'settle' ? await viewRepeatContactFlags(deps, reply.request.signedIn!.actor, view.contact.id) : undefined
    const step = repeat ? managerStep(view, repeat) : undefined
    // A review of repeat contacts starts from the decision proposed: the manager agrees or changes it.
    const start: FormInput =
      step?.title === 'Review the decision' && view.decision
        ? { outcome: view.decision.outcome, level: String(view.decision.level) }
        : {}
    const input: FormInput = {
      feedbackText: kind === 'settle' ? (view.decision?.feedbackText ?? '') : '',
      ...start,
      ...form.input,
    }
    return reply.render(`front-door/${kind}.njk`, {
      pageTitle: step?.title ?? 'Second screen',
      view,
      errors,
      fieldErrors: errorsByField(errors),
      input,
      managerStep: step,
      repeatPattern: repeat?.summary?.pattern,
      repeatFlags: repeat
        ? repeatContactFlagCards(repeat, { contactId: view.contact.id, names: view.names, canClear: false })
        : [],
      outcomes: outcomeRadioItems(input.outcome),
      levels: levelRadioItems(document, input.level),
      // Blind: the second screener sees the referral and checks, never the first decision.
      decisionRows: kind === 'settle' ? decisionRows(view, document) : [],
      cards: referralSummaryCards(view.referral, document, false),
      action: paths.contactPage(view.contact.id, kind),
      contactHref: paths.contact(view.contact.id),
    })
  }

  for (const kind of ['second-screen', 'settle'] as const) {
    const state = kind === 'settle' ? 'awaiting-manager' : 'awaiting-second-screen'
    app.get<{ Params: Params }>(`/front-door/contacts/:id/${kind}`, async (request, reply) => {
      const view = await load(request, request.params.id)
      if (view.contact.status !== state) return reply.redirect(paths.contact(view.contact.id), 303)
      return renderScreen(reply, view, kind, { input: {}, codes: [] }, [])
    })
    app.post<{ Params: Params }>(`/front-door/contacts/:id/${kind}`, async (request, reply) => {
      const view = await load(request, request.params.id)
      const form = readDecisionForm(request.body)
      const command = kind === 'settle' ? settleDecision : secondScreenDecision
      const result = await command(
        deps,
        request.requestContext,
        request.signedIn!.actor,
        view.contact.id,
        Number(textField(request.body, 'version')),
        form.raw,
      )
      if (result.ok) return reply.redirect(paths.contact(view.contact.id), 303)
      return onRefusal(reply, result.error, errors =>
        renderScreen(reply.status(reply.statusCode === 200 ? 400 : reply.statusCode), view, kind, form, errors),
      )
    })
  }
}
