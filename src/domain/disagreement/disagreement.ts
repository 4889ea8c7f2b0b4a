import { characterCount, MAX_FREE_TEXT, text, type FieldProblem } from '../referral/validation-support.js'
import { fail, ok, type Result } from '../shared/result.js'
import { disagreementMessages } from './disagreement-messages.js'
import { lastStageNumber, type EscalationPolicy } from './escalation-policy.js'
import { asRaw, requiredText } from './form-support.js'

// A professional disagreement (issue 5 §2): what is disagreed with, why, and what the raiser
// wants to happen. Challenge is healthy practice, not a complaint, and the words here say so.

export const DISAGREEMENT_SUBJECTS = [
  'decision',
  'threshold-level',
  'information-sharing',
  'plan-not-progressing',
  'thematic',
] as const
export type DisagreementSubject = (typeof DISAGREEMENT_SUBJECTS)[number]

export const DISAGREEMENT_SUBJECT_LABELS: Record<DisagreementSubject, string> = {
  decision: 'A decision about a referral',
  'threshold-level': 'The threshold level decided',
  'information-sharing': 'Information sharing',
  'plan-not-progressing': 'A plan that is not progressing',
  thematic: 'A wider issue, not about one child',
}

export const RAISED_BY_KINDS = ['referrer-feedback', 'practitioner', 'csc-about-partner'] as const
export type RaisedBy = (typeof RAISED_BY_KINDS)[number]

export const RAISED_BY_LABELS: Record<RaisedBy, string> = {
  'referrer-feedback': 'Referrer, from the decision feedback',
  practitioner: 'Practitioner',
  'csc-about-partner': "Children's social care, about a partner agency",
}

export const DISAGREEMENT_OUTCOMES = [
  'decision-upheld',
  'decision-changed',
  'joint-plan-agreed',
  'referred-to-moderation',
  'referred-to-learning',
] as const
export type DisagreementOutcome = (typeof DISAGREEMENT_OUTCOMES)[number]

/** What each outcome means, for the person who raised the disagreement and for the responders. */
export const DISAGREEMENT_OUTCOME_TEXT: Record<
  DisagreementOutcome,
  Readonly<{ label: string; forRaiser: string; forResponder: string }>
> = {
  'decision-upheld': {
    label: 'Decision upheld',
    forRaiser:
      'The original decision stands, for the reasons given. If you are still worried about the child, or you learn something new, contact the front door again.',
    forResponder: 'You kept the original decision. Your reasons have been sent to the person who raised it.',
  },
  'decision-changed': {
    label: 'Decision changed',
    forRaiser: 'The decision has been changed because you challenged it. The new decision is linked to this record.',
    forResponder:
      "The decision was changed. The new decision is linked to this record and shows on the referral and the child's chronology.",
  },
  'joint-plan-agreed': {
    label: 'Joint plan agreed',
    forRaiser: 'Both agencies agreed a plan: what will be done, by whom and by when.',
    forResponder: 'A joint plan was agreed. Make sure your agency does its part of it.',
  },
  'referred-to-moderation': {
    label: 'Referred to threshold moderation',
    forRaiser:
      "It has been referred to the partnership's threshold moderation meeting, which will look at how the threshold was applied. You will be told what it finds.",
    forResponder:
      'It has been referred to threshold moderation. The meeting will look at how the threshold was applied.',
  },
  'referred-to-learning': {
    label: 'Referred for partnership learning',
    forRaiser:
      'It has been referred to the safeguarding partnership so that everyone can learn from it, for example through training, an audit or a change to a procedure.',
    forResponder: 'It has been referred to the safeguarding partnership for learning across agencies.',
  },
}

export function isDisagreementOutcome(value: unknown): value is DisagreementOutcome {
  return typeof value === 'string' && (DISAGREEMENT_OUTCOMES as readonly string[]).includes(value)
}

/**
 * What to do now when a child is at immediate risk (domain.md §2.3, stage 0). Protection comes
 * first and never waits for the escalation process, which runs alongside it.
 */
