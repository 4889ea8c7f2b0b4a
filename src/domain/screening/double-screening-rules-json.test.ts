import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_DOUBLE_SCREENING_RULES } from './default-double-screening-rules.js'
import { parseDoubleScreeningRules } from './double-screening-rules-json.js'

const messages = (json: unknown): string[] => {
  const result = parseDoubleScreeningRules(json)
  return result.ok ? [] : result.error.map(p => p.message)
}

// The defaults as a manager would start editing them.
const defaults = (): any[] => JSON.parse(JSON.stringify(DEFAULT_DOUBLE_SCREENING_RULES))

describe('parseDoubleScreeningRules', () => {
  test('reads the defaults back, as a value or as JSON text', () => {
    assert.deepEqual(parseDoubleScreeningRules(defaults()), { ok: true, value: DEFAULT_DOUBLE_SCREENING_RULES })
    assert.deepEqual(parseDoubleScreeningRules(JSON.stringify(DEFAULT_DOUBLE_SCREENING_RULES)), {
      ok: true,
      value: DEFAULT_DOUBLE_SCREENING_RULES,
    })
  })

  test('an empty list is allowed: no double screening', () => {
    assert.deepEqual(parseDoubleScreeningRules([]), { ok: true, value: [] })
  })

  test('says when the text is not JSON or not a list', () => {
    assert.deepEqual(messages('[{'), ['The rules are not valid JSON. Check for a missing comma, quote or bracket'])
    assert.deepEqual(messages({ rules: [] }), ['The rules must be a list: start with [ and end with ]'])
  })

  test('names the rule and the setting', () => {
    const rules = defaults()
    rules[4].condition.percent = 12.5
    assert.deepEqual(messages(rules), ['Rule 5: percent must be a whole number from 0 to 100'])
    rules[4].condition.percent = 101
    assert.deepEqual(messages(rules), ['Rule 5: percent must be a whole number from 0 to 100'])
  })

  test('reports every problem, not just the first', () => {
    const rules = defaults()
    rules[0].condition.maxAgeMonths = 0
    rules[0].condition.includeUnborn = 'yes'
    rules[1].condition.referrerLevels = [3, 5]
    rules[1].condition.minimumGap = 4
    rules[2].condition.minContacts = 1
    rules[2].condition.withinMonths = '12'
    rules[3].condition.sourceCodes = ['police']
    rules[3].condition.indicatorCodePrefixes = ['fe domestic']
    rules[4].enabled = 'true'
    rules[4].condition.outcomes = ['nfa']
    assert.deepEqual(messages(rules), [
      'Rule 1: maxAgeMonths must be a whole number from 1 to 216',
      'Rule 1: includeUnborn must be true or false',
      'Rule 2: 5 in referrerLevels is not allowed. Use 3, 4',
      'Rule 2: minimumGap must be a whole number from 1 to 3',
      'Rule 3: minContacts must be a whole number from 2 to 100',
      'Rule 3: withinMonths must be a whole number from 1 to 60',
      'Rule 4: "police" in sourceCodes is not allowed. Use census source codes such as "6"',
      'Rule 4: "fe domestic" in indicatorCodePrefixes is not allowed. Use the start of indicator codes, in capitals, such as "FE-DOMESTIC-ABUSE"',
      'Rule 5: enabled must be true or false',
      'Rule 5: "nfa" in outcomes is not allowed. Use "no-further-action", "information-and-advice", "signpost", "early-help", "assessment", "strategy-discussion", "already-open", "transfer"',
    ])
  })

  test('needs an id, a name, a description and a condition', () => {
    assert.deepEqual(messages([{ enabled: true }]), [
      'Rule 1: id must be lower-case letters, numbers and hyphens, like "repeat-contact"',
      'Rule 1: enter a name',
      'Rule 1: enter a description',
      'Rule 1: add a condition with a kind: one of "young-child", "below-referrer-level", "repeat-contact", "source-and-indicators", "random-sample"',
    ])
    assert.deepEqual(messages(['rule']), [
      'Rule 1: must be an object with an id, name, description, enabled and condition',
    ])
  })

  test('ids must be different', () => {
    const rules = defaults()
    rules[3].id = 'young-child-nfa'
    assert.deepEqual(messages(rules), ['Rule 4: id "young-child-nfa" is already used by rule 1'])
  })

  test('catches a misspelt or unknown setting', () => {
    const rules = defaults()
    rules[0].condition.maxAgeMonth = 24
    rules[1].enable = true
    rules[2].condition.kind = 'repeat'
    assert.deepEqual(messages(rules), [
      'Rule 1: remove "maxAgeMonth": a young-child rule\'s settings are maxAgeMonths, includeUnborn, outcomes',
      'Rule 2: remove "enable": a rule has an id, name, description, enabled and condition',
      'Rule 3: the condition\'s kind must be one of "young-child", "below-referrer-level", "repeat-contact", "source-and-indicators", "random-sample"',
    ])
  })

  test('lists must not be empty where that would make the rule never fire', () => {
    const rules = defaults()
    rules[0].condition.outcomes = []
    rules[3].condition.sourceCodes = []
    rules[3].condition.indicatorCodePrefixes = []
    assert.deepEqual(messages(rules), [
      'Rule 1: outcomes must list at least one: "no-further-action", "information-and-advice", "signpost", "early-help", "assessment", "strategy-discussion", "already-open", "transfer"',
      'Rule 4: give at least one source code or indicator code prefix',
    ])
  })

  test('trims text, and drops repeated list entries', () => {
    const rules = defaults()
    rules[0].name = '  Under twos  '
    rules[0].condition.outcomes = ['no-further-action', 'no-further-action']
    const result = parseDoubleScreeningRules(rules)
    assert.ok(result.ok)
    assert.equal(result.value[0]?.name, 'Under twos')
    assert.deepEqual(result.value[0]?.condition, {
      kind: 'young-child',
      maxAgeMonths: 24,
      includeUnborn: true,
      outcomes: ['no-further-action'],
    })
  })
})
