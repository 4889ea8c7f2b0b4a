import { LAWFUL_BASES, THRESHOLD_LEVELS, type Concerns, type Consent, type ReferrerView } from './referral-content.js'
import { referralMessages } from './referral-messages.js'
import {
  characterCount,
  isBlank,
  isOneOf,
  MAX_FREE_TEXT,
  text,
  tooLong,
  type FieldProblem,
} from './validation-support.js'

/**
 * Shorter than this, a description cannot say what happened. The quality assistant asks for
 * much more; this only stops "see above" or "concerns" from being submitted.
 */
export const MIN_DESCRIPTION_LENGTH = 20

const concernMessages = referralMessages.concerns
const consentMessages = referralMessages.consent

function indicatorProblems(codes: unknown, known: ReadonlySet<string>): FieldProblem[] {
  const selected = Array.isArray(codes) ? codes.filter((code): code is string => typeof code === 'string') : []
  if (selected.length === 0) return [{ field: 'indicatorCodes', message: concernMessages.indicatorsMissing }]
  const unknown = selected.find(code => !known.has(code))
  return unknown === undefined ? [] : [{ field: 'indicatorCodes', message: concernMessages.indicatorUnknown(unknown) }]
}

/**
 * The concern itself. Only what the front door cannot decide without is required: which
 * indicators, what happened and its impact. Dates, the child's voice and what has already been
 * done are optional here and asked for by the quality assistant instead, so that a referrer
 * who does not know them is never stopped from referring.
 */
export function validateConcerns(concerns: Concerns, knownIndicatorCodes: ReadonlySet<string>): FieldProblem[] {
  const problems = indicatorProblems(concerns.indicatorCodes, knownIndicatorCodes)
  const description = text(concerns.description)
  if (description === '') {
    problems.push({ field: 'description', message: concernMessages.descriptionMissing })
  } else if (characterCount(description) < MIN_DESCRIPTION_LENGTH) {
    problems.push({ field: 'description', message: concernMessages.descriptionShort(MIN_DESCRIPTION_LENGTH) })
  }
  problems.push(...tooLong('description', 'description', description, MAX_FREE_TEXT))
  problems.push(...tooLong('incidentDates', 'when it happened', concerns.incidentDates, MAX_FREE_TEXT))
  if (isBlank(concerns.impactOnChild)) problems.push({ field: 'impactOnChild', message: concernMessages.impactMissing })
  problems.push(...tooLong('impactOnChild', 'impact on the child', concerns.impactOnChild, MAX_FREE_TEXT))
  problems.push(...tooLong('childsVoice', "the child's words", concerns.childsVoice, MAX_FREE_TEXT))
  problems.push(...tooLong('actionsTaken', 'what your agency has done', concerns.actionsTaken, MAX_FREE_TEXT))
  return problems
}

export function validateReferrerView(view: ReferrerView): FieldProblem[] {
  const problems: FieldProblem[] = []
  if (!(THRESHOLD_LEVELS as readonly unknown[]).includes(view.level)) {
    problems.push({ field: 'level', message: referralMessages.level.missing })
  }
  problems.push(...tooLong('reason', 'reason', view.reason, MAX_FREE_TEXT))
  return problems
}

/**
 * Parents are normally told about a referral and asked to agree, unless telling them would put
 * the child at risk. Whenever they were not told or did not agree, the referrer must say why:
 * that reason is what makes sharing without consent defensible (DPA 2018 Sch 1 para 18).
 */
export function validateConsent(consent: Consent): FieldProblem[] {
  const problems: FieldProblem[] = []
  const informed = isOneOf(['yes', 'no'] as const, consent.parentsInformed) ? consent.parentsInformed : undefined
  const given = isOneOf(['yes', 'no', 'not-sought'] as const, consent.consentGiven) ? consent.consentGiven : undefined
  if (informed === undefined)
    problems.push({ field: 'parentsInformed', message: consentMessages.parentsInformedMissing })
  if (given === undefined) problems.push({ field: 'consentGiven', message: consentMessages.consentGivenMissing })
  if (isBlank(consent.reason)) {
    if (informed === 'no' || given === 'not-sought') {
      problems.push({ field: 'reason', message: consentMessages.reasonNotTold })
    } else if (given === 'no') {
      problems.push({ field: 'reason', message: consentMessages.reasonNoConsent })
    }
  }
  problems.push(...tooLong('reason', 'reason', consent.reason, MAX_FREE_TEXT))
  if (!isOneOf(LAWFUL_BASES, consent.lawfulBasis)) {
    problems.push({ field: 'lawfulBasis', message: consentMessages.lawfulBasisMissing })
  } else if (consent.lawfulBasis === 'consent' && given !== undefined && given !== 'yes') {
    problems.push({ field: 'lawfulBasis', message: consentMessages.consentBasisWithoutConsent })
  }
  return problems
}