export const IMMEDIATE_RISK_GUIDANCE = {
  heading: 'If a child is at immediate risk of harm',
  steps: [
    'Act to protect the child now. Do not wait for this disagreement to be resolved.',
    'If a child is in immediate danger, call 999.',
    'Call the front door now and ask for the duty manager. Out of hours, call the emergency duty team.',
    'Tell your own designated safeguarding lead.',
  ],
  afterwards:
    'Then record your disagreement here. You can start at a later stage of the escalation policy, and the duty manager is alerted as soon as you send it.',
} as const

export type RaiseDisagreement = Readonly<{
  subject: DisagreementSubject
  reasons: string
  evidence?: string
  outcomeWanted: string
  immediateRisk: boolean
  /** Only when a child is at immediate risk: the stage to start at, from 1 to the policy's last stage. */
  startAtStage?: number
}>

/** Radios send 'yes' or 'no'; the API sends a boolean. */
function yesNo(value: unknown): boolean | undefined {
  if (value === true || value === 'yes' || value === 'true') return true
  if (value === false || value === 'no' || value === 'false') return false
  return undefined
}

function stageValue(value: unknown): number | 'invalid' | undefined {
  if (typeof value === 'number') return Number.isInteger(value) ? value : 'invalid'
  const answer = text(value)
  if (answer === '') return value === undefined || value === null || typeof value === 'string' ? undefined : 'invalid'
  return /^\d+$/.test(answer) ? Number(answer) : 'invalid'
}

/**
 * Checks the "I disagree" questions against the partnership's policy. A later starting stage is
 * allowed only when a child is at immediate risk; otherwise a disagreement starts at stage 1.
 */
export function validateRaise(raw: unknown, policy: EscalationPolicy): Result<RaiseDisagreement, FieldProblem[]> {
  const input = asRaw(raw)
  const problems: FieldProblem[] = []
  const subject = DISAGREEMENT_SUBJECTS.find(s => s === input.subject)
  if (subject === undefined) problems.push({ field: 'subject', message: disagreementMessages.subjectMissing })
  const reasons = requiredText(
    problems,
    'reasons',
    input.reasons,
    disagreementMessages.reasonsMissing,
    'Why you disagree',
  )
  const evidence = text(input.evidence)
  if (characterCount(evidence) > MAX_FREE_TEXT) {
    problems.push({ field: 'evidence', message: disagreementMessages.tooLong('Evidence', MAX_FREE_TEXT) })
  }
  const outcomeWanted = requiredText(
    problems,
    'outcomeWanted',
    input.outcomeWanted,
    disagreementMessages.outcomeWantedMissing,
    'What you want to happen',
  )
  const immediateRisk = yesNo(input.immediateRisk)
  if (immediateRisk === undefined) {
    problems.push({ field: 'immediateRisk', message: disagreementMessages.immediateRiskMissing })
  }
  const last = lastStageNumber(policy)
  const stage = stageValue(input.startAtStage)
  if (stage === 'invalid' || (stage !== undefined && (stage < 1 || stage > last))) {
    problems.push({ field: 'startAtStage', message: disagreementMessages.startAtStageInvalid(last) })
  } else if (stage !== undefined && stage > 1 && immediateRisk === false) {
    problems.push({ field: 'startAtStage', message: disagreementMessages.startAtStageNeedsRisk })
  }
  if (problems.length > 0 || subject === undefined || immediateRisk === undefined) return fail(problems)
  return ok({
    subject,
    reasons,
    ...(evidence === '' ? {} : { evidence }),
    outcomeWanted,
    immediateRisk,
    ...(typeof stage === 'number' ? { startAtStage: stage } : {}),
  })
}

/** The stage a newly raised disagreement enters. */
export function startingStage(raise: Pick<RaiseDisagreement, 'startAtStage'>): number {
  return raise.startAtStage ?? 1
}
