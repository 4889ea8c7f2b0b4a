import { THRESHOLD_LEVELS, type ThresholdLevel } from '../referral/referral-content.js'
import { isReferralSourceCode } from '../referral/referral-source.js'
import { fail, ok, type Result } from '../shared/result.js'
import { RULE_KINDS, type DoubleScreeningRule, type RuleCondition, type RuleKind } from './double-screening-rules.js'
import { DECISION_OUTCOMES, isDecisionOutcome, type DecisionOutcome } from './outcomes.js'

// A partnership manager edits the double-screening rules as JSON: a list of rules in the shape
// of DoubleScreeningRule. Parsing reports every problem, each starting with the rule's number
// so the manager can find it, and rejects settings it does not know, so a misspelt setting is
// caught rather than silently ignored. (The domain never imports zod, so this is by hand.)

export type RuleProblem = { rule?: number; message: string }

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_NAME = 100
const MAX_DESCRIPTION = 500

const SETTINGS: Record<RuleKind, readonly string[]> = {
  'young-child': ['maxAgeMonths', 'includeUnborn', 'outcomes'],
  'below-referrer-level': ['referrerLevels', 'minimumGap'],
  'repeat-contact': ['minContacts', 'withinMonths'],
  'source-and-indicators': ['sourceCodes', 'indicatorCodePrefixes', 'outcomes'],
  'random-sample': ['percent', 'outcomes', 'onlyWhenNoOtherRuleFired'],
}

/** Collects problems for one rule, each prefixed "Rule n: ". */
class Checker {
  readonly problems: RuleProblem[] = []
  constructor(readonly rule: number) {}

  problem(message: string): void {
    this.problems.push({ rule: this.rule, message: `Rule ${this.rule}: ${message}` })
  }

  wholeNumber(value: unknown, name: string, min: number, max: number): number {
    if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
    this.problem(`${name} must be a whole number from ${min} to ${max}`)
    return min
  }

  boolean(value: unknown, name: string): boolean {
    if (typeof value === 'boolean') return value
    this.problem(`${name} must be true or false`)
    return false
  }

  text(value: unknown, name: string, max: number): string {
    const text = typeof value === 'string' ? value.trim() : ''
    if (text === '') this.problem(`enter a ${name}`)
    else if (text.length > max) this.problem(`${name} must be ${max} characters or fewer`)
    return text
  }

  list<T>(value: unknown, name: string, allowEmpty: boolean, item: (v: unknown) => T | undefined, help: string): T[] {
    if (!Array.isArray(value)) {
      this.problem(`${name} must be a list, like [${help}]`)
      return []
    }
    if (value.length === 0 && !allowEmpty) this.problem(`${name} must list at least one: ${help}`)
    const items: T[] = []
    for (const entry of value) {
      const parsed = item(entry)
      if (parsed === undefined) this.problem(`${JSON.stringify(entry)} in ${name} is not allowed. Use ${help}`)
      else if (!items.includes(parsed)) items.push(parsed)
    }
    return items
  }

  outcomes(value: unknown): DecisionOutcome[] {
    const help = DECISION_OUTCOMES.map(o => `"${o}"`).join(', ')
    return this.list(value, 'outcomes', false, v => (isDecisionOutcome(v) ? v : undefined), help)
  }
}

const thresholdLevel = (v: unknown): ThresholdLevel | undefined => THRESHOLD_LEVELS.find(level => level === v)
const sourceCode = (v: unknown): string | undefined => (isReferralSourceCode(v) ? v : undefined)
const prefix = (v: unknown): string | undefined =>
  typeof v === 'string' && /^[A-Z0-9][A-Z0-9-]*$/.test(v.trim()) ? v.trim() : undefined

function parseCondition(value: unknown, check: Checker): RuleCondition | undefined {
  const kinds = RULE_KINDS.map(k => `"${k}"`).join(', ')
  if (!isObject(value)) {
    check.problem(`add a condition with a kind: one of ${kinds}`)
    return undefined
  }
  const kind = RULE_KINDS.find(k => k === value.kind)
  if (kind === undefined) {
    check.problem(`the condition's kind must be one of ${kinds}`)
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (key !== 'kind' && !SETTINGS[kind].includes(key)) {
      check.problem(`remove "${key}": a ${kind} rule's settings are ${SETTINGS[kind].join(', ')}`)
    }
  }
  switch (kind) {
    case 'young-child':
      return {
        kind,
        maxAgeMonths: check.wholeNumber(value.maxAgeMonths, 'maxAgeMonths', 1, 216),
        includeUnborn: check.boolean(value.includeUnborn, 'includeUnborn'),
        outcomes: check.outcomes(value.outcomes),
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
        sourceCodes: check.list(value.sourceCodes, 'sourceCodes', true, sourceCode, 'census source codes such as "6"'),
        indicatorCodePrefixes: check.list(
          value.indicatorCodePrefixes,
          'indicatorCodePrefixes',
          true,
          prefix,
          'the start of indicator codes, in capitals, such as "FE-DOMESTIC-ABUSE"',
        ),
        outcomes: check.outcomes(value.outcomes),
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
        outcomes: check.outcomes(value.outcomes),
        onlyWhenNoOtherRuleFired: check.boolean(value.onlyWhenNoOtherRuleFired, 'onlyWhenNoOtherRuleFired'),
      }
  }
}

function parseRule(value: unknown, check: Checker): DoubleScreeningRule | undefined {
  if (!isObject(value)) {
    check.problem('must be an object with an id, name, description, enabled and condition')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!['id', 'name', 'description', 'enabled', 'condition'].includes(key)) {
      check.problem(`remove "${key}": a rule has an id, name, description, enabled and condition`)
    }
  }
  const id = typeof value.id === 'string' ? value.id.trim() : ''
  if (!RULE_ID.test(id)) check.problem('id must be lower-case letters, numbers and hyphens, like "repeat-contact"')
  const name = check.text(value.name, 'name', MAX_NAME)
  const description = check.text(value.description, 'description', MAX_DESCRIPTION)
  const enabled = check.boolean(value.enabled, 'enabled')
  const condition = parseCondition(value.condition, check)
  return condition && { id, name, description, enabled, condition }
}

/**
 * Checks a partnership's double-screening rules: the parsed JSON value, or the JSON text.
 * Returns the rules, or every problem found.
 */
export function parseDoubleScreeningRules(json: unknown): Result<DoubleScreeningRule[], RuleProblem[]> {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch {
      return fail([{ message: 'The rules are not valid JSON. Check for a missing comma, quote or bracket' }])
    }
  }
  if (!Array.isArray(value)) return fail([{ message: 'The rules must be a list: start with [ and end with ]' }])
  const problems: RuleProblem[] = []
  const rules: DoubleScreeningRule[] = []
  const seen = new Map<string, number>()
  value.forEach((entry, index) => {
    const check = new Checker(index + 1)
    const rule = parseRule(entry, check)
    const id = isObject(entry) && typeof entry.id === 'string' ? entry.id.trim() : ''
    const first = seen.get(id)
    if (first !== undefined) check.problem(`id "${id}" is already used by rule ${first}`)
    else if (id !== '') seen.set(id, index + 1)
    problems.push(...check.problems)
    if (rule) rules.push(rule)
  })
  return problems.length > 0 ? fail(problems) : ok(rules)
}
