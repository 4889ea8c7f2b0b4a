import type { LocalDate } from '../calendar/index.js'
import { childName } from './people-validation.js'
import type { ChildDetails, ReferralContent } from './referral-content.js'
import { possessive } from './referral-messages.js'
import type { ReferralSection } from './referral-validation.js'
import { ageInYears, characterCount, dateValue, isBlank, joinNames, text } from './validation-support.js'

// The referral quality assistant: advice, never a gate. It looks for what serious case reviews
// and front door managers most often find missing (the child's voice, the impact on the child,
// dates, what has already been tried) and asks for it specifically. The score is the share of
// that advice the referral already follows, weighted by how much each item helps a decision.

export type QualityPrompt = { code: string; section: ReferralSection; text: string }
export type QualityAssessment = { score: number; prompts: QualityPrompt[] }

/** Points for each piece of advice, summing to 100; a referral that follows all of it scores 100. */
export const QUALITY_WEIGHTS = {
  'impact-on-child': 18,
  'description-detail': 16,
  'childs-voice': 14,
  'incident-dates': 10,
  'actions-taken': 10,
  adults: 8,
  'adult-details': 4,
  'level-reason': 6,
  school: 5,
  address: 5,
  'nhs-number': 4,
} as const
export type QualityPromptCode = keyof typeof QUALITY_WEIGHTS

/** Below this a description is a headline, not an account of what happened. */
export const DETAILED_DESCRIPTION_LENGTH = 150
/** Below this the impact is a phrase ("not sure", "affected") rather than a description. */
export const DESCRIBED_IMPACT_LENGTH = 60

const CHILD_WORDS =
  /\b(child|children|child's|baby|babies|kids?|son|daughter|boy|girl|toddler|infant|pupil|siblings?|brother|sister|he|she|him|her|his|they|them|their|young person)\b/i

const DATE_LIKE = [
  /\b\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b(?:january|february|march|april|june|july|august|september|october|november|december)\b/i,
  // "May" and short month names are everyday words or names ("Jan") unless a number is beside them.
  /\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\b/i,
  /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)\s+\d{1,4}\b/i,
  /\b(?:mondays?|tuesdays?|wednesdays?|thursdays?|fridays?|saturdays?|sundays?|weekends?|yesterday|today|tonight)\b/i,
  /\b(?:last|this|every) (?:night|morning|afternoon|evening|week|month|term|year)\b/i,
  /\b(?:\d+|a|one|two|three|four|five|six|several|few) (?:days?|weeks?|months?) ago\b/i,
]

type Gap = { code: QualityPromptCode; section: ReferralSection; text: string; weight: number }

const gap = (code: QualityPromptCode, section: ReferralSection, text: string): Gap => ({
  code,
  section,
  text,
  weight: QUALITY_WEIGHTS[code],
})

function mentionsChild(impact: string, children: ChildDetails[]): boolean {
  if (CHILD_WORDS.test(impact)) return true
  const lower = impact.toLowerCase()
  return children.some(child => {
    const given = text(child.givenName).toLowerCase()
    return given.length >= 2 && lower.includes(given)
  })
}

/** "Ava and Leo"; "the children" when some are not named, as "the child and the child" would read badly. */
function names(children: ChildDetails[]): string {
  const [only] = children
  if (children.length === 1 && only !== undefined) return childName(only)
  return children.every(child => !isBlank(child.givenName)) ? joinNames(children.map(childName)) : 'the children'
}

function isSchoolAge(child: ChildDetails, today: LocalDate): boolean {
  if (child.unborn === true) return false
  const dateOfBirth = dateValue(child.dateOfBirth)
  if (dateOfBirth === undefined || dateOfBirth === 'invalid' || dateOfBirth > today) return false
  const age = ageInYears(dateOfBirth, today)
  return age >= 4 && age <= 17
}

