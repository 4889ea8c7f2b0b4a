import { fail, ok, type Result } from '../shared/result.js'
import {
  REPEAT_CONTACT_RULE_KINDS,
  type RepeatContactCondition,
  type RepeatContactRule,
  type RepeatContactRuleKind,
} from './repeat-contact-rules.js'

// A partnership manager edits the repeat-contact rules as JSON: a list of rules in the shape of
// RepeatContactRule. Parsing reports every problem, each starting with the rule's number so the
// manager can find it, and rejects settings it does not know, so a misspelt setting is caught
// rather than silently ignored. (The domain never imports zod, so this is by hand.)

export type RepeatContactRuleProblem = { rule?: number; message: string }

type Json = Record<string, unknown>
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_NAME = 100
const MAX_DESCRIPTION = 500
const RULE_KEYS = ['id', 'name', 'description', 'enabled', 'condition']

const SETTINGS: Record<RepeatContactRuleKind, readonly string[]> = {
  'contacts-in-window': ['minContacts', 'withinMonths'],
  'again-after-nfa': ['withinDays', 'sameReferrerOrAgency'],
  'agencies-in-window': ['minAgencies', 'withinDays'],
  're-referral': ['withinMonths'],
}

/** Collects problems for one rule, each prefixed "Rule n: ". */
class Checker {
  readonly problems: RepeatContactRuleProblem[] = []
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
}

function parseCondition(value: unknown, check: Checker): RepeatContactCondition | undefined {
  const kinds = REPEAT_CONTACT_RULE_KINDS.map(k => `"${k}"`).join(', ')
  if (!isObject(value)) {
    check.problem(`add a condition with a kind: one of ${kinds}`)
    return undefined
  }
  const kind = REPEAT_CONTACT_RULE_KINDS.find(k => k === value.kind)
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
}

function parseRule(value: unknown, check: Checker): RepeatContactRule | undefined {
  if (!isObject(value)) {
    check.problem('must be an object with an id, name, description, enabled and condition')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!RULE_KEYS.includes(key)) {
      check.problem(`remove "${key}": a rule has an id, name, description, enabled and condition`)
    }
  }
  const id = typeof value.id === 'string' ? value.id.trim() : ''
  if (!RULE_ID.test(id)) check.problem('id must be lower-case letters, numbers and hyphens, like "repeat-contacts"')
  const name = check.text(value.name, 'name', MAX_NAME)
  const description = check.text(value.description, 'description', MAX_DESCRIPTION)
  const enabled = check.boolean(value.enabled, 'enabled')
  const condition = parseCondition(value.condition, check)
  return condition && { id, name, description, enabled, condition }
}

/**
 * Checks a partnership's repeat-contact rules: the parsed JSON value, or the JSON text.
 * Returns the rules, or every problem found.
 */
export function parseRepeatContactRules(json: unknown): Result<RepeatContactRule[], RepeatContactRuleProblem[]> {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch {
      return fail([{ message: 'The rules are not valid JSON. Check for a missing comma, quote or bracket' }])
    }
  }
  if (!Array.isArray(value)) return fail([{ message: 'The rules must be a list: start with [ and end with ]' }])
  const problems: RepeatContactRuleProblem[] = []
  const rules: RepeatContactRule[] = []
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
