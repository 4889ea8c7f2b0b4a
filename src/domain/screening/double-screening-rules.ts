import type { LocalDate } from '../calendar/index.js'
import type { ThresholdLevel } from '../referral/referral-content.js'
import { isReferralSourceCode, REFERRAL_SOURCE_LABELS } from '../referral/referral-source.js'
import { addMonths, joinNames } from '../referral/validation-support.js'
import { describeAgeAfterIs, type ChildAge } from './age.js'
import { outcomePhrase, type DecisionOutcome } from './outcomes.js'
import { isValidDraw } from './sample-draw.js'

// When a proposed decision needs a second screen. The rules are data a partnership manager
// edits (parseDoubleScreeningRules checks them); evaluation is pure, and every rule that fires
// says why in plain English, so the second screener and an auditor can see it.

export type RuleCondition =
  | { kind: 'young-child'; maxAgeMonths: number; includeUnborn: boolean; outcomes: DecisionOutcome[] }
  | { kind: 'below-referrer-level'; referrerLevels: ThresholdLevel[]; minimumGap: number }
  | { kind: 'repeat-contact'; minContacts: number; withinMonths: number }
  | {
      kind: 'source-and-indicators'
      /** CIN referral source codes; an empty list means any source. */
      sourceCodes: string[]
      /** Indicator code prefixes such as 'FE-DOMESTIC-ABUSE'; an empty list means no indicator is needed. */
      indicatorCodePrefixes: string[]
      outcomes: DecisionOutcome[]
    }
  | { kind: 'random-sample'; percent: number; outcomes: DecisionOutcome[]; onlyWhenNoOtherRuleFired: boolean }

export type RuleKind = RuleCondition['kind']
export const RULE_KINDS: readonly RuleKind[] = [
  'young-child',
  'below-referrer-level',
  'repeat-contact',
  'source-and-indicators',
  'random-sample',
]

export type DoubleScreeningRule = {
  /** Stable, lower-case words and hyphens: decisions record the ids of the rules that fired. */
  id: string
  name: string
  description: string
  enabled: boolean
  condition: RuleCondition
}

/** A child on the contact. The service works out the age on the day of the decision. */
export type ScreeningChildFacts = ChildAge & { name?: string | undefined }

/** What the rules look at. The service gathers these when a decision is proposed. */
export type ScreeningFacts = {
  outcome: DecisionOutcome
  decidedLevel: ThresholdLevel
  referrerLevel?: ThresholdLevel | undefined
  children: ScreeningChildFacts[]
  /** The day of the decision (London date). */
  today: LocalDate
  /**
   * The dates of earlier contacts about any child on this contact or anyone in their household,
   * one per contact and not including this one. Dates after today are ignored.
   */
  priorContactDates: LocalDate[]
  /** The CIN referral source code of the contact. */
  sourceCode: string
  /** The threshold indicators the contact cites. */
  indicatorCodes: string[]
}

export type FiredRule = { ruleId: string; name: string; reason: string }
export type DoubleScreeningResult = { required: boolean; fired: FiredRule[]; draw: number }

/** Contacts about the same child or household from `withinMonths` months ago to today, counting this one. */
export function contactsInWindow(
  facts: Pick<ScreeningFacts, 'today' | 'priorContactDates'>,
  withinMonths: number,
): number {
  const from = addMonths(facts.today, -withinMonths)
  return 1 + facts.priorContactDates.filter(date => date >= from && date <= facts.today).length
}

const levels = (n: number) => (n === 1 ? '1 level' : `${n} levels`)

function youngChildReason(
  condition: Extract<RuleCondition, { kind: 'young-child' }>,
  facts: ScreeningFacts,
): string | undefined {
  if (!condition.outcomes.includes(facts.outcome)) return undefined
  const young = facts.children.filter(child =>
    child.unborn
      ? condition.includeUnborn
      : child.ageInMonths !== undefined && child.ageInMonths >= 0 && child.ageInMonths < condition.maxAgeMonths,
  )
  if (young.length === 0) return undefined
  const who = young.map(child => `${child.name?.trim() || 'a child on this contact'} is ${describeAgeAfterIs(child)}`)
  const sentence = joinNames(who)
  const joiner = young.length === 1 ? ' and' : ', and'
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}${joiner} the proposed outcome is ${outcomePhrase(facts.outcome)}`
}

function belowReferrerReason(
  condition: Extract<RuleCondition, { kind: 'below-referrer-level' }>,
  facts: ScreeningFacts,
): string | undefined {
  const referrer = facts.referrerLevel
  if (referrer === undefined || !condition.referrerLevels.includes(referrer)) return undefined
  const gap = referrer - facts.decidedLevel
  if (gap < condition.minimumGap) return undefined
  return `The referrer said the child's needs are at level ${referrer}, and the proposed level is ${facts.decidedLevel}: ${levels(gap)} lower`
}

