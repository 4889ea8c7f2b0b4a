import { disagreementMessages } from '../../domain/disagreement/index.js'
import { fieldError, textField, type FieldError, type FormInput } from './field-errors.js'
import { toFieldErrors, type Problem } from './form-errors.js'

// The "I disagree" questions, shared by the referrer's answer to feedback and by practitioners
// raising a disagreement from a referral or a child's page. The first question (is a child at
// immediate risk?) is answered on its own page and carried in the query string, never in the
// session; the rest are checked by validateRaise inside the services.

export type RiskAnswer = 'yes' | 'no'

/** The answer to "Is a child at immediate risk of harm?" from the query string or a form. */
export function parseRisk(value: unknown): RiskAnswer | undefined {
  const answer = Array.isArray(value) ? value[0] : value
  return answer === 'yes' || answer === 'no' ? answer : undefined
}

export const RISK_FIELD = 'immediateRisk'

/** The risk question's answer, or the GOV.UK error for not answering it. */
export function readRiskAnswer(body: unknown): { ok: true; risk: RiskAnswer } | { ok: false; errors: FieldError[] } {
  const risk = parseRisk(textField(body, RISK_FIELD))
  return risk
    ? { ok: true, risk }
    : { ok: false, errors: [fieldError(RISK_FIELD, disagreementMessages.immediateRiskMissing)] }
}

/** The fields in the order they appear on the page, so the error summary reads top to bottom. */
export const RAISE_FIELDS = [
  'aboutAgencyId',
  'subject',
  'reasons',
  'evidence',
  'outcomeWanted',
  'startAtStage',
] as const

export type RaiseForm = Readonly<{ input: FormInput; answers: Readonly<Record<string, string | boolean>> }>

/**
 * What was typed, kept to show again, and the answers for validateRaise. A starting stage is
 * only read when a child is at immediate risk: otherwise there is no such question on the page,
 * and a disagreement starts at stage 1.
 */
export function readRaiseForm(body: unknown, risk: RiskAnswer): RaiseForm {
  const input: FormInput = {}
  for (const field of RAISE_FIELDS) input[field] = textField(body, field)
  if (risk === 'no') input.startAtStage = ''
  const answers: Record<string, string | boolean> = {
    subject: input.subject!,
    reasons: input.reasons!,
    evidence: input.evidence!,
    outcomeWanted: input.outcomeWanted!,
    immediateRisk: risk === 'yes',
  }
  if (risk === 'yes' && input.startAtStage !== '') answers.startAtStage = input.startAtStage!
  return { input, answers }
}

export function raiseErrors(problems: readonly Problem[]): FieldError[] {
  return toFieldErrors([...problems], [RISK_FIELD, ...RAISE_FIELDS])
}
