import { THRESHOLD_LEVELS, type ThresholdLevel } from '../referral/referral-content.js'
import { DOMAIN_LABELS, frameworkDimensionIndex, frameworkDomainOf, dimensionKey } from './assessment-framework.js'
import {
  ASSESSMENT_DOMAINS,
  type AssessmentDomain,
  type ThresholdDocument,
  type ThresholdIndicator,
  type ThresholdLevelDescription,
} from './threshold-document.js'

/** What a partnership writes; the version and publication date are set when it is published. */
export type ThresholdDocumentContent = Pick<ThresholdDocument, 'title' | 'levels' | 'indicators'>

export type ThresholdDocumentProblemKind =
  | 'not-json'
  | 'shape'
  | 'title'
  | 'levels'
  | 'no-indicators'
  | 'indicator-code'
  | 'duplicate-code'
  | 'indicator-text'
  | 'dimension'
  | 'examples'
  | 'empty-domain'

/** One thing wrong with a document, in words a partnership manager can act on. */
export type ThresholdDocumentProblem = Readonly<{ kind: ThresholdDocumentProblemKind; message: string }>

/** Capital letters, numbers and hyphens: codes are cited by referrals and used as page anchors. */
export const INDICATOR_CODE_PATTERN = /^[A-Z0-9]+(?:-[A-Z0-9]+)*$/

const blank = (s: string) => s.trim() === ''
const problem = (kind: ThresholdDocumentProblemKind, message: string): ThresholdDocumentProblem => ({ kind, message })

/** How a message names an indicator: its code, or its place in the list when it has none. */
export function indicatorLabel(indicator: Pick<ThresholdIndicator, 'code'>, index: number): string {
  return blank(indicator.code) ? `indicator ${index + 1}` : `indicator ${indicator.code.trim()}`
}

function levelProblems(levels: readonly ThresholdLevelDescription[]): ThresholdDocumentProblem[] {
  const problems: ThresholdDocumentProblem[] = []
  for (const level of THRESHOLD_LEVELS) {
    const described = levels.filter(l => l.level === level)
    if (described.length === 0) problems.push(problem('levels', `Describe level ${level}`))
    if (described.length > 1) problems.push(problem('levels', `Describe level ${level} only once`))
  }
  for (const l of levels) {
    if (!THRESHOLD_LEVELS.includes(l.level)) {
      problems.push(problem('levels', `Remove level ${l.level}: a threshold document has levels 1 to 4`))
      continue
    }
    if (blank(l.name)) problems.push(problem('levels', `Enter a name for level ${l.level}`))
    if (blank(l.summary)) problems.push(problem('levels', `Enter a summary of what level ${l.level} means`))
    if (blank(l.response)) problems.push(problem('levels', `Enter the response at level ${l.level}`))
  }
  return problems
}

function indicatorProblems(indicator: ThresholdIndicator, index: number): ThresholdDocumentProblem[] {
  const problems: ThresholdDocumentProblem[] = []
  const label = indicatorLabel(indicator, index)
  const code = indicator.code.trim()
  if (blank(code)) {
    problems.push(problem('indicator-code', `Enter a code for ${label}`))
  } else if (!INDICATOR_CODE_PATTERN.test(code)) {
    problems.push(
      problem(
        'indicator-code',
        `Change the code of ${label} to use only capital letters, numbers and hyphens, like PC-SAFETY-01`,
      ),
    )
  }
  if (blank(indicator.title)) problems.push(problem('indicator-text', `Enter a title for ${label}`))
  if (!ASSESSMENT_DOMAINS.includes(indicator.domain)) {
    problems.push(problem('dimension', `Choose a domain for ${label}: ${ASSESSMENT_DOMAINS.join(', ')}`))
  } else if (blank(indicator.dimension)) {
    problems.push(problem('dimension', `Enter the Assessment Framework dimension for ${label}`))
  } else {
    const belongsTo = frameworkDomainOf(indicator.dimension)
    if (belongsTo && belongsTo !== indicator.domain) {
      problems.push(
        problem(
          'dimension',
          `Move ${label} to ${DOMAIN_LABELS[belongsTo]}: ${indicator.dimension.trim()} is a dimension of that domain, not of ${DOMAIN_LABELS[indicator.domain]}`,
        ),
      )
    }
  }
  for (const level of THRESHOLD_LEVELS) {
    const examples = indicator.examples[level] ?? []
    if (examples.filter(e => !blank(e)).length === 0) {
      problems.push(problem('examples', `Give at least one example at level ${level} for ${label}`))
    } else if (examples.some(blank)) {
      problems.push(problem('examples', `Remove the empty example at level ${level} for ${label}`))
    }
  }
  return problems
}

