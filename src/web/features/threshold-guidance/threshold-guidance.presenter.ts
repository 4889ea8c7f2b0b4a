import { THRESHOLD_LEVELS, type ThresholdLevel } from '../../../domain/referral/referral-content.js'
import type { ThresholdDocument, ThresholdIndicator } from '../../../domain/threshold/threshold-document.js'
import { indicatorsByDomain, levelDescription, levelName } from '../../../domain/threshold/threshold-document-rules.js'
import type { ThresholdDocumentVersionSummary } from '../../../services/threshold-document-service.js'
import { formatDate } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure view models for the threshold guidance pages. Old versions keep their version number
// in every link, so someone reading the version a decision used stays in that version.

export type VersionContext = Readonly<{ currentVersion: number }>

type Link = { href: string; text: string }

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')

/** The version part of a link: nothing for the current version, `?version=N` for an old one. */
function versionParam(doc: ThresholdDocument, ctx: VersionContext): number | undefined {
  return doc.version === ctx.currentVersion ? undefined : doc.version
}

function versionNotice(doc: ThresholdDocument, ctx: VersionContext) {
  return {
    version: doc.version,
    caption: `Version ${doc.version}, published ${formatDate(doc.publishedAt)}`,
    isCurrent: doc.version === ctx.currentVersion,
    currentVersion: ctx.currentVersion,
    currentHref: paths.thresholdGuidance,
  }
}

export function levelHeading(doc: ThresholdDocument, level: ThresholdLevel): string {
  return `Level ${level}: ${levelName(doc, level)}`
}

function levelSummaries(doc: ThresholdDocument, ctx: VersionContext) {
  return THRESHOLD_LEVELS.map(level => {
    const description = levelDescription(doc, level)
    return {
      level,
      id: `level-${level}`,
      heading: levelHeading(doc, level),
      summary: description?.summary ?? '',
      response: description?.response ?? '',
      href: paths.thresholdLevel(level, versionParam(doc, ctx)),
    }
  })
}

function domainsWith<T>(doc: ThresholdDocument, present: (indicator: ThresholdIndicator) => T) {
  return indicatorsByDomain(doc)
    .filter(d => d.dimensions.length > 0)
    .map(d => ({
      id: d.domain,
      label: d.label,
      dimensions: d.dimensions.map(dim => ({
        id: `${d.domain}-${slug(dim.dimension)}`,
        label: dim.dimension,
        indicators: dim.indicators.map(present),
      })),
    }))
}

export function guidancePage(
  doc: ThresholdDocument,
  ctx: VersionContext & { canPublish: boolean; publishedVersion?: number },
) {
  const domains = domainsWith(doc, indicator => ({
    id: indicator.code,
    code: indicator.code,
    title: indicator.title,
    rows: THRESHOLD_LEVELS.map(level => ({
      level,
      name: levelName(doc, level),
      examples: indicator.examples[level],
    })),
  }))
  const contents: Link[] = [
    { href: '#levels', text: 'Levels of need' },
    ...domains.map(d => ({ href: `#${d.id}`, text: d.label })),
    { href: paths.thresholdVersions, text: 'Version history' },
  ]
  const old = versionParam(doc, ctx) !== undefined
  return {
    pageTitle: old ? `${doc.title}, version ${doc.version}` : doc.title,
    title: doc.title,
    notice: versionNotice(doc, ctx),
    levels: levelSummaries(doc, ctx),
    contents,
    domains,
    canPublish: ctx.canPublish && !old,
    publishHref: paths.thresholdPublish,
    versionsHref: paths.thresholdVersions,
    publishedVersion: ctx.publishedVersion,
  }
}

export function levelPage(doc: ThresholdDocument, level: ThresholdLevel, ctx: VersionContext) {
  const description = levelDescription(doc, level)
  const version = versionParam(doc, ctx)
  const guidanceHref = version === undefined ? paths.thresholdGuidance : paths.thresholdGuidanceVersion(version)
  const domains = domainsWith(doc, indicator => ({
    code: indicator.code,
    title: indicator.title,
    examples: indicator.examples[level],
    // All four levels of this indicator, on the full guidance page.
    href: `${guidanceHref}#${indicator.code}`,
  }))
  const neighbour = (l: number) =>
    THRESHOLD_LEVELS.includes(l as ThresholdLevel)
      ? { href: paths.thresholdLevel(l, version), labelText: levelHeading(doc, l as ThresholdLevel) }
      : undefined
  return {
    pageTitle: `${levelHeading(doc, level)} – ${doc.title}`,
    heading: levelHeading(doc, level),
    title: doc.title,
    notice: { ...versionNotice(doc, ctx), currentHref: paths.thresholdLevel(level) },
    summary: description?.summary ?? '',
    response: description?.response ?? '',
    domains,
    guidanceHref,
    previous: neighbour(level - 1),
    next: neighbour(level + 1),
  }
}

export function versionsPage(versions: readonly ThresholdDocumentVersionSummary[], ctx: VersionContext) {
  return {
    pageTitle: 'Threshold guidance versions',
    guidanceHref: paths.thresholdGuidance,
    rows: versions.map(v => [
      {
        html: `<a class="govuk-link" href="${v.version === ctx.currentVersion ? paths.thresholdGuidance : paths.thresholdGuidanceVersion(v.version)}">Version ${v.version}</a>${v.version === ctx.currentVersion ? ' <strong class="govuk-tag govuk-tag--green">Current</strong>' : ''}`,
      },
      { text: formatDate(v.publishedAt) },
      { text: v.publishedByName ?? 'Threshold set-up' },
      { text: String(v.indicatorCount), format: 'numeric' },
    ]),
  }
}
