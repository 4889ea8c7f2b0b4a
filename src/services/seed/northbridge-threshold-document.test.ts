import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { PERSONA_INDICATOR_CODES } from '../../domain/referral/referral-personas.js'
import { FRAMEWORK_DIMENSIONS } from '../../domain/threshold/assessment-framework.js'
import { parseThresholdDocumentJson, thresholdDocumentJson } from '../../domain/threshold/threshold-document-json.js'
import {
  findIndicator,
  indicatorsByDomain,
  validateThresholdDocument,
} from '../../domain/threshold/threshold-document-rules.js'
import { NORTHBRIDGE_THRESHOLD_DOCUMENT as doc } from './northbridge-threshold-document.js'

describe('the Northbridge threshold document', () => {
  test('passes every publishing rule', () => {
    assert.deepEqual(validateThresholdDocument(doc), [])
  })

  test('describes the four levels by name', () => {
    assert.deepEqual(
      doc.levels.map(l => `${l.level} ${l.name}`),
      [
        '1 Universal',
        '2 Additional needs – early help',
        '3 Complex needs – targeted early help or child in need',
        '4 Specialist – statutory and child protection',
      ],
    )
  })

  test('covers every Assessment Framework dimension except where noted, and harm outside the home', () => {
    const used = new Set(doc.indicators.map(i => i.dimension))
    for (const dimensions of Object.values(FRAMEWORK_DIMENSIONS)) {
      for (const dimension of dimensions) assert.ok(used.has(dimension), `no indicator for ${dimension}`)
    }
    assert.ok(doc.indicators.length >= 24, `only ${doc.indicators.length} indicators`)
    for (const code of [
      'CD-EXPLOITATION-01',
      'CD-MISSING-01',
      'CD-ONLINE-01',
      'PC-PRE-BIRTH-01',
      'FE-DOMESTIC-ABUSE-01',
    ]) {
      assert.ok(findIndicator(doc, code), `no ${code}`)
    }
    assert.deepEqual(
      indicatorsByDomain(doc).map(d => d.dimensions.at(-1)?.dimension),
      ['Harm outside the home', 'Unborn babies', 'Community resources'],
    )
  })

  test('has one or two examples per level, and codes that name their domain', () => {
    const prefix = { 'child-development': 'CD-', 'parenting-capacity': 'PC-', 'family-environment': 'FE-' }
    for (const i of doc.indicators) {
      assert.ok(i.code.startsWith(prefix[i.domain]), `${i.code} is not in ${i.domain}`)
      for (const examples of Object.values(i.examples)) {
        assert.ok(examples.length >= 1 && examples.length <= 2, `${i.code} has ${examples.length} examples at a level`)
      }
    }
  })

  test('contains every indicator the referral personas cite', () => {
    for (const code of PERSONA_INDICATOR_CODES) assert.ok(findIndicator(doc, code), `no ${code}`)
  })

  test('survives the JSON a partnership manager edits', () => {
    const parsed = parseThresholdDocumentJson(thresholdDocumentJson(doc))
    assert.ok(parsed.ok)
    assert.deepEqual(parsed.value, doc)
  })
})
