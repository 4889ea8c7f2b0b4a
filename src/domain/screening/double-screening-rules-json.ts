import { THRESHOLD_LEVELS, type ThresholdLevel } from '../referral/referral-content.js'
import { isReferralSourceCode } from '../referral/referral-source.js'
import type { NumberedChecker } from '../shared/json-checker.js'
import type { Result } from '../shared/result.js'
import { parseRuleList, type RuleListFormat } from '../shared/rule-list-json.js'
import { RULE_KINDS, type DoubleScreeningRule, type RuleCondition, type RuleKind } from './double-screening-rules.js'
import { DECISION_OUTCOMES, isDecisionOutcome, type DecisionOutcome } from './outcomes.js'

// A partnership manager edits the double-screening rules as JSON: a list of rules in the shape
// of DoubleScreeningRule. Parsing reports every problem, each starting with the rule's number
// so the manager can find it, and rejects settings it does not know, so a misspelt setting is
// caught rather than silently ignored. What every rule list shares is checked in parseRuleList.

export type RuleProblem = { rule?: number; message: string }

const thresholdLevel = (v: unknown): ThresholdLevel | undefined => THRESHOLD_LEVELS.find(level => level === v)
const sourceCode = (v: unknown): string | undefined => (isReferralSourceCode(v) ? v : undefined)
const prefix = (v: unknown): string | undefined =>
  typeof v === 'string' && /^[A-Z0-9][A-Z0-9-]*$/.test(v.trim()) ? v.trim() : undefined

function outcomes(value: unknown, check: NumberedChecker): DecisionOutcome[] {
  const help = DECISION_OUTCOMES.map(o => `"${o}"`).join(', ')
  return check.list(value, 'outcomes', false, v => (isDecisionOutcome(v) ? v : undefined), help)
}

const FORMAT: RuleListFormat<RuleKind, RuleCondition> = {
  settings: {
    'young-child': ['maxAgeMonths', 'includeUnborn', 'outcomes'],
    'below-referrer-level': ['referrerLevels', 'minimumGap'],
    'repeat-contact': ['minContacts', 'withinMonths'],
    'source-and-indicators': ['sourceCodes', 'indicatorCodePrefixes', 'outcomes'],
    'random-sample': ['percent', 'outcomes', 'onlyWhenNoOtherRuleFired'],
  },
  kinds: RULE_KINDS,
  exampleId: 'repeat-contact',
  condition(kind, value, check): RuleCondition {
    switch (kind) {
      case 'young-child':
        return {
          kind,
          maxAgeMonths: check.wholeNumber(value.maxAgeMonths, 'maxAgeMonths', 1, 216),
          includeUnborn: check.boolean(value.includeUnborn, 'includeUnborn'),
          outcomes: outcomes(value.outcomes, check),
        }
      case 'below-referrer-level':
        return {
          kind,
          referrerLevels: check.list(value.referrerLevels, 'referrerLevels', false, thresholdLevel, '3, 4'),
          minimumGap: check.wholeNumber(value.minimumGap, 'minimumGap', 1, 3),
        }
      case 'repeat-contact':
        return {
          kind,
          minContacts: check.wholeNumber(value.minContacts, 'minContacts', 2, 100),
          withinMonths: check.wholeNumber(value.withinMonths, 'withinMonths', 1, 60),
        }
      case 'source-and-indicators': {
        const condition = {
          kind,
          sourceCodes: check.list(
            value.sourceCodes,
            'sourceCodes',
            true,
            sourceCode,
            'census source codes such as "6"',
          ),
          indicatorCodePrefixes: check.list(
            value.indicatorCodePrefixes,
            'indicatorCodePrefixes',
            true,
            prefix,
            'the start of indicator codes, in capitals, such as "FE-DOMESTIC-ABUSE"',
          ),
          outcomes: outcomes(value.outcomes, check),
        }
        if (
          Array.isArray(value.sourceCodes) &&
          Array.isArray(value.indicatorCodePrefixes) &&
          value.sourceCodes.length === 0 &&
          value.indicatorCodePrefixes.length === 0
        ) {
          check.problem('give at least one source code or indicator code prefix')
        }
        return condition
      }
      case 'random-sample':
        return {
          kind,
          percent: check.wholeNumber(value.percent, 'percent', 0, 100),
          outcomes: outcomes(value.outcomes, check),
          onlyWhenNoOtherRuleFired: check.boolean(value.onlyWhenNoOtherRuleFired, 'onlyWhenNoOtherRuleFired'),
        }
    }
  },
}

/**
 * Checks a partnership's double-screening rules: the parsed JSON value, or the JSON text.
 * Returns the rules, or every problem found.
 */
export function parseDoubleScreeningRules(json: unknown): Result<DoubleScreeningRule[], RuleProblem[]> {
  return parseRuleList(json, FORMAT)
}
