import type { AssessmentDomain } from './threshold-document.js'

// The Assessment Framework triangle (Framework for the Assessment of Children in Need and their
// Families, DH 2000): three domains, each with its dimensions, in the Framework's order. Threshold
// documents organise their indicators this way, so guidance pages follow the same order.

export const DOMAIN_LABELS: Readonly<Record<AssessmentDomain, string>> = {
  'child-development': "Child's developmental needs",
  'parenting-capacity': 'Parenting capacity',
  'family-environment': 'Family and environmental factors',
}

export const FRAMEWORK_DIMENSIONS: Readonly<Record<AssessmentDomain, readonly string[]>> = {
  'child-development': [
    'Health',
    'Education',
    'Emotional and behavioural development',
    'Identity',
    'Family and social relationships',
    'Social presentation',
    'Self-care skills',
  ],
  'parenting-capacity': [
    'Basic care',
    'Ensuring safety',
    'Emotional warmth',
    'Stimulation',
    'Guidance and boundaries',
    'Stability',
  ],
  'family-environment': [
    'Family history and functioning',
    'Wider family',
    'Housing',
    'Employment',
    'Income',
    "Family's social integration",
    'Community resources',
  ],
}

/** Dimension names compared as people type them: case, spacing and curly apostrophes ignored. */
export function dimensionKey(dimension: string): string {
  return dimension.trim().replace(/\s+/g, ' ').replace(/[‘’]/g, "'").toLowerCase()
}

/** Where a dimension sits in the Framework's order for its domain, or undefined for a local one. */
export function frameworkDimensionIndex(domain: AssessmentDomain, dimension: string): number | undefined {
  const index = FRAMEWORK_DIMENSIONS[domain].findIndex(d => dimensionKey(d) === dimensionKey(dimension))
  return index === -1 ? undefined : index
}

/** The domain a Framework dimension belongs to; undefined for a partnership's own dimension. */
export function frameworkDomainOf(dimension: string): AssessmentDomain | undefined {
  const domains = Object.keys(FRAMEWORK_DIMENSIONS) as AssessmentDomain[]
  return domains.find(domain => frameworkDimensionIndex(domain, dimension) !== undefined)
}
