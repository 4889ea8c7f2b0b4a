import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  canClearRepeatContactFlag,
  canConfigurePartnership,
  canScreenContacts,
} from '../../../domain/access/permissions.js'
import { parseQueueFilter } from '../../../domain/front-door/queue.js'
import { confirmPerson, linkHousehold, personChecks } from '../../../services/front-door/checks-service.js'
import { assignContact, viewContact } from '../../../services/front-door/contact-service.js'
import { recordPhoneFeedback } from '../../../services/front-door/feedback-service.js'
import { frontDoorQueue } from '../../../services/front-door/queue-service.js'
import {
  clearRepeatContactFlag,
  viewRepeatContactFlags,
} from '../../../services/front-door/repeat-contact-flags-service.js'
import { ForbiddenError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { currentThresholdDocument } from '../../../services/threshold-document-service.js'
import { errorsByField, fieldError, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { referralSummaryCards } from '../../presenters/referral-summary.js'
import {
  contactFlags,
  contactSummaryRows,
  decisionRows,
  feedbackStatusText,
  managerStep,
  peopleRows,
} from './contact.presenter.js'
import { checksView } from './checks.presenter.js'
import { renderChanged } from './changed.js'
import { registerChangeDecisionRoutes } from './change-decision-routes.js'
import { registerDecisionRoutes } from './decision-routes.js'
import { queueFilterOptions, queueRows } from './queue.presenter.js'
import { clearReasonField, repeatContactFlagCards } from './repeat-contact.presenter.js'

type Params = { id: string }

const versionOf = (body: unknown) => Number(textField(body, 'version'))

export function frontDoorRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  app.get<{ Querystring: Record<string, unknown> }>(paths.frontDoorQueue, async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canScreenContacts(actor)) throw new ForbiddenError('Not a front door screener')
    const filter = parseQueueFilter(request.query)
    const { items, total, overdue } = await frontDoorQueue(deps, actor, filter)
    const now = deps.clock.now()
    return reply.render('front-door/queue.njk', {
      pageTitle: 'Front door queue',
      rows: queueRows(items, now),
      total,
      overdue,
      filterOptions: queueFilterOptions(filter),
      queueHref: paths.frontDoorQueue,
      phoneReferralHref: paths.newPhoneReferral,
      rulesHref: paths.screeningRules,
    })
  })

  async function renderContact(
    request: FastifyRequest,
    reply: FastifyReply,
    contactId: string,
    form: { errors: FieldError[]; input: FormInput } = { errors: [], input: {} },
  ) {
    const actor = request.signedIn!.actor
    const view = await viewContact(deps, request.requestContext, actor, contactId)
    const repeat = await viewRepeatContactFlags(deps, actor, view.contact.id)
    const document = await currentThresholdDocument(deps)
    const now = deps.clock.now()
    const blind = view.contact.status === 'awaiting-second-screen' && view.decision?.proposedByUserId !== actor.userId
    return reply.render('front-door/contact.njk', {
      pageTitle: `Contact ${view.contact.reference}`,
      view,
      errors: form.errors,
      fieldErrors: errorsByField(form.errors),
      input: form.input,
      flags: contactFlags(view, now, repeat.summary),
      summaryRows: contactSummaryRows(view, now),
      people: peopleRows(view, now),
      allChecked: view.people.filter(p => p.role === 'child').every(p => p.personId),
      decisionRows: blind ? [] : decisionRows(view, document),
      managerStep: managerStep(view, repeat),
      repeatPattern: repeat.summary?.pattern,
      repeatFlags: repeatContactFlagCards(repeat, {
        contactId: view.contact.id,
        names: view.names,
        canClear: canClearRepeatContactFlag(actor),
      }),
      blind,
      isProposer: view.decision?.proposedByUserId === actor.userId,
      isScreenerInPair: [view.decision?.proposedByUserId, view.decision?.secondScreen?.byUserId].includes(actor.userId),
      isManager: actor.roles.includes('front_door_manager'),
      feedbackText: feedbackStatusText(view),
      screeners: view.screeners.map(s => ({
        value: s.id,
        text: s.id === actor.userId ? `${s.name} (you)` : s.name,
        selected: s.id === view.contact.assignedToUserId,
      })),
      cards: referralSummaryCards(view.referral, document, false),
      referralHref: paths.referral(view.referral.id),
      canEditRules: canConfigurePartnership(actor),
      action: (page: string) => paths.contactPage(view.contact.id, page),
    })
  }

  app.get<{ Params: Params }>('/front-door/contacts/:id', async (request, reply) =>
    renderContact(request, reply, request.params.id),
  )

  app.post<{ Params: Params & { flagId: string } }>(
    '/front-door/contacts/:id/repeat-contact-flags/:flagId/clear',
    async (request, reply) => {
      const { id, flagId } = request.params
      const reason = textField(request.body, 'reason')
      const result = await clearRepeatContactFlag(
        deps,
        request.requestContext,
        request.signedIn!.actor,
        id,
        flagId,
        reason,
      )
      if (result.ok) return reply.redirect(`${paths.contact(id)}#flag-${result.value.flagId}`, 303)
      const field = clearReasonField(flagId)
      return renderContact(request, reply.status(400), id, {
        errors: [fieldError(field, result.error.message)],
        input: { [field]: reason },
      })
    },
  )

  app.post<{ Params: Params }>('/front-door/contacts/:id/assign', async (request, reply) => {
    const actor = request.signedIn!.actor
    const to = textField(request.body, 'assignee')
    const assignee = to === 'me' ? actor.userId : to === '' ? null : to
    const result = await assignContact(
      deps,
      request.requestContext,
      actor,
      request.params.id,
      versionOf(request.body),
      assignee,
    )
    if (!result.ok && result.error.kind === 'stale') return renderChanged(reply, result.error.current)
    if (!result.ok) throw new ForbiddenError('Not a screener')
    return reply.redirect(paths.contact(request.params.id), 303)
  })

  app.get<{ Params: Params }>('/front-door/contacts/:id/checks', async (request, reply) => {
    const result = await personChecks(deps, request.requestContext, request.signedIn!.actor, request.params.id)
    return reply.render('front-door/checks.njk', checksView(result, deps.clock.now(), []))
  })

  app.post<{ Params: Params }>('/front-door/contacts/:id/checks', async (request, reply) => {
    const actor = request.signedIn!.actor
    const choice = textField(request.body, 'match')
    const referralPersonId = textField(request.body, 'referralPersonId')
    if (choice === '') {
      const result = await personChecks(deps, request.requestContext, actor, request.params.id)
      const error = { href: `#match-${referralPersonId}` as const, text: 'Select a match, or record a new person' }
      return reply.status(400).render('front-door/checks.njk', checksView(result, deps.clock.now(), [error]))
    }
    const linked = await confirmPerson(
      deps,
      request.requestContext,
      actor,
      request.params.id,
      versionOf(request.body),
      referralPersonId,
      choice === 'new' ? { kind: 'new' } : { kind: 'match', personId: choice },
    )
    if (!linked.ok) {
      if (linked.error.kind === 'stale') return renderChanged(reply, linked.error.current)
      const result = await personChecks(deps, request.requestContext, actor, request.params.id)
      const error = { href: `#match-${referralPersonId}` as const, text: linked.error.reason }
      return reply.status(400).render('front-door/checks.njk', checksView(result, deps.clock.now(), [error]))
    }
    return reply.redirect(`${paths.contactPage(request.params.id, 'checks')}#checked`, 303)
  })

  app.post<{ Params: Params }>('/front-door/contacts/:id/household', async (request, reply) => {
    const actor = request.signedIn!.actor
    const linked = await linkHousehold(deps, request.requestContext, actor, request.params.id, versionOf(request.body))
    if (!linked.ok) {
      if (linked.error.kind === 'stale') return renderChanged(reply, linked.error.current)
      const result = await personChecks(deps, request.requestContext, actor, request.params.id)
      const error = { href: '#household' as const, text: linked.error.reason }
      return reply.status(400).render('front-door/checks.njk', checksView(result, deps.clock.now(), [error]))
    }
    return reply.redirect(paths.contactPage(request.params.id, 'checks'), 303)
  })

  app.post<{ Params: Params }>('/front-door/contacts/:id/phone-feedback', async (request, reply) => {
    await recordPhoneFeedback(deps, request.requestContext, request.signedIn!.actor, request.params.id)
    return reply.redirect(paths.contact(request.params.id), 303)
  })

  registerDecisionRoutes(app, deps)
  registerChangeDecisionRoutes(app, deps)
}
