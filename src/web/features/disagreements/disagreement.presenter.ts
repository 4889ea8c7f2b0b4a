import type { Actor } from '../../../domain/access/actor.js'
import { ROLE_LABELS } from '../../../domain/access/roles.js'
import {
  daysLeftText,
  DISAGREEMENT_OUTCOME_TEXT,
  DISAGREEMENT_STATE_TEXT,
  DISAGREEMENT_SUBJECT_LABELS,
  RAISED_BY_LABELS,
} from '../../../domain/disagreement/index.js'
import type { DisagreementPageContext } from '../../../services/disagreement/disagreement-page-context.js'
import type { DisagreementView } from '../../../services/disagreement/disagreement-views.js'
import { errorsByField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { formatDate, formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'
import { workingDays } from '../../presenters/raise-disagreement.js'
import { actionForms } from './actions.presenter.js'
import { stageSides } from './stage-sides.presenter.js'
import { timelineEntries } from './timeline.presenter.js'

// Pure view models for a professional disagreement's page: what it is about, where it is in
// the escalation policy, who must respond by when, and how it ended.

type Row = { key: { text: string }; value: { text: string } }
const row = (key: string, text: string): Row => ({ key: { text: key }, value: { text } })

function raisedByText(ctx: DisagreementPageContext): string {
  if (!ctx.raisedBy) return ctx.raisedByAgencyName
  const roles = ctx.raisedBy.roles.map(role => ROLE_LABELS[role]).join(', ')
  return `${ctx.raisedBy.name}${roles ? ` (${roles})` : ''}, ${ctx.raisedBy.agencyName}`
}

export function summaryRows(view: DisagreementView, ctx: DisagreementPageContext): Row[] {
  const d = view.disagreement
  const sides = stageSides(view.stage, { id: d.aboutAgencyId, name: ctx.aboutAgencyName })
  const rows = [
    row('Reference', d.reference),
    row('What it is about', DISAGREEMENT_SUBJECT_LABELS[d.subject]),
    ...(ctx.aboutAgencyName ? [row('Partner agency', ctx.aboutAgencyName)] : []),
    row('Raised by', raisedByText(ctx)),
    row('How it was raised', RAISED_BY_LABELS[d.raisedVia]),
    row('Raised on', formatDateTime(d.createdAt)),
    row('A child at immediate risk', d.immediateRisk ? 'Yes: the duty manager was alerted when it was raised' : 'No'),
    row('Escalation policy', `Version ${d.policyVersion}`),
    row('Stage', `Stage ${d.stage} of ${view.lastStage}: ${view.stage.name}`),
    row('Who responds', sides.responding),
    row('On the raising side', sides.raising),
  ]
  if (view.daysLeft) {
    rows.push(row('Response due', `By the end of ${formatDate(d.stageDueAt)} (${daysLeftText(view.daysLeft)})`))
  }
  const closed = d.state === 'closed' && d.closedAt
  rows.push(row('Status', closed ? `Closed on ${formatDate(closed)}` : DISAGREEMENT_STATE_TEXT[d.state]))
  return rows
}

/** What the raiser said, each shown as typed. */
export function answerRows(view: DisagreementView): { key: string; value: string }[] {
  const d = view.disagreement
  return [
    { key: 'Why they disagree', value: d.reasons },
    ...(d.evidence ? [{ key: 'Evidence', value: d.evidence }] : []),
    { key: 'What they want to happen', value: d.outcomeWanted },
  ]
}

type TaskItem = {
  title: { text: string }
  hint: { text: string }
  status: { tag?: { text: string; classes: string }; text?: string; classes?: string }
}

/** The policy's stages with where this disagreement is, as a GOV.UK task list. */
export function stageProgress(view: DisagreementView, aboutAgencyName: string | null): TaskItem[] {
  const d = view.disagreement
  const about = { id: d.aboutAgencyId, name: aboutAgencyName }
  const startedAt = view.timeline.find(e => e.type === 'raised')?.stage ?? 1
  return view.policy.stages.map(stage => {
    const sides = stageSides(stage, about)
    const status: TaskItem['status'] =
      stage.number === d.stage
        ? d.state === 'closed'
          ? { tag: { text: 'Closed here', classes: 'govuk-tag--grey' } }
          : { tag: { text: 'Current stage', classes: 'govuk-tag--blue' } }
        : stage.number < startedAt
          ? { text: 'Skipped: a child was at immediate risk', classes: 'govuk-task-list__status--cannot-start-yet' }
          : stage.number < d.stage
            ? { text: 'Taken to the next stage' }
            : { text: 'Not reached', classes: 'govuk-task-list__status--cannot-start-yet' }
    return {
      title: { text: `Stage ${stage.number}: ${stage.name}` },
      hint: {
        text: `Who responds: ${sides.responding}. Response time: ${workingDays(stage.respondWithinWorkingDays)}.`,
      },
      status,
    }
  })
}

/** Which side of the disagreement the viewer is on, for the outcome's wording. */
export function viewerSide(actor: Actor, view: DisagreementView): 'raiser' | 'responder' {
  const d = view.disagreement
  return actor.userId === d.raisedByUserId || actor.agencyId === d.raisedByAgencyId ? 'raiser' : 'responder'
}

export function outcomeView(actor: Actor, view: DisagreementView) {
  const d = view.disagreement
  if (d.state !== 'closed' || !d.outcome) return null
  const text = DISAGREEMENT_OUTCOME_TEXT[d.outcome]
  return {
    label: text.label,
    meaning: viewerSide(actor, view) === 'raiser' ? text.forRaiser : text.forResponder,
    reasons: d.outcomeReason,
    closedOn: d.closedAt ? formatDate(d.closedAt) : null,
  }
}

/** The records it is about, each only where this viewer may open it. */
export function relatedLinks(ctx: DisagreementPageContext): { href: string; text: string }[] {
  return [
    ...(ctx.referral
      ? [{ href: paths.referral(ctx.referral.id), text: `Open referral ${ctx.referral.reference ?? ''}`.trim() }]
      : []),
    ...(ctx.contact ? [{ href: paths.contact(ctx.contact.id), text: `Open contact ${ctx.contact.reference}` }] : []),
    ...(ctx.personId ? [{ href: paths.person(ctx.personId), text: 'Open the child’s record' }] : []),
  ]
}

export type PageExtras = Readonly<{ errors: FieldError[]; input: FormInput; banner: string | null }>

/** Everything the disagreement's page shows. */
export function disagreementPage(
  actor: Actor,
  view: DisagreementView,
  ctx: DisagreementPageContext,
  extras: PageExtras,
) {
  const d = view.disagreement
  return {
    pageTitle: `Disagreement ${d.reference}`,
    reference: d.reference,
    closed: d.state === 'closed',
    banner: extras.banner,
    summaryRows: summaryRows(view, ctx),
    answerRows: answerRows(view),
    stages: stageProgress(view, ctx.aboutAgencyName),
    timeline: timelineEntries(view.timeline, view.policy, ctx.names),
    outcome: outcomeView(actor, view),
    links: relatedLinks(ctx),
    forms: actionForms(view, ctx, extras.input),
    errors: extras.errors,
    fieldErrors: errorsByField(extras.errors),
    input: extras.input,
    guidanceHref: paths.escalationGuidance,
  }
}
