import { THRESHOLD_LEVELS, type ThresholdLevel } from '../referral/referral-content.js'
import { hasUnfilledPlaceholder } from '../screening/feedback-message.js'
import { isDecisionOutcome, needsEarlyHelpService, type DecisionOutcome } from '../screening/outcomes.js'
import { fail, ok, type Result } from '../shared/result.js'

// What a screener sends to propose, second-screen or settle a decision, checked the same way
// for the web form and the API. Messages follow the GOV.UK pattern: say what to do.

export const MAX_DECISION_TEXT = 5000

export type DecisionField = 'outcome' | 'level' | 'indicatorCodes' | 'rationale' | 'feedbackText' | 'earlyHelpServiceId'
export type DecisionProblem = { field: DecisionField; message: string }

export type RawDecisionInput = {
  outcome?: unknown
  level?: unknown
  indicatorCodes?: unknown
  rationale?: unknown
  feedbackText?: unknown
  earlyHelpServiceId?: unknown
}

export type ProposalInput = {
  outcome: DecisionOutcome
  level: ThresholdLevel
  indicatorCodes: string[]
  rationale: string
  feedbackText: string
  earlyHelpServiceId: string | null
}

export type SecondScreenInput = Pick<ProposalInput, 'outcome' | 'level' | 'rationale'>
export type SettlementInput = Pick<ProposalInput, 'outcome' | 'level' | 'rationale' | 'feedbackText'>

type Context = { knownIndicatorCodes: ReadonlySet<string>; knownServiceIds?: ReadonlySet<string> }

const text = (value: unknown) => (typeof value === 'string' ? value.trim() : '')

function readOutcome(raw: RawDecisionInput, problems: DecisionProblem[]): DecisionOutcome | undefined {
  if (isDecisionOutcome(raw.outcome)) return raw.outcome
  problems.push({ field: 'outcome', message: 'Select the outcome of the decision' })
  return undefined
}

function readLevel(raw: RawDecisionInput, problems: DecisionProblem[]): ThresholdLevel | undefined {
  const n = typeof raw.level === 'string' ? Number(raw.level) : raw.level
  if (THRESHOLD_LEVELS.includes(n as ThresholdLevel)) return n as ThresholdLevel
  problems.push({ field: 'level', message: 'Select the threshold level you decided' })
  return undefined
}

function readText(
  raw: RawDecisionInput,
  field: 'rationale' | 'feedbackText',
  empty: string,
  problems: DecisionProblem[],
) {
  const value = text(raw[field])
  if (value === '') problems.push({ field, message: empty })
  else if (value.length > MAX_DECISION_TEXT) {
    problems.push({
      field,
      message: `${empty.replace(/^Enter/, 'Shorten')} to ${MAX_DECISION_TEXT} characters or fewer`,
    })
  }
  return value
}

function readFeedback(raw: RawDecisionInput, problems: DecisionProblem[]): string {
  const value = readText(raw, 'feedbackText', 'Enter the feedback for the referrer', problems)
  if (hasUnfilledPlaceholder(value)) {
    problems.push({
      field: 'feedbackText',
      message: 'Replace the words in square brackets in the feedback with your explanation for the referrer',
    })
  }
  return value
}

function readIndicators(raw: RawDecisionInput, ctx: Context, problems: DecisionProblem[]): string[] {
  const list = Array.isArray(raw.indicatorCodes) ? raw.indicatorCodes : raw.indicatorCodes ? [raw.indicatorCodes] : []
  const codes = [...new Set(list.filter((c): c is string => typeof c === 'string' && c !== ''))]
  if (codes.length === 0) {
    problems.push({ field: 'indicatorCodes', message: 'Select at least one indicator that the decision rests on' })
  } else if (codes.some(c => !ctx.knownIndicatorCodes.has(c))) {
    problems.push({ field: 'indicatorCodes', message: 'Select indicators from the current threshold document' })
  }
  return codes
}

export function validateProposal(raw: RawDecisionInput, ctx: Context): Result<ProposalInput, DecisionProblem[]> {
  const problems: DecisionProblem[] = []
  const outcome = readOutcome(raw, problems)
  const level = readLevel(raw, problems)
  const indicatorCodes = readIndicators(raw, ctx, problems)
  const rationale = readText(raw, 'rationale', 'Enter the rationale for the decision', problems)
  let earlyHelpServiceId: string | null = text(raw.earlyHelpServiceId) || null
  if (outcome && needsEarlyHelpService(outcome) && !earlyHelpServiceId) {
    problems.push({ field: 'earlyHelpServiceId', message: 'Select the early help service from the directory' })
  } else if (earlyHelpServiceId && ctx.knownServiceIds && !ctx.knownServiceIds.has(earlyHelpServiceId)) {
    problems.push({ field: 'earlyHelpServiceId', message: 'Select a service that is in the early help directory' })
  }
  if (outcome && !needsEarlyHelpService(outcome) && outcome !== 'signpost') earlyHelpServiceId = null
  const feedbackText = readFeedback(raw, problems)
  if (problems.length > 0 || !outcome || !level) return fail(problems)
  return ok({ outcome, level, indicatorCodes, rationale, feedbackText, earlyHelpServiceId })
}

export function validateSecondScreen(raw: RawDecisionInput): Result<SecondScreenInput, DecisionProblem[]> {
  const problems: DecisionProblem[] = []
  const outcome = readOutcome(raw, problems)
  const level = readLevel(raw, problems)
  const rationale = readText(raw, 'rationale', 'Enter the rationale for your decision', problems)
  if (problems.length > 0 || !outcome || !level) return fail(problems)
  return ok({ outcome, level, rationale })
}

export function validateSettlement(raw: RawDecisionInput): Result<SettlementInput, DecisionProblem[]> {
  const problems: DecisionProblem[] = []
  const outcome = readOutcome(raw, problems)
  const level = readLevel(raw, problems)
  const rationale = readText(raw, 'rationale', 'Enter the reasons for settling the decision this way', problems)
  const feedbackText = readFeedback(raw, problems)
  if (problems.length > 0 || !outcome || !level) return fail(problems)
  return ok({ outcome, level, rationale, feedbackText })
}