function concernGaps(content: ReferralContent): Gap[] {
  const { concerns } = content
  const description = text(concerns.description)
  const impact = text(concerns.impactOnChild)
  const gaps: Gap[] = []
  if (characterCount(impact) < DESCRIBED_IMPACT_LENGTH || !mentionsChild(impact, content.children)) {
    gaps.push(gap('impact-on-child', 'concerns', "Describe the impact on the child, not only the adult's behaviour"))
  }
  if (characterCount(description) < DETAILED_DESCRIPTION_LENGTH) {
    gaps.push(
      gap(
        'description-detail',
        'concerns',
        'Describe what happened: what you saw or were told, where, who was there, and whether you saw it yourself',
      ),
    )
  }
  if (isBlank(concerns.childsVoice)) {
    gaps.push(gap('childs-voice', 'concerns', 'Say what the child has said or how they presented'))
  }
  if (isBlank(concerns.incidentDates) && !DATE_LIKE.some(pattern => pattern.test(description))) {
    gaps.push(gap('incident-dates', 'concerns', 'Give dates: when did this happen, and how often?'))
  }
  if (isBlank(concerns.actionsTaken)) {
    gaps.push(gap('actions-taken', 'concerns', 'Say what support your agency has already offered'))
  }
  return gaps
}

function householdGaps(content: ReferralContent): Gap[] {
  if (content.adults.length === 0) {
    // Details of adults cannot be given before there are adults, so both points go with this one prompt.
    const adults = gap('adults', 'adults', 'Add the parents or carers and how they are related to each child')
    return [{ ...adults, weight: adults.weight + QUALITY_WEIGHTS['adult-details'] }]
  }
  const incomplete = content.adults.some(
    adult => isBlank(adult.dateOfBirth) || adult.parentalResponsibility === undefined,
  )
  return incomplete
    ? [
        gap(
          'adult-details',
          'adults',
          "Give each adult's date of birth and say whether they have parental responsibility, if you know",
        ),
      ]
    : []
}

function levelGaps(content: ReferralContent): Gap[] {
  const { level, reason } = content.referrerView
  return (level === 3 || level === 4) && isBlank(reason)
    ? [gap('level-reason', 'level', `Explain why you think this is level ${level}`)]
    : []
}

function childGaps(content: ReferralContent, today: LocalDate): Gap[] {
  const gaps: Gap[] = []
  const noSchool = content.children.filter(child => isSchoolAge(child, today) && isBlank(child.schoolOrSetting))
  if (noSchool.length > 0) gaps.push(gap('school', 'children', `Name the school or setting for ${names(noSchool)}`))
  const noAddress = content.children.filter(child => isBlank(child.address?.postcode) && isBlank(child.address?.line1))
  if (noAddress.length > 0) gaps.push(gap('address', 'children', `Add the address or postcode for ${names(noAddress)}`))
  // Unborn babies have no NHS number yet.
  const noNhsNumber = content.children.filter(child => child.unborn !== true && isBlank(child.nhsNumber))
  if (noNhsNumber.length === 1) {
    gaps.push(gap('nhs-number', 'children', `Give ${possessive(names(noNhsNumber))} NHS number if you know it`))
  } else if (noNhsNumber.length > 1) {
    gaps.push(gap('nhs-number', 'children', `Give the NHS numbers for ${names(noNhsNumber)} if you know them`))
  }
  return gaps
}

/**
 * How complete and specific a referral is, with the advice that would improve it, most valuable
 * first. It never blocks submission: a referrer who does not know something should still refer.
 */
export function assessReferralQuality(content: ReferralContent, today: LocalDate): QualityAssessment {
  const gaps = [...concernGaps(content), ...householdGaps(content), ...levelGaps(content), ...childGaps(content, today)]
  const lost = gaps.reduce((sum, { weight }) => sum + weight, 0)
  // Array#sort is stable, so prompts of equal weight keep the order of the page.
  const prompts = [...gaps]
    .sort((a, b) => b.weight - a.weight)
    .map(({ code, section, text: promptText }) => ({ code, section, text: promptText }))
  return { score: Math.max(0, Math.min(100, 100 - lost)), prompts }
}
