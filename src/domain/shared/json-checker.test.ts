import assert from 'node:assert/strict'
import { test } from 'node:test'
import { numberedChecker, type NumberedProblem } from './json-checker.js'

test('each problem is numbered and starts with the item it is about', () => {
  const problems: NumberedProblem<'stage'>[] = []
  const check = numberedChecker('stage', 2, problems)
  assert.equal(check.wholeNumber(5, 'days', 1, 10), 5)
  assert.equal(check.wholeNumber(1.5, 'days', 1, 10), 1)
  assert.equal(check.boolean('yes', 'enabled'), false)
  assert.equal(check.text('  Escalate  ', 'name', 20), 'Escalate')
  assert.equal(check.text(' ', 'name', 20), '')
  assert.equal(check.text(' ', 'who responds', 20, 'who responds'), '')
  check.problem('something else')
  assert.deepEqual(problems, [
    { stage: 2, message: 'Stage 2: days must be a whole number from 1 to 10' },
    { stage: 2, message: 'Stage 2: enabled must be true or false' },
    { stage: 2, message: 'Stage 2: enter a name' },
    { stage: 2, message: 'Stage 2: enter who responds' },
    { stage: 2, message: 'Stage 2: something else' },
  ])
})

test('text is measured in characters as a person counts them', () => {
  const problems: NumberedProblem<'rule'>[] = []
  const check = numberedChecker('rule', 1, problems)
  check.text('🙂🙂🙂', 'name', 3)
  assert.deepEqual(problems, [])
  check.text('abcd', 'name', 3)
  assert.deepEqual(problems, [{ rule: 1, message: 'Rule 1: name must be 3 characters or fewer' }])
})

test('a list keeps the allowed entries once each and names the rest', () => {
  const problems: NumberedProblem<'rule'>[] = []
  const check = numberedChecker('rule', 3, problems)
  const digit = (v: unknown) => (typeof v === 'number' && v >= 0 && v <= 9 ? v : undefined)
  assert.deepEqual(check.list([1, 2, 1, 'x'], 'levels', false, digit, '1, 2'), [1, 2])
  assert.deepEqual(check.list([], 'levels', true, digit, '1, 2'), [])
  assert.deepEqual(check.list([], 'levels', false, digit, '1, 2'), [])
  assert.deepEqual(check.list('1', 'levels', true, digit, '1, 2'), [])
  assert.deepEqual(
    problems.map(p => p.message),
    [
      'Rule 3: "x" in levels is not allowed. Use 1, 2',
      'Rule 3: levels must list at least one: 1, 2',
      'Rule 3: levels must be a list, like [1, 2]',
    ],
  )
})
