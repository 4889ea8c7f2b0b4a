import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DOMAIN_LABELS, FRAMEWORK_DIMENSIONS, frameworkDomainOf } from './assessment-framework.js'
import type { ThresholdIndicator } from './threshold-document.js'
import {
  findIndicator,
  indicatorsByDomain,
  levelName,
  validateThresholdDocument,
  type ThresholdDocumentContent,
} from './threshold-document-rules.js'

// A small document that passes every rule; each test breaks one thing.
const examples = (tag: string) => ({ 1: [`${tag} at 1`], 2: [`${tag} at 2`], 3: [`${tag} at 3`], 4: [`${tag} at 4`] })
const indicator = (code: string, domain: ThresholdIndicator['domain'], dimension: string): ThresholdIndicator => ({
  code,
  domain,
  dimension,
  title: `Title of ${code}`,
  examples: examples(code),
})

function validDocument(): ThresholdDocumentContent {
  return {
    title: 'Anytown threshold guidance',
    levels: [
      { level: 1, name: 'Universal', summary: 'Needs met', response: 'Universal services' },
      { level: 2, name: 'Early help', summary: 'Some needs', response: 'Early help' },
      { level: 3, name: 'Complex', summary: 'Complex needs', response: 'Team around the family' },
      { level: 4, name: 'Specialist', summary: 'Significant harm', response: 'Refer now' },
    ],
    indicators: [
      indicator('FE-HOUSING-01', 'family-environment', 'Housing'),
      indicator('CD-EDU-01', 'child-development', 'Education'),
      indicator('PC-STAB-01', 'parenting-capacity', 'Stability'),
      indicator('CD-LOCAL-01', 'child-development', 'Harm outside the home'),
      indicator('CD-HEALTH-01', 'child-development', 'Health'),
      indicator('PC-SAFETY-01', 'parenting-capacity', 'Ensuring safety'),
      indicator('PC-SAFETY-02', 'parenting-capacity', 'ensuring  SAFETY'),
      indicator('FE-DA-01', 'family-environment', 'Family history and functioning'),
    ],
  }
}

const kindsAndMessages = (doc: ThresholdDocumentContent) =>
  validateThresholdDocument(doc).map(p => `${p.kind}: ${p.message}`)

describe('validateThresholdDocument', () => {
  test('a complete document has no problems', () => {
    assert.deepEqual(validateThresholdDocument(validDocument()), [])
  })

  test('indicator codes must be unique', () => {
    const doc = validDocument()
    doc.indicators.push(indicator('CD-EDU-01', 'child-development', 'Education'))
    doc.indicators.push(indicator('CD-EDU-01', 'child-development', 'Education'))
    assert.deepEqual(kindsAndMessages(doc), [
      'duplicate-code: Give each indicator its own code: CD-EDU-01 is used 3 times',
    ])
  })

  test('every indicator needs an example at each of the four levels', () => {
    const doc = validDocument()
    doc.indicators[1] = { ...doc.indicators[1]!, examples: { 1: ['ok'], 2: [], 3: ['  '], 4: ['ok', ''] } }
    assert.deepEqual(kindsAndMessages(doc), [
      'examples: Give at least one example at level 2 for indicator CD-EDU-01',
      'examples: Give at least one example at level 3 for indicator CD-EDU-01',
      'examples: Remove the empty example at level 4 for indicator CD-EDU-01',
    ])
  })

  test('exactly levels 1 to 4 are described, each once and in full', () => {
    const doc = validDocument()
    doc.levels = [
      doc.levels[0]!,
      { ...doc.levels[1]!, name: ' ' },
      doc.levels[2]!,
      doc.levels[2]!,
      { level: 5 as never, name: 'Extra', summary: 's', response: 'r' },
    ]
    assert.deepEqual(kindsAndMessages(doc), [
      'levels: Describe level 3 only once',
      'levels: Describe level 4',
      'levels: Enter a name for level 2',
      'levels: Remove level 5: a threshold document has levels 1 to 4',
    ])
  })

  test('every domain has indicators', () => {
    const doc = validDocument()
    doc.indicators = doc.indicators.filter(i => i.domain !== 'parenting-capacity')
    assert.deepEqual(kindsAndMessages(doc), ['empty-domain: Add at least one indicator for Parenting capacity'])
  })

  test('a document without indicators says so once', () => {
    assert.deepEqual(kindsAndMessages({ ...validDocument(), indicators: [] }), [
      'no-indicators: Add indicators: the document has none',
    ])
  })

  test('codes, titles and dimensions are checked, naming the indicator by its place when it has no code', () => {
    const doc = validDocument()
    doc.title = ''
    doc.indicators[0] = { ...doc.indicators[0]!, code: 'fe housing 1' }
    doc.indicators[1] = { ...doc.indicators[1]!, code: ' ', title: '' }
    doc.indicators[2] = { ...doc.indicators[2]!, dimension: 'Housing' }
    assert.deepEqual(kindsAndMessages(doc), [
      'title: Enter a title for the threshold document',
      'indicator-code: Change the code of indicator fe housing 1 to use only capital letters, numbers and hyphens, like PC-SAFETY-01',
      'indicator-code: Enter a code for indicator 2',
      'indicator-text: Enter a title for indicator 2',
      'dimension: Move indicator PC-STAB-01 to Family and environmental factors: Housing is a dimension of that domain, not of Parenting capacity',
    ])
  })
})

