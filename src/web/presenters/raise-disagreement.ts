import {
  DISAGREEMENT_SUBJECT_LABELS,
  DISAGREEMENT_SUBJECTS,
  IMMEDIATE_RISK_GUIDANCE,
  type DisagreementSubject,
  type EscalationPolicy,
  type EscalationStage,
} from '../../domain/disagreement/index.js'
import { errorsByField, type FieldError, type FormInput } from '../forms/field-errors.js'
import type { RiskAnswer } from '../forms/raise-disagreement.form.js'
import { paths } from '../paths.js'

// View models for the "I disagree" pages, shared by the referrer's feedback and by practitioners
// raising a disagreement elsewhere: the immediate-risk question, then the few questions that
// make up a disagreement. Challenge is healthy practice, and the words say so.

export const workingDays = (n: number): string => `${n} working ${n === 1 ? 'day' : 'days'}`

/** Where the page came from, and where its forms go. */
export type RaisePageContext = Readonly<{
  /** Above the heading, e.g. "Referral NB-2026-000123". */
  caption: string
  backHref: string
  backText: string
  /** Where the answer to this page is posted. */
  action: string
  /** Extra hidden fields the form posts (besides _csrf). */
  hidden?: readonly { name: string; value: string }[]
}>

export function riskQuestionPage(ctx: RaisePageContext, value: RiskAnswer | undefined, errors: FieldError[]) {
  return {
    pageTitle: 'Is a child at immediate risk of harm?',
    ...ctx,
    hidden: ctx.hidden ?? [],
    value,
    errors,
    fieldErrors: errorsByField(errors),
    guidanceHref: paths.escalationGuidance,
  }
}

function stageHint(stage: EscalationStage): string {
  return `Who responds: ${stage.responders.responderSide}. They have ${workingDays(stage.respondWithinWorkingDays)} to respond. On your side: ${stage.responders.raiserSide}.`
}

export function stageRadioItems(policy: EscalationPolicy, selected: string | undefined) {
  const chosen = selected === undefined || selected === '' ? '1' : selected
  return policy.stages.map(stage => ({
    value: String(stage.number),
    text: `Stage ${stage.number}: ${stage.name}`,
    hint: { text: stageHint(stage) },
    checked: String(stage.number) === chosen,
  }))
}

export function subjectRadioItems(selected: string | undefined) {
  return DISAGREEMENT_SUBJECTS.map(subject => ({
    value: subject,
    text: DISAGREEMENT_SUBJECT_LABELS[subject],
    checked: subject === selected,
  }))
}

export type RaiseFormOptions = RaisePageContext &
  Readonly<{
    policy: EscalationPolicy
    risk: RiskAnswer
    /** Where to go to change the answer to the risk question. */
    changeRiskHref: string
    input: FormInput
    errors: FieldError[]
    /** Preselected when nothing has been chosen yet, e.g. 'decision' from the referrer's feedback. */
    defaultSubject?: DisagreementSubject
    /** CSC about a partner agency: the agencies to choose from. */
    agencies?: readonly { id: string; name: string }[]
  }>

export function raiseFormPage(o: RaiseFormOptions) {
  const first = o.policy.stages[0]
  const atRisk = o.risk === 'yes'
  const subject = o.input.subject === undefined || o.input.subject === '' ? o.defaultSubject : o.input.subject
  return {
    pageTitle: 'Tell us why you disagree',
    caption: o.caption,
    backHref: o.backHref,
    backText: o.backText,
    action: o.action,
    hidden: o.hidden ?? [],
    changeRiskHref: o.changeRiskHref,
    atRisk,
    guidance: atRisk ? IMMEDIATE_RISK_GUIDANCE : null,
    firstStage: first && { name: first.name, within: workingDays(first.respondWithinWorkingDays) },
    agencyItems: o.agencies && [
      { value: '', text: 'Select an agency' },
      ...o.agencies.map(a => ({ value: a.id, text: a.name, selected: a.id === o.input.aboutAgencyId })),
    ],
    subjectItems: subjectRadioItems(subject),
    stageItems: atRisk ? stageRadioItems(o.policy, o.input.startAtStage) : [],
    input: o.input,
    errors: o.errors,
    fieldErrors: errorsByField(o.errors),
    guidanceHref: paths.escalationGuidance,
  }
}
