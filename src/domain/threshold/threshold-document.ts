import type { ThresholdLevel } from '../referral/referral-content.js'

// A partnership's threshold document ("local criteria for action") as data. Indicators are
// grouped by the Assessment Framework's three domains and their dimensions, and each has
// examples at each level. Versions are immutable once published: a decision records the
// version it used.

export const ASSESSMENT_DOMAINS = ['child-development', 'parenting-capacity', 'family-environment'] as const
export type AssessmentDomain = (typeof ASSESSMENT_DOMAINS)[number]

export type ThresholdLevelDescription = {
  level: ThresholdLevel
  /** e.g. "Universal", "Additional needs / early help". */
  name: string
  summary: string
  /** What response the level leads to, in plain words. */
  response: string
}

export type ThresholdIndicator = {
  /** Stable across versions, e.g. "PC-SAFETY-01"; referrals and decisions cite indicators by code. */
  code: string
  domain: AssessmentDomain
  /** The Assessment Framework dimension, e.g. "Ensuring safety". */
  dimension: string
  title: string
  /** One or two examples of what this looks like at each level. */
  examples: Record<ThresholdLevel, string[]>
}

export type ThresholdDocument = {
  version: number
  title: string
  publishedAt: Date
  levels: ThresholdLevelDescription[]
  indicators: ThresholdIndicator[]
}
