import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DEFAULT_REPEAT_CONTACT_RULES } from './default-repeat-contact-rules.js'
import { parseRepeatContactRules } from './repeat-contact-rules-json.js'

const messages = (json: unknown): string[] => {
  const result = parseRepeatContactRules(json)
  return result.ok ? [] : result.error.map(p => p.message)
}

// The defaults as a manager would start editing them.
const defaults = (): any[] => JSON.parse(JSON.stringify(DEFAULT_REPEAT_CONTACT_RULES))

describe('parseRepeatContactRules', () => {
  test('reads the defaults back, as a value or as JSON text', () => {
    assert.deepEqual(parseRepeatContactRules(defaults()), { ok: true, value: DEFAULT_REPEAT_CONTACT_RULES })
    assert.deepEqual(parseRepeatContactRules(JSON.stringify(DEFAULT_REPEAT_CONTACT_RULES)), {
      ok: true,
      value: DEFAULT_REPEAT_CONTACT_RULES,
    })
  })

  test('an empty list is allowed: no repeat-contact flags', () => {
    assert.deepEqual(parseRepeatContactRules([]), { ok: true, value: [] })
  })

  test('says when the text is not JSON or not a list', () => {
    assert.deepEqual(messages('[{'), ['The rules are not valid JSON. Check for a missing comma, quote or bracket'])
    assert.deepEqual(messages({ rules: [] }), ['The rules must be a list: start with [ and end with ]'])
  })

  test('names the rule and the setting', () => {
    const rules = defaults()
    rules[1].condition.withinDays = 0
    assert.deepEqual(messages(rules), ['Rule 2: withinDays must be a whole number from 1 to 365'])
    rules[1].condition.withinDays = 30.5
    assert.deepEqual(messages(rules), ['Rule 2: withinDays must be a whole number from 1 to 365'])
    rules[1].condition.withinDays = 365
    assert.deepEqual(messages(rules), [])
  })

  test('reports every problem, not just the first', () => {
    const rules = defaults()
    rules[0].condition.minContacts = 1
    rules[0].condition.withinMonths = '12'
    rules[1].condition.sameReferrerOrAgency = 'yes'
    rules[2].condition.minAgencies = 21
    rules[2].condition.withinDays = 366
    rules[3].condition.withinMonths = 0
    rules[3].enabled = 'true'
    assert.deepEqual(messages(rules), [
      'Rule 1: minContacts must be a whole number from 2 to 100',
      'Rule 1: withinMonths must be a whole number from 1 to 60',
      'Rule 2: sameReferrerOrAgency must be true or false',
      'Rule 3: minAgencies must be a whole number from 2 to 20',
      'Rule 3: withinDays must be a whole number from 1 to 365',
      'Rule 4: enabled must be true or false',
      'Rule 4: withinMonths must be a whole number from 1 to 60',
    ])
  })

  test('rejects settings and fields it does not know, so a misspelling is not ignored', () => {
    const rules = defaults()
    rules[0].condition.withinDays = 30
    rules[1].colour = 'red'
    assert.deepEqual(messages(rules), [
      'Rule 1: remove "withinDays": a contacts-in-window rule\'s settings are minContacts, withinMonths',
      'Rule 2: remove "colour": a rule has an id, name, description, enabled and condition',
    ])
  })

  test('checks ids, names, descriptions and kinds', () => {
    const rules = defaults()
    rules[0].id = 'Repeat Contacts'
    rules[1].id = 'several-agencies'
    rules[2].name = '  '
    rules[2].description = 'x'.repeat(501)
    rules[3].condition = { kind: 'repeat-contact' }
    assert.deepEqual(messages(rules), [
      'Rule 1: id must be lower-case letters, numbers and hyphens, like "repeat-contacts"',
      'Rule 3: enter a name',
      'Rule 3: description must be 500 characters or fewer',
      'Rule 3: id "several-agencies" is already used by rule 2',
      'Rule 4: the condition\'s kind must be one of "contacts-in-window", "again-after-nfa", "agencies-in-window", "re-referral"',
    ])
    assert.deepEqual(messages([{ ...defaults()[0], condition: undefined }]), [
      'Rule 1: add a condition with a kind: one of "contacts-in-window", "again-after-nfa", "agencies-in-window", "re-referral"',
    ])
    assert.deepEqual(messages([42]), ['Rule 1: must be an object with an id, name, description, enabled and condition'])
  })
})