function repeatContactReason(
  condition: Extract<RuleCondition, { kind: 'repeat-contact' }>,
  facts: ScreeningFacts,
): string | undefined {
  const count = contactsInWindow(facts, condition.withinMonths)
  if (count < condition.minContacts) return undefined
  const months = condition.withinMonths === 1 ? 'month' : `${condition.withinMonths} months`
  return `There have been ${count} contacts about the same child or household in the last ${months}, including this one`
}

function sourceAndIndicatorsReason(
  condition: Extract<RuleCondition, { kind: 'source-and-indicators' }>,
  facts: ScreeningFacts,
): string | undefined {
  if (!condition.outcomes.includes(facts.outcome)) return undefined
  if (condition.sourceCodes.length > 0 && !condition.sourceCodes.includes(facts.sourceCode)) return undefined
  const cited = facts.indicatorCodes.filter(code => condition.indicatorCodePrefixes.some(p => code.startsWith(p)))
  if (condition.indicatorCodePrefixes.length > 0 && cited.length === 0) return undefined
  const source = isReferralSourceCode(facts.sourceCode) ? REFERRAL_SOURCE_LABELS[facts.sourceCode] : 'an unknown source'
  const cites = cited.length > 0 ? `, it cites ${joinNames(cited)}` : ''
  return `The contact came from ${source} (source ${facts.sourceCode})${cites}, and the proposed outcome is ${outcomePhrase(facts.outcome)}`
}

function conditionReason(condition: RuleCondition, facts: ScreeningFacts): string | undefined {
  switch (condition.kind) {
    case 'young-child':
      return youngChildReason(condition, facts)
    case 'below-referrer-level':
      return belowReferrerReason(condition, facts)
    case 'repeat-contact':
      return repeatContactReason(condition, facts)
    case 'source-and-indicators':
      return sourceAndIndicatorsReason(condition, facts)
    case 'random-sample':
      return undefined // needs the other rules' results: see evaluateDoubleScreening
  }
}

function sampleReason(
  condition: Extract<RuleCondition, { kind: 'random-sample' }>,
  facts: ScreeningFacts,
  draw: number,
  otherRuleFired: boolean,
): string | undefined {
  if (!condition.outcomes.includes(facts.outcome)) return undefined
  if (condition.onlyWhenNoOtherRuleFired && otherRuleFired) return undefined
  if (!(draw < condition.percent)) return undefined
  return `Chosen at random: this decision's draw of ${draw.toFixed(2)} is below the ${condition.percent}% sample of ${outcomePhrase(facts.outcome)} decisions`
}

/**
 * Which enabled rules fire for a proposed decision. `draw` is the contact's sampleDraw, in
 * [0, 100); a random-sample rule fires when it is below the rule's percent and, when the rule
 * says so, only if no other kind of rule fired. Fired rules keep the order of `rules`.
 */
export function evaluateDoubleScreening(
  rules: readonly DoubleScreeningRule[],
  facts: ScreeningFacts,
  draw: number,
): DoubleScreeningResult {
  if (!isValidDraw(draw)) throw new RangeError(`A sample draw must be from 0 up to (not including) 100: ${draw}`)
  const enabled = rules.filter(rule => rule.enabled)
  const reasons = new Map<DoubleScreeningRule, string>()
  for (const rule of enabled) {
    const reason = conditionReason(rule.condition, facts)
    if (reason !== undefined) reasons.set(rule, reason)
  }
  const otherRuleFired = reasons.size > 0
  for (const rule of enabled) {
    if (rule.condition.kind !== 'random-sample') continue
    const reason = sampleReason(rule.condition, facts, draw, otherRuleFired)
    if (reason !== undefined) reasons.set(rule, reason)
  }
  const fired = enabled.flatMap(rule => {
    const reason = reasons.get(rule)
    return reason === undefined ? [] : [{ ruleId: rule.id, name: rule.name, reason }]
  })
  return { required: fired.length > 0, fired, draw }
}
