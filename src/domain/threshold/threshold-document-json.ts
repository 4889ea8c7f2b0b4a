import { THRESHOLD_LEVELS, type ThresholdLevel } from '../referral/referral-content.js'
import { parseJsonText } from '../shared/json-text.js'
import { fail, ok, type Result } from '../shared/result.js'
import { ASSESSMENT_DOMAINS, type AssessmentDomain, type ThresholdIndicator } from './threshold-document.js'
import {
  indicatorLabel,
  isThresholdLevel,
  validateThresholdDocument,
  type ThresholdDocumentContent,
  type ThresholdDocumentProblem,
} from './threshold-document-rules.js'

// A partnership loads its own document as JSON: the same shape as ThresholdDocumentContent,
// written out by thresholdDocumentJson. Parsing checks the shape first, then the publishing
// rules, and reports every problem it finds rather than the first.

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const shape = (message: string): ThresholdDocumentProblem => ({ kind: 'shape', message })

function text(value: unknown, problems: ThresholdDocumentProblem[], message: string): string {
  if (typeof value === 'string') return value.trim()
  problems.push(shape(message))
  return ''
}

function parseLevels(value: unknown, problems: ThresholdDocumentProblem[]): ThresholdDocumentContent['levels'] {
  if (!Array.isArray(value)) {
    problems.push(shape('Add "levels": a list describing levels 1 to 4'))
    return []
  }
  const levels: ThresholdDocumentContent['levels'] = []
  value.forEach((entry, index) => {
    const where = `entry ${index + 1} in "levels"`
    if (!isObject(entry)) {
      problems.push(shape(`Change ${where} to an object with level, name, summary and response`))
      return
    }
    if (!isThresholdLevel(entry.level)) {
      problems.push(shape(`Give ${where} a "level" of 1, 2, 3 or 4`))
      return
    }
    const at = `level ${entry.level}`
    levels.push({
      level: entry.level,
      name: text(entry.name, problems, `Enter the "name" of ${at} as text`),
      summary: text(entry.summary, problems, `Enter the "summary" of ${at} as text`),
      response: text(entry.response, problems, `Enter the "response" at ${at} as text`),
    })
  })
  return levels
}

function parseExamples(
  value: unknown,
  label: string,
  problems: ThresholdDocumentProblem[],
): Record<ThresholdLevel, string[]> {
  const examples: Record<ThresholdLevel, string[]> = { 1: [], 2: [], 3: [], 4: [] }
  if (!isObject(value)) {
    problems.push(shape(`Add "examples" to ${label}, with a list for each of levels "1" to "4"`))
    return examples
  }
  for (const key of Object.keys(value)) {
    if (!THRESHOLD_LEVELS.some(l => String(l) === key)) {
      problems.push(shape(`Remove the examples at level "${key}" from ${label}: levels are "1" to "4"`))
    }
  }
  for (const level of THRESHOLD_LEVELS) {
    const list = value[String(level)]
    if (list === undefined) continue // validation asks for at least one example
    if (!Array.isArray(list) || !list.every(e => typeof e === 'string')) {
      problems.push(shape(`Write the examples at level ${level} for ${label} as a list of text`))
      continue
    }
    examples[level] = list.map(e => e.trim())
  }
  return examples
}

function parseIndicators(value: unknown, problems: ThresholdDocumentProblem[]): ThresholdIndicator[] {
  if (!Array.isArray(value)) {
    problems.push(shape('Add "indicators": a list of indicators'))
    return []
  }
  const indicators: ThresholdIndicator[] = []
  value.forEach((entry, index) => {
    if (!isObject(entry)) {
      problems.push(shape(`Change entry ${index + 1} in "indicators" to an object`))
      return
    }
    const code = typeof entry.code === 'string' ? entry.code.trim() : ''
    const label = indicatorLabel({ code }, index)
    if (typeof entry.code !== 'string') problems.push(shape(`Enter the "code" of ${label} as text`))
    if (!ASSESSMENT_DOMAINS.includes(entry.domain as AssessmentDomain)) {
      problems.push(shape(`Give ${label} a "domain" of ${ASSESSMENT_DOMAINS.map(d => `"${d}"`).join(', ')}`))
      return
    }
    indicators.push({
      code,
      domain: entry.domain as AssessmentDomain,
      dimension: text(entry.dimension, problems, `Enter the "dimension" of ${label} as text`),
      title: text(entry.title, problems, `Enter the "title" of ${label} as text`),
      examples: parseExamples(entry.examples, label, problems),
    })
  })
  return indicators
}

/**
 * Reads a threshold document pasted or uploaded as JSON. Any "version" or "publishedAt" in it
 * is ignored: publishing sets both. Returns the content ready to publish, or every problem.
 */
export function parseThresholdDocumentJson(
  input: string,
): Result<ThresholdDocumentContent, ThresholdDocumentProblem[]> {
  const json = parseJsonText(input, 'Enter the threshold document as JSON')
  if (!json.ok) return fail([{ kind: 'not-json', message: json.error }])
  const data = json.value
  if (!isObject(data)) {
    return fail([shape('Enter the document as one JSON object, with "title", "levels" and "indicators"')])
  }
  const problems: ThresholdDocumentProblem[] = []
  const content: ThresholdDocumentContent = {
    title: text(data.title, problems, 'Enter the "title" of the document as text'),
    levels: parseLevels(data.levels, problems),
    indicators: parseIndicators(data.indicators, problems),
  }
  // Publishing rules only make sense once the shape is right.
  if (problems.length > 0) return fail(problems)
  const invalid = validateThresholdDocument(content)
  return invalid.length > 0 ? fail(invalid) : ok(content)
}

/** The document as a partnership edits it: its content only, levels in order, two-space indented. */
export function thresholdDocumentJson(doc: ThresholdDocumentContent): string {
  const content: ThresholdDocumentContent = {
    title: doc.title,
    levels: [...doc.levels]
      .sort((a, b) => a.level - b.level)
      .map(({ level, name, summary, response }) => ({ level, name, summary, response })),
    indicators: doc.indicators.map(({ code, domain, dimension, title, examples }) => ({
      code,
      domain,
      dimension,
      title,
      examples: { 1: examples[1], 2: examples[2], 3: examples[3], 4: examples[4] },
    })),
  }
  return JSON.stringify(content, null, 2)
}
