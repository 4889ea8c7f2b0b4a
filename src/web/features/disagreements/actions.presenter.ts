import {
  DISAGREEMENT_OUTCOME_TEXT,
  DISAGREEMENT_OUTCOMES,
  stageNumbered,
  type DisagreementCommand,
} from '../../../domain/disagreement/index.js'
import type { DisagreementPageContext } from '../../../services/disagreement/disagreement-page-context.js'
import type { DisagreementView } from '../../../services/disagreement/disagreement-views.js'
import type { FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { workingDays } from '../../presenters/raise-disagreement.js'
import { stageSides } from './stage-sides.presenter.js'

// The forms on a disagreement's page. Each is shown only when the rules allow this viewer to
// use it now (view.can), and each posts the version it was shown at, so a change made by
// someone else in the meantime is never overwritten.

/** Each command's page, as posted to /disagreements/:id/<page>. */
export const ACTION_PAGES: Record<DisagreementCommand, string> = {
  respond: 'respond',
  accept: 'accept',
  escalate: 'escalate',
  'add-note': 'note',
  close: 'close',
}

/** The form fields in the order the forms appear, so the error summary reads top to bottom. */
export const ACTION_FIELDS = ['response', 'reason', 'outcome', 'reasons', 'note'] as const

/** Closing as "decision changed" happens by changing the decision itself, so it is not offered here. */
export function outcomeRadioItems(selected: string | undefined) {
  return DISAGREEMENT_OUTCOMES.filter(o => o !== 'decision-changed').map(outcome => ({
    value: outcome,
    text: DISAGREEMENT_OUTCOME_TEXT[outcome].label,
    hint: { text: DISAGREEMENT_OUTCOME_TEXT[outcome].forRaiser },
    checked: outcome === selected,
  }))
}

export function actionForms(view: DisagreementView, ctx: DisagreementPageContext, input: FormInput) {
  const d = view.disagreement
  const action = (command: DisagreementCommand) => paths.disagreementPage(d.id, ACTION_PAGES[command])
  const next = stageNumbered(view.policy, d.stage + 1)
  const forms = {
    // A changed decision is made on the contact; the outcome is recorded with it.
    changeDecisionHref: view.canChangeDecision && d.contactId ? paths.changeDecision(d.contactId, d.id) : null,
    respond: view.can.respond ? { action: action('respond'), raiserName: ctx.raisedBy?.name ?? null } : null,
    accept: view.can.accept ? { action: action('accept') } : null,
    escalate:
      view.can.escalate && next
        ? {
            action: action('escalate'),
            next: {
              number: next.number,
              name: next.name,
              responding: stageSides(next, { id: d.aboutAgencyId, name: ctx.aboutAgencyName }).responding,
              within: workingDays(next.respondWithinWorkingDays),
            },
          }
        : null,
    close: view.can.close
      ? {
          action: action('close'),
          outcomeItems: outcomeRadioItems(input.outcome),
        }
      : null,
    note: view.can['add-note'] ? { action: action('add-note') } : null,
  }
  return { ...forms, version: String(d.version), any: Object.values(forms).some(f => f !== null) }
}

/** After post/redirect/get, what the success banner says. Anything else in the URL is ignored. */
export function doneBanner(done: unknown, view: DisagreementView): string | null {
  const d = view.disagreement
  switch (done) {
    case 'responded':
      return 'Your response was sent to the person who raised this disagreement'
    case 'accepted':
      return 'You accepted the response. The outcome will be recorded next'
    case 'escalated':
      return `This disagreement is now at stage ${d.stage}: ${view.stage.name}`
    case 'noted':
      return 'Your note was added to the timeline'
    case 'closed':
      return 'The outcome was recorded and sent to both sides'
    default:
      return null
  }
}
