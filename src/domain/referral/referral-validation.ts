import type { LocalDate } from '../calendar/index.js'
import { validateCall, validateReferrer } from './contact-validation.js'
import { validateConcerns, validateConsent, validateReferrerView } from './concerns-validation.js'
import { validateAdult, validateChild } from './people-validation.js'
import type { ReferralChannel, ReferralContent } from './referral-content.js'
import { referralMessages } from './referral-messages.js'
import type { FieldProblem } from './validation-support.js'

// The whole referral, checked the same way whether it came from the web journey, a call
// handler or the JSON API. Problems come back in page order so that an error summary or an
// API response lists them as the referrer meets them.

export { validateAdult, validateChild } from './people-validation.js'
export { validateConcerns, validateConsent, validateReferrerView } from './concerns-validation.js'
export { validateCall, validateReferrer } from './contact-validation.js'
export type { FieldProblem } from './validation-support.js'

export const REFERRAL_SECTIONS = [
  'immediate-danger',
  'children',
  'adults',
  'concerns',
  'level',
  'consent',
  'referrer',
  'call',
] as const
export type ReferralSection = (typeof REFERRAL_SECTIONS)[number]

/** itemId names the child or adult a problem belongs to, so the page can link to the right one. */
export type ReferralProblem = { section: ReferralSection; itemId?: string; field: string; message: string }

export type ReferralValidationContext = {
  channel: ReferralChannel
  today: LocalDate
  /** Indicator codes of the partnership's current threshold document. */
  indicatorCodes: ReadonlySet<string>
}

/** The sections a referral made on this channel has: only a phone referral records the call. */
export function sectionsFor(channel: ReferralChannel): ReferralSection[] {
  return REFERRAL_SECTIONS.filter(section => section !== 'call' || channel === 'phone')
}

const inSection =
  (section: ReferralSection, itemId?: string) =>
  (problem: FieldProblem): ReferralProblem =>
    itemId === undefined ? { section, ...problem } : { section, itemId, ...problem }

function problemsIn(
  section: ReferralSection,
  content: ReferralContent,
  { channel, today, indicatorCodes }: ReferralValidationContext,
): ReferralProblem[] {
  switch (section) {
    case 'immediate-danger':
      return content.immediateDanger === 'yes' || content.immediateDanger === 'no'
        ? []
        : [inSection(section)({ field: 'immediateDanger', message: referralMessages.immediateDanger.missing })]
    case 'children':
      return childrenProblems(content, today)
    case 'adults':
      // Adults are optional (a referrer may know nothing of the household), but every adult
      // listed must be complete enough to match and to relate to each child.
      return content.adults.flatMap(adult =>
        validateAdult(adult, content.children, today).map(inSection(section, adult.id)),
      )
    case 'concerns':
      return validateConcerns(content.concerns, indicatorCodes).map(inSection(section))
    case 'level':
      return validateReferrerView(content.referrerView).map(inSection(section))
    case 'consent':
      return validateConsent(content.consent).map(inSection(section))
    case 'referrer':
      return validateReferrer(content.referrer, channel === 'phone' ? (content.call ?? {}) : undefined).map(
        inSection(section),
      )
    case 'call':
      return validateCall(content.call, channel).map(inSection(section))
  }
}

function childrenProblems(content: ReferralContent, today: LocalDate): ReferralProblem[] {
  if (content.children.length === 0) {
    return [{ section: 'children', field: 'children', message: referralMessages.children.none }]
  }
  const problems: ReferralProblem[] = []
  const seen = new Set<string>()
  for (const child of content.children) {
    // Relationships are keyed by child id, so two children sharing one would share a mother.
    if (seen.has(child.id)) {
      problems.push({
        section: 'children',
        itemId: child.id,
        field: 'id',
        message: referralMessages.children.duplicateId,
      })
    }
    seen.add(child.id)
    problems.push(...validateChild(child, today).map(inSection('children', child.id)))
  }
  return problems
}

/** Everything that stops this referral being submitted; empty when it can be. */
export function validateReferral(content: ReferralContent, context: ReferralValidationContext): ReferralProblem[] {
  return sectionsFor(context.channel).flatMap(section => problemsIn(section, content, context))
}

export type SectionStatus = 'not-started' | 'in-progress' | 'completed'

function hasAnswer(value: unknown): boolean {
  if (typeof value === 'string') return value.trim() !== ''
  if (typeof value === 'number' || typeof value === 'boolean') return true
  if (Array.isArray(value)) return value.some(hasAnswer)
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasAnswer)
  return false
}

function isStarted(section: ReferralSection, content: ReferralContent): boolean {
  switch (section) {
    case 'immediate-danger':
      return hasAnswer(content.immediateDanger)
    case 'children':
      return content.children.length > 0
    case 'adults':
      return content.adults.length > 0
    case 'concerns':
      return hasAnswer(content.concerns)
    case 'level':
      return hasAnswer(content.referrerView)
    case 'consent':
      return hasAnswer(content.consent)
    case 'referrer':
      return hasAnswer(content.referrer)
    case 'call':
      return hasAnswer(content.call)
  }
}

/**
 * The task list: each section of this channel in page order, with how far the referrer has got.
 * A section is not started while nothing in it has been answered, and completed when something
 * has and it has no problems. Adults are optional, so a referral with none can be submitted, but
 * the adults section still shows "not started": the task list should not say the household is
 * done when nobody has been added. A child or adult with no details typed yet still counts as
 * started, because adding them was a choice the referrer made.
 */
export function sectionStatuses(
  content: ReferralContent,
  context: ReferralValidationContext,
): { section: ReferralSection; status: SectionStatus }[] {
  return sectionsFor(context.channel).map(section => {
    if (!isStarted(section, content)) return { section, status: 'not-started' }
    const done = problemsIn(section, content, context).length === 0
    return { section, status: done ? 'completed' : 'in-progress' }
  })
}
