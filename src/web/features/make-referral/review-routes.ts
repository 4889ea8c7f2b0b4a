import type { FastifyInstance, FastifyReply } from 'fastify'
import { canEditReferralDraft, canRaiseDisagreement } from '../../../domain/access/permissions.js'
import { assessReferralQuality } from '../../../domain/referral/referral-quality.js'
import {
  sectionStatuses,
  validateReferral,
  type ReferralProblem,
} from '../../../domain/referral/referral-validation.js'
import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import { referralStatusText } from '../../../domain/referral/referral-lifecycle.js'
import { disagreementsAboutReferral } from '../../../services/disagreement/disagreement-lists.js'
import { ConflictError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { submissionReceipt, submitReferral } from '../../../services/referral-submission-service.js'
import {
  discardDraft,
  isOwnSentReferral,
  listAgencyReferrals,
  listMyReferrals,
  loadDraft,
  todayInLondon,
  viewReferral,
} from '../../../services/referral-service.js'
import type { ThresholdDocument } from '../../../domain/threshold/threshold-document.js'
import { currentThresholdDocument } from '../../../services/threshold-document-service.js'
import { formatDateTime } from '../../formatting.js'
import type { FieldError } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { referralSummaryCards } from '../../presenters/referral-summary.js'
import { childName } from '../../presenters/referral-text.js'
import { feedbackPanel } from './feedback-routes.js'
import { referralDisagreements } from './referral-disagreements.presenter.js'
import { taskListItems } from './task-list.presenter.js'

type Params = { id: string }

const PROBLEM_PAGES: Record<ReferralProblem['section'], (p: ReferralProblem) => string> = {
  call: () => 'call',
  'immediate-danger': () => 'immediate-danger',
  children: p => (p.itemId ? `children/${p.itemId}` : 'children'),
  adults: p => (p.itemId ? `adults/${p.itemId}` : 'adults'),
  concerns: p => (p.field === 'indicatorCodes' ? 'concerns/indicators' : 'concerns/details'),
  level: () => 'level',
  consent: () => 'consent',
  referrer: () => 'referrer',
}

// Each problem links to the page and field where it can be fixed.
function problemLinks(referral: Referral, problems: ReferralProblem[]): FieldError[] {
  return problems.map(p => ({
    href: `${paths.referralPage(referral.id, PROBLEM_PAGES[p.section](p))}#${p.field}` as `#${string}`,
    text: p.message,
  }))
}

export function registerReviewRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  // The threshold document is read once per request and used for both the rules and the page.
  const validationContext = (referral: Referral, document: ThresholdDocument) => ({
    channel: referral.channel,
    today: todayInLondon(deps),
    indicatorCodes: new Set(document.indicators.map(i => i.code)),
  })

  app.get<{ Params: Params }>('/referrals/:id', async (request, reply) => {
    const actor = request.signedIn!.actor
    const referral = await viewReferral(deps, request.requestContext, actor, request.params.id)
    const document = await currentThresholdDocument(deps)
    if (canEditReferralDraft(actor, referral)) {
      const tasks = taskListItems(referral, sectionStatuses(referral.content, validationContext(referral, document)))
      return reply.render('make-referral/task-list.njk', {
        pageTitle: referral.channel === 'phone' ? 'Phone referral' : 'Your referral',
        referral,
        tasks,
        deleteHref: paths.referralPage(referral.id, 'delete'),
      })
    }
    const feedback = await feedbackPanel(deps, actor, referral)
    const disagreements = await disagreementsAboutReferral(deps, actor, referral.id)
    return reply.render('make-referral/referral.njk', {
      pageTitle: `Referral ${referral.reference ?? ''}`,
      referral,
      statusText: feedback ? 'Decided' : referralStatusText(referral),
      submittedAt: referral.submittedAt ? formatDateTime(referral.submittedAt) : '',
      cards: referralSummaryCards(referral, document, false),
      feedback,
      // While the referrer may still answer the feedback, its "I disagree" is the way to raise one.
      ...referralDisagreements(referral, actor.userId, disagreements, {
        canRaise: canRaiseDisagreement(actor) && !feedback?.canRespond,
      }),
    })
  })

  app.get<{ Params: Params }>('/referrals/:id/check-answers', async (request, reply) => {
    if (await isOwnSentReferral(deps, request.signedIn!.actor, request.params.id)) {
      return reply.redirect(paths.referral(request.params.id), 303)
    }
    const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
    return renderCheckAnswers(reply, referral, [])
  })

  app.post<{ Params: Params }>('/referrals/:id/check-answers', async (request, reply) => {
    const actor = request.signedIn!.actor
    const submitted = await submitReferral(deps, request.requestContext, actor, request.params.id)
    if (submitted.ok) return reply.redirect(paths.referralPage(request.params.id, 'confirmation'), 303)
    if (submitted.error.kind !== 'incomplete') throw new ConflictError('Cannot send this referral')
    const referral = await loadDraft(deps, actor, request.params.id)
    return renderCheckAnswers(reply.status(400), referral, problemLinks(referral, submitted.error.problems))
  })

  async function renderCheckAnswers(reply: FastifyReply, referral: Referral, errors: FieldError[]) {
    const document = await currentThresholdDocument(deps)
    const problems =
      errors.length > 0
        ? errors
        : problemLinks(referral, validateReferral(referral.content, validationContext(referral, document)))
    const quality = assessReferralQuality(referral.content, todayInLondon(deps))
    return reply.render('make-referral/check-answers.njk', {
      pageTitle: 'Check your answers before sending the referral',
      referral,
      errors,
      incomplete: errors.length === 0 ? problems : [],
      cards: referralSummaryCards(referral, document, true),
      quality,
      qualityLinks: quality.prompts.map(p => ({
        text: p.text,
        href: paths.referralPage(referral.id, PROBLEM_PAGES[p.section]({ section: p.section, field: '', message: '' })),
      })),
      taskListHref: paths.referral(referral.id),
      isPhone: referral.channel === 'phone',
    })
  }

  app.get<{ Params: Params }>('/referrals/:id/confirmation', async (request, reply) => {
    const receipt = await submissionReceipt(deps, request.signedIn!.actor, request.params.id)
    const referral = await viewReferral(deps, request.requestContext, request.signedIn!.actor, request.params.id)
    return reply.render('make-referral/confirmation.njk', {
      pageTitle: 'Referral sent',
      referral,
      isPhone: referral.channel === 'phone',
      dueAt: formatDateTime(receipt.decisionDueAt),
      childNames: referral.content.children.map(childName).join(', '),
    })
  })

  app.get<{ Params: Params }>('/referrals/:id/delete', async (request, reply) => {
    const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
    return reply.render('make-referral/remove.njk', {
      pageTitle: 'Delete this draft referral?',
      action: paths.referralPage(referral.id, 'delete'),
      backHref: paths.referral(referral.id),
      version: referral.version,
    })
  })

  app.post<{ Params: Params }>('/referrals/:id/delete', async (request, reply) => {
    await discardDraft(deps, request.requestContext, request.signedIn!.actor, request.params.id)
    return reply.redirect(paths.myReferrals, 303)
  })

  const row = (r: Referral) => ({
    href: paths.referral(r.id),
    title: r.content.children.map(childName).join(', ') || 'No children added yet',
    reference: r.reference,
    status: referralStatusText(r),
    when: formatDateTime(r.submittedAt ?? r.updatedAt),
    referrer: r.content.referrer.name ?? '',
  })

  app.get(paths.agencyReferrals, async (request, reply) => {
    const referrals = await listAgencyReferrals(deps, request.signedIn!.actor)
    return reply.render('make-referral/agency-referrals.njk', {
      pageTitle: 'Your agency’s referrals',
      rows: referrals.map(row),
      newReferralHref: paths.newReferral,
    })
  })

  app.get(paths.myReferrals, async (request, reply) => {
    const referrals = await listMyReferrals(deps, request.signedIn!.actor)
    return reply.render('make-referral/my-referrals.njk', {
      pageTitle: 'My referrals',
      drafts: referrals.filter(r => r.status === 'draft').map(row),
      sent: referrals.filter(r => r.status === 'submitted').map(row),
      newReferralHref: paths.newReferral,
    })
  })
}
