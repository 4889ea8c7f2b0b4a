import { parseRuleList, type RuleListFormat } from '../shared/rule-list-json.js'
import type { Result } from '../shared/result.js'
import {
  REPEAT_CONTACT_RULE_KINDS,
  type RepeatContactCondition,
  type RepeatContactRule,
  type RepeatContactRuleKind,
} from './repeat-contact-rules.js'

// A partnership manager edits the repeat-contact rules as JSON: a list of rules in the shape of
// RepeatContactRule. Parsing reports every problem, each starting with the rule's number so the
// manager can find it, and rejects settings it does not know, so a misspelt setting is caught
// rather than silently ignored. What every rule list shares is checked in parseRuleList.

export type RepeatContactRuleProblem = { rule?: number; message: string }

const FORMAT: RuleListFormat<RepeatContactRuleKind, RepeatContactCondition> = {
  settings: {
    'contacts-in-window': ['minContacts', 'withinMonths'],
    'again-after-nfa': ['withinDays', 'sameReferrerOrAgency'],
    'agencies-in-window': ['minAgencies', 'withinDays'],
    're-referral': ['withinMonths'],
  },
  kinds: REPEAT_CONTACT_RULE_KINDS,
  exampleId: 'repeat-contacts',
  condition(kind, value, check) {
    switch (kind) {
      case 'contacts-in-window':
        return {
          kind,
          minContacts: check.wholeNumber(value.minContacts, 'minContacts', 2, 100),
          withinMonths: check.wholeNumber(value.withinMonths, 'withinMonths', 1, 60),
        }
      case 'again-after-nfa':
        return {
          kind,
          withinDays: check.wholeNumber(value.withinDays, 'withinDays', 1, 365),
          sameReferrerOrAgency: check.boolean(value.sameReferrerOrAgency, 'sameReferrerOrAgency'),
        }
      case 'agencies-in-window':
        return {
          kind,
          minAgencies: check.wholeNumber(value.minAgencies, 'minAgencies', 2, 20),
          withinDays: check.wholeNumber(value.withinDays, 'withinDays', 1, 365),
        }
      case 're-referral':
        return { kind, withinMonths: check.wholeNumber(value.withinMonths, 'withinMonths', 1, 60) }
    }
  },
}

/**
 * Checks a partnership's repeat-contact rules: the parsed JSON value, or the JSON text.
 * Returns the rules, or every problem found.
 */
export function parseRepeatContactRules(json: unknown): Result<RepeatContactRule[], RepeatContactRuleProblem[]> {
  return parseRuleList(json, FORMAT)
}
