import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { parseThresholdDocumentJson, thresholdDocumentJson } from './threshold-document-json.js'
import type { ThresholdDocumentContent } from './threshold-document-rules.js'

const examples = { '1': ['a'], '2': ['b'], '3': ['c'], '4': ['d'] }
const levels = [1, 2, 3, 4].map(level => ({ level, name: `L${level}`, summary: 's', response: 'r' }))
const indicators = [
  { code: 'CD-HEALTH-01', domain: 'child-development', dimension: 'Health', title: 'Health', examples },
  { code: 'PC-SAFETY-01', domain: 'parenting-capacity', dimension: 'Ensuring safety', title: 'Safety', examples },
  {
    code: 'FE-DA-01',
    domain: 'family-environment',
    dimension: 'Family history and functioning',
    title: 'DA',
    examples,
  },
]
const valid = { title: 'Anytown threshold guidance', levels, indicators }
const json = (value: unknown) => JSON.stringify(value, null, 2)

function problems(text: string): string[] {
  const result = parseThresholdDocumentJson(text)
  assert.equal(result.ok, false, 'expected problems')
  return result.ok ? [] : result.error.map(p => `${p.kind}: ${p.message}`)
}

describe('parseThresholdDocumentJson', () => {
  test('reads a valid document, ignoring any version or publication date in it', () => {
    const result = parseThresholdDocumentJson(json({ ...valid, version: 7, publishedAt: '2020-01-01' }))
    assert.ok(result.ok)
    assert.equal(result.value.title, 'Anytown threshold guidance')
    assert.equal(result.value.indicators.length, 3)
    assert.deepEqual(result.value.indicators[0]?.examples, { 1: ['a'], 2: ['b'], 3: ['c'], 4: ['d'] })
    assert.equal('version' in result.value, false)
  })

  test('an empty box asks for the document', () => {
    assert.deepEqual(problems('  \n'), ['not-json: Enter the threshold document as JSON'])
  })

  test('broken JSON says which line to look at', () => {
    const text = json(valid).replace('"levels": [', '"levels": [,')
    const line = text.split('\n').findIndex(l => l.includes('"levels": [,')) + 1
    const [message] = problems(text)
    assert.equal(
      message,
      `not-json: Correct the JSON on line ${line}, column 14, just after "levels": [. Check for a missing comma, quote or bracket`,
    )
    assert.equal(
      problems('{\n"a": 1,\n,"b": 2}')[0],
      'not-json: Correct the JSON on line 3, column 1. Check for a missing comma, quote or bracket',
    )
    assert.equal(
      problems('{"title": "x"')[0],
      'not-json: Correct the JSON at the end: part of it may be missing. Check for a missing comma, quote or bracket',
    )
  })

  test('JSON of the wrong shape lists every shape problem', () => {
    assert.deepEqual(problems('[1, 2]'), [
      'shape: Enter the document as one JSON object, with "title", "levels" and "indicators"',
    ])
    const wrong = {
      title: 12,
      levels: [{ level: 9 }, ...levels.slice(1)],
      indicators: [
        { ...indicators[0], domain: 'health' },
        { ...indicators[1], examples: { '1': 'not a list', '2': ['b'], '3': ['c'], '4': ['d'], '5': ['e'] } },
        'not an indicator',
      ],
    }
    assert.deepEqual(problems(json(wrong)), [
      'shape: Enter the "title" of the document as text',
      'shape: Give entry 1 in "levels" a "level" of 1, 2, 3 or 4',
      'shape: Give indicator CD-HEALTH-01 a "domain" of "child-development", "parenting-capacity", "family-environment"',
      'shape: Remove the examples at level "5" from indicator PC-SAFETY-01: levels are "1" to "4"',
      'shape: Write the examples at level 1 for indicator PC-SAFETY-01 as a list of text',
      'shape: Change entry 3 in "indicators" to an object',
    ])
  })

  test('a well-formed document that breaks a publishing rule gets the rule’s problems', () => {
    const missing = { ...valid, indicators: [indicators[0], { ...indicators[1], code: 'CD-HEALTH-01' }] }
    assert.deepEqual(problems(json(missing)), [
      'duplicate-code: Give each indicator its own code: CD-HEALTH-01 is used 2 times',
      'empty-domain: Add at least one indicator for Family and environmental factors',
    ])
    const noExamples = {
      ...valid,
      indicators: [{ ...indicators[0], examples: { '1': ['a'] } }, ...indicators.slice(1)],
    }
    assert.deepEqual(problems(json(noExamples)), [
      'examples: Give at least one example at level 2 for indicator CD-HEALTH-01',
      'examples: Give at least one example at level 3 for indicator CD-HEALTH-01',
      'examples: Give at least one example at level 4 for indicator CD-HEALTH-01',
    ])
  })
})

describe('thresholdDocumentJson', () => {
  test('writes what parse reads back, levels in order and nothing else', () => {
    const result = parseThresholdDocumentJson(json(valid))
    assert.ok(result.ok)
    const doc: ThresholdDocumentContent & { version: number } = {
      ...result.value,
      version: 3,
      levels: [...result.value.levels].reverse(),
    }
    const text = thresholdDocumentJson(doc)
    assert.doesNotMatch(text, /"version"/)
    const again = parseThresholdDocumentJson(text)
    assert.ok(again.ok)
    assert.deepEqual(again.value, result.value)
    assert.deepEqual(
      again.value.levels.map(l => l.level),
      [1, 2, 3, 4],
    )
  })
})
