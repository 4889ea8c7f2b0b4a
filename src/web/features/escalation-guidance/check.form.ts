import { readAnswers, type CheckAnswers, type CheckQuestion, type Unanswered } from '../../../domain/training/index.js'
import { fieldError, textField, type FieldError } from '../../forms/field-errors.js'

// The self-check's form: one set of radios per question, named by the question's id, and the
// policy version the questions were built from, so they are marked as the user saw them.

export const POLICY_VERSION_FIELD = 'policyVersion'

/** The version the form was built from, or undefined when missing or not a number. */
export function readPolicyVersion(body: unknown): number | undefined {
  const text = textField(body, POLICY_VERSION_FIELD).trim()
  return /^\d{1,9}$/.test(text) ? Number(text) : undefined
}

export function readCheckAnswers(questions: readonly CheckQuestion[], body: unknown): CheckAnswers {
  return readAnswers(questions, body !== null && typeof body === 'object' ? (body as Record<string, unknown>) : {})
}

/** Each unanswered question as a GOV.UK error linking to its first radio. */
export function unansweredErrors(unanswered: readonly Unanswered[]): FieldError[] {
  return unanswered.map(u => fieldError(u.question.id, u.message))
}