/**
 * Everything that would stop a document being published, in document order; empty when it is
 * fit to publish. Checks the rules the guidance pages and referral form rely on: levels 1 to 4
 * each described once, unique indicator codes, an example at every level for every indicator,
 * and indicators in every domain.
 */
export function validateThresholdDocument(doc: ThresholdDocumentContent): ThresholdDocumentProblem[] {
  const problems: ThresholdDocumentProblem[] = []
  if (blank(doc.title)) problems.push(problem('title', 'Enter a title for the threshold document'))
  problems.push(...levelProblems(doc.levels))

  if (doc.indicators.length === 0) {
    problems.push(problem('no-indicators', 'Add indicators: the document has none'))
    return problems
  }
  doc.indicators.forEach((indicator, index) => problems.push(...indicatorProblems(indicator, index)))

  const uses = new Map<string, number>()
  for (const i of doc.indicators) {
    if (!blank(i.code)) uses.set(i.code.trim(), (uses.get(i.code.trim()) ?? 0) + 1)
  }
  for (const [code, count] of uses) {
    if (count > 1) {
      problems.push(problem('duplicate-code', `Give each indicator its own code: ${code} is used ${count} times`))
    }
  }

  for (const domain of ASSESSMENT_DOMAINS) {
    if (!doc.indicators.some(i => i.domain === domain)) {
      problems.push(problem('empty-domain', `Add at least one indicator for ${DOMAIN_LABELS[domain]}`))
    }
  }
  return problems
}

export type DimensionGroup = Readonly<{ dimension: string; indicators: readonly ThresholdIndicator[] }>
export type DomainGroup = Readonly<{
  domain: AssessmentDomain
  label: string
  dimensions: readonly DimensionGroup[]
}>

/**
 * Indicators by domain, then dimension, in the Assessment Framework's order. A partnership's
 * own dimensions (such as harm outside the home) follow the Framework's, in the order the
 * document first uses them; indicators keep the document's order within a dimension.
 */
export function indicatorsByDomain(doc: Pick<ThresholdDocument, 'indicators'>): DomainGroup[] {
  return ASSESSMENT_DOMAINS.map(domain => {
    const groups = new Map<string, { dimension: string; indicators: ThresholdIndicator[]; order: number }>()
    doc.indicators.forEach((indicator, index) => {
      if (indicator.domain !== domain) return
      const key = dimensionKey(indicator.dimension)
      let group = groups.get(key)
      if (!group) {
        // Framework dimensions first, in its order; local ones after, in first-use order.
        const order = frameworkDimensionIndex(domain, indicator.dimension) ?? 1000 + index
        group = { dimension: indicator.dimension.trim(), indicators: [], order }
        groups.set(key, group)
      }
      group.indicators.push(indicator)
    })
    const dimensions = [...groups.values()]
      .sort((a, b) => a.order - b.order)
      .map(({ dimension, indicators }) => ({ dimension, indicators }))
    return { domain, label: DOMAIN_LABELS[domain], dimensions }
  })
}

export function findIndicator(
  doc: Pick<ThresholdDocument, 'indicators'>,
  code: string,
): ThresholdIndicator | undefined {
  const wanted = code.trim().toUpperCase()
  return doc.indicators.find(i => i.code === wanted)
}

export function levelDescription(
  doc: Pick<ThresholdDocument, 'levels'>,
  level: ThresholdLevel,
): ThresholdLevelDescription | undefined {
  return doc.levels.find(l => l.level === level)
}

/** The document's name for a level, e.g. "Universal"; "Level 3" if it somehow has none. */
export function levelName(doc: Pick<ThresholdDocument, 'levels'>, level: ThresholdLevel): string {
  const name = levelDescription(doc, level)?.name.trim()
  return name ? name : `Level ${level}`
}

export function isThresholdLevel(value: unknown): value is ThresholdLevel {
  return typeof value === 'number' && (THRESHOLD_LEVELS as readonly number[]).includes(value)
}
