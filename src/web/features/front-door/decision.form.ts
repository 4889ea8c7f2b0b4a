import type { RawDecisionInput, DecisionProblem } from '../../../domain/front-door/decision-input.js'
import { fieldError, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'

// Untyped form bodies in, the raw decision input the domain checks out, plus what was typed
// so that nothing is lost when the page is shown again with errors.

export function indicatorCodesFrom(body: unknown): string[] {
  const raw = body && typeof body === 'object' ? (body as Record<string, unknown>).indicatorCodes : undefined
  const list = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw]
  return list.filter((c): c is string => typeof c === 'string' && c !== '')
}

export function readDecisionForm(body: unknown): { raw: RawDecisionInput; input: FormInput; codes: string[] } {
  const fields = ['outcome', 'level', 'rationale', 'feedbackText', 'earlyHelpServiceId'] as const
  const input: FormInput = Object.fromEntries(fields.map(f => [f, textField(body, f)]))
  const codes = indicatorCodesFrom(body)
  return { raw: { ...input, indicatorCodes: codes }, input, codes }
}

/** Problems as GOV.UK errors, each linking to its field (the first radio or checkbox of a group). */
export function decisionErrors(problems: readonly DecisionProblem[]): FieldError[] {
  const anchor: Record<DecisionProblem['field'], string> = {
    outcome: 'outcome',
    level: 'level',
    indicatorCodes: 'indicatorCodes',
    rationale: 'rationale',
    feedbackText: 'feedbackText',
    earlyHelpServiceId: 'earlyHelpServiceId',
  }
  return problems.map(p => fieldError(anchor[p.field], p.message))
}