describe('indicatorsByDomain', () => {
  test('groups by domain, then by dimension in the Assessment Framework order, local dimensions last', () => {
    const groups = indicatorsByDomain(validDocument())
    assert.deepEqual(
      groups.map(g => [g.label, g.dimensions.map(d => [d.dimension, d.indicators.map(i => i.code)])]),
      [
        [
          "Child's developmental needs",
          [
            ['Health', ['CD-HEALTH-01']],
            ['Education', ['CD-EDU-01']],
            ['Harm outside the home', ['CD-LOCAL-01']],
          ],
        ],
        [
          'Parenting capacity',
          [
            ['Ensuring safety', ['PC-SAFETY-01', 'PC-SAFETY-02']],
            ['Stability', ['PC-STAB-01']],
          ],
        ],
        [
          'Family and environmental factors',
          [
            ['Family history and functioning', ['FE-DA-01']],
            ['Housing', ['FE-HOUSING-01']],
          ],
        ],
      ],
    )
  })

  test('every domain appears, even one with no indicators', () => {
    const groups = indicatorsByDomain({ indicators: [] })
    assert.deepEqual(
      groups.map(g => [g.domain, g.dimensions.length]),
      [
        ['child-development', 0],
        ['parenting-capacity', 0],
        ['family-environment', 0],
      ],
    )
  })
})

describe('lookups', () => {
  test('findIndicator finds by code, forgiving case and spaces', () => {
    const doc = validDocument()
    assert.equal(findIndicator(doc, 'PC-SAFETY-02')?.dimension, 'ensuring  SAFETY')
    assert.equal(findIndicator(doc, ' pc-safety-01 ')?.code, 'PC-SAFETY-01')
    assert.equal(findIndicator(doc, 'PC-SAFETY-99'), undefined)
  })

  test('levelName uses the document’s words', () => {
    const doc = validDocument()
    assert.equal(levelName(doc, 2), 'Early help')
    assert.equal(levelName({ levels: [] }, 3), 'Level 3')
  })

  test('the three domains have their Framework labels and dimensions', () => {
    assert.deepEqual(Object.values(DOMAIN_LABELS), [
      "Child's developmental needs",
      'Parenting capacity',
      'Family and environmental factors',
    ])
    assert.equal(FRAMEWORK_DIMENSIONS['child-development'].length, 7)
    assert.equal(FRAMEWORK_DIMENSIONS['parenting-capacity'].length, 6)
    assert.equal(FRAMEWORK_DIMENSIONS['family-environment'].length, 7)
    assert.equal(frameworkDomainOf('family’s social integration'), 'family-environment')
    assert.equal(frameworkDomainOf('Harm outside the home'), undefined)
  })
})
