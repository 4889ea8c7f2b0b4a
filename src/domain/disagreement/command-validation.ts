import { text, type FieldProblem } from '../referral/validation-support.js'
import { fail, ok, type Result } from '../shared/result.js'
import { DISAGREEMENT_OUTCOMES, type DisagreementOutcome } from './disagreement.js'
import { disagreementMessages as messages } from './disagreement-messages.js'
import { asRaw, requiredText } from './form-support.js'

// The answers each stage command needs, checked the same way for the web and the API. Every
// one is written down, because a disagreement's record is the evidence that it was heard.

export type StageResponse = Readonly<{ response: string }>
export type EscalationRequest = Readonly<{ reason: string }>
export type DiscussionNote = Readonly<{ note: string }>

/** The outcome recorded when a disagreement closes. A changed decision links to the new one. */
export type RecordedOutcome = Readonly<{
  outcome: DisagreementOutcome
  reasons: string
  newDecisionId?: string
}>

export function validateResponse(raw: unknown): Result<StageResponse, FieldProblem[]> {
  const problems: FieldProblem[] = []
  const response = requiredText(problems, 'response', asRaw(raw).response, messages.responseMissing, 'Your response')
  return problems.length > 0 ? fail(problems) : ok({ response })
}

export function validateEscalation(raw: unknown): Result<EscalationRequest, FieldProblem[]> {
  const problems: FieldProblem[] = []
  const reason = requiredText(
    problems,
    'reason',
    asRaw(raw).reason,
    messages.escalationReasonMissing,
    'Why you are taking this to the next stage',
  )
  return problems.length > 0 ? fail(problems) : ok({ reason })
}

export function validateNote(raw: unknown): Result<DiscussionNote, FieldProblem[]> {
  const problems: FieldProblem[] = []
  const note = requiredText(problems, 'note', asRaw(raw).note, messages.noteMissing, 'The note')
  return problems.length > 0 ? fail(problems) : ok({ note })
}

export function validateOutcome(raw: unknown): Result<RecordedOutcome, FieldProblem[]> {
  const input = asRaw(raw)
  const problems: FieldProblem[] = []
  const outcome = DISAGREEMENT_OUTCOMES.find(o => o === input.outcome)
  if (outcome === undefined) problems.push({ field: 'outcome', message: messages.outcomeMissing })
  const reasons = requiredText(problems, 'reasons', input.reasons, messages.outcomeReasonsMissing, 'The reasons')
  const newDecisionId = text(input.newDecisionId)
  if (outcome === 'decision-changed' && newDecisionId === '') {
    problems.push({ field: 'newDecisionId', message: messages.newDecisionMissing })
  }
  if (problems.length > 0 || outcome === undefined) return fail(problems)
  return ok({ outcome, reasons, ...(outcome === 'decision-changed' ? { newDecisionId } : {}) })
}
