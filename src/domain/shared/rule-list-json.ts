import {
  isJsonObject,
  numberedChecker,
  type JsonObject,
  type NumberedChecker,
  type NumberedProblem,
} from './json-checker.js'
import { fail, ok, type Result } from './result.js'

// Double-screening and repeat-contact rules are both edited as a JSON list of rules, each with an
// id, name, description, enabled and a condition of some kind. This checks everything but the
// condition's own settings, so the two editors say the same things about the same mistakes.

export type RuleProblem = NumberedProblem<'rule'>

export type ListedRule<Condition> = {
  id: string
  name: string
  description: string
  enabled: boolean
  condition: Condition
}

export type RuleListFormat<Kind extends string, Condition> = {
  /** Each kind of condition, with the settings it takes besides "kind". */
  settings: Readonly<Record<Kind, readonly string[]>>
  /** The kinds in the order a manager is told them. */
  kinds: readonly Kind[]
  /** An id to show as an example, like "repeat-contact". */
  exampleId: string
  /** Reads the settings of a condition whose kind and setting names have been checked. */
  condition: (kind: Kind, value: JsonObject, check: NumberedChecker) => Condition
}

const RULE_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const MAX_NAME = 100
const MAX_DESCRIPTION = 500
const RULE_KEYS = ['id', 'name', 'description', 'enabled', 'condition']

function parseCondition<Kind extends string, Condition>(
  value: unknown,
  format: RuleListFormat<Kind, Condition>,
  check: NumberedChecker,
): Condition | undefined {
  const kinds = format.kinds.map(k => `"${k}"`).join(', ')
  if (!isJsonObject(value)) {
    check.problem(`add a condition with a kind: one of ${kinds}`)
    return undefined
  }
  const kind = format.kinds.find(k => k === value.kind)
  if (kind === undefined) {
    check.problem(`the condition's kind must be one of ${kinds}`)
    return undefined
  }
  const settings = format.settings[kind]
  for (const key of Object.keys(value)) {
    if (key !== 'kind' && !settings.includes(key)) {
      check.problem(`remove "${key}": a ${kind} rule's settings are ${settings.join(', ')}`)
    }
  }
  return format.condition(kind, value, check)
}

function parseRule<Kind extends string, Condition>(
  value: unknown,
  format: RuleListFormat<Kind, Condition>,
  check: NumberedChecker,
): ListedRule<Condition> | undefined {
  if (!isJsonObject(value)) {
    check.problem('must be an object with an id, name, description, enabled and condition')
    return undefined
  }
  for (const key of Object.keys(value)) {
    if (!RULE_KEYS.includes(key)) {
      check.problem(`remove "${key}": a rule has an id, name, description, enabled and condition`)
    }
  }
  const id = typeof value.id === 'string' ? value.id.trim() : ''
  if (!RULE_ID.test(id)) {
    check.problem(`id must be lower-case letters, numbers and hyphens, like "${format.exampleId}"`)
  }
  const name = check.text(value.name, 'name', MAX_NAME)
  const description = check.text(value.description, 'description', MAX_DESCRIPTION)
  const enabled = check.boolean(value.enabled, 'enabled')
  const condition = parseCondition(value.condition, format, check)
  return condition && { id, name, description, enabled, condition }
}

/**
 * Checks a list of rules: the parsed JSON value, or the JSON text. Returns the rules, or every
 * problem found, each starting "Rule n: " where it is about one rule.
 */
export function parseRuleList<Kind extends string, Condition>(
  json: unknown,
  format: RuleListFormat<Kind, Condition>,
): Result<ListedRule<Condition>[], RuleProblem[]> {
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
  const rules: ListedRule<Condition>[] = []
  const seen = new Map<string, number>()
  value.forEach((entry, index) => {
    const check = numberedChecker('rule', index + 1, problems)
    const rule = parseRule(entry, format, check)
    const id = isJsonObject(entry) && typeof entry.id === 'string' ? entry.id.trim() : ''
    const first = seen.get(id)
    if (first !== undefined) check.problem(`id "${id}" is already used by rule ${first}`)
    else if (id !== '') seen.set(id, index + 1)
    if (rule) rules.push(rule)
  })
  return problems.length > 0 ? fail(problems) : ok(rules)
}
