import type { ThresholdLevel } from '../referral/referral-content.js'
import { possessive } from '../referral/referral-messages.js'
import { joinNames } from '../referral/validation-support.js'
import { mayCiteService, outcomeLabel, whatHappensNext, type DecisionOutcome } from './outcomes.js'

// The message a practitioner starts from when telling the referrer the decision (domain.md
// §1.6). Professionals are told the outcome, the level and the indicators it rests on, and why
// the level differs from theirs. Members of the public are told something general and
// reassuring: never a level or an indicator, which could disclose what is happening in a family.

export type FeedbackAudience = 'professional' | 'public'

/**
 * Put where the practitioner must explain why the decided level is lower than the referrer's.
 * The service should refuse to send a message that still contains it.
 */
export const EXPLAIN_LEVEL_PLACEHOLDER = '[Explain why we decided a lower level than you gave]'

export function hasUnfilledPlaceholder(message: string): boolean {
  return message.includes(EXPLAIN_LEVEL_PLACEHOLDER)
}

export type LevelGap = { gap: number; lower: boolean; prompt?: string }

/** How far below the referrer's level the decision is; gap is 0 when the referrer gave no level. */
export function levelGap(referrerLevel: ThresholdLevel | undefined, decidedLevel: ThresholdLevel): LevelGap {
  if (referrerLevel === undefined) return { gap: 0, lower: false }
  const gap = referrerLevel - decidedLevel
  if (gap <= 0) return { gap, lower: false }
  return {
    gap,
    lower: true,
    prompt: `The referrer said level ${referrerLevel} and you decided level ${decidedLevel}. Explain in the feedback why the level is lower, using the threshold document's words, so the referrer can understand the decision or challenge it.`,
  }
}

export type RightsContacts = { escalationPolicyUrl: string; frontDoorPhone: string }

/** The referrer's right to talk to a social worker or manager and to challenge the decision. */
export function rightsStatement(audience: FeedbackAudience, contacts: RightsContacts): string {
  const { escalationPolicyUrl: url, frontDoorPhone: phone } = contacts
  if (audience === 'public') {
    return [
      `You can ask to speak to a social worker or a manager about this decision. Call us on ${phone}.`,
      `If you disagree with the decision, you can ask us to look at it again. Find out how at ${url}`,
    ].join('\n\n')
  }
  return [
    `You can ask to speak to a social worker or a manager about this decision. Call the front door on ${phone}.`,
    `If you disagree with the decision, you can challenge it through the safeguarding partnership's escalation policy: ${url}`,
    'If you think a child is at immediate risk of harm, do not wait: call us straight away, or 999 in an emergency.',
  ].join('\n\n')
}

export type FeedbackInput = {
  audience: FeedbackAudience
  outcome: DecisionOutcome
  decidedLevel: ThresholdLevel
  /** The threshold document's name for the level, e.g. "Additional needs – early help". */
  levelLabel?: string | undefined
  citedIndicators: { label: string }[]
  /** Given names only. */
  childNames: string[]
  referrerLevel?: ThresholdLevel | undefined
  earlyHelpService?: { name: string; contact: string } | undefined
  /** When given, the rights statement ends the message. */
  rights?: RightsContacts | undefined
}

function children(names: string[]): { about: string; whose: string } {
  const clean = names.map(n => n.trim()).filter(n => n !== '')
  if (clean.length === 0) return { about: 'the child', whose: "the child's" }
  return { about: joinNames(clean), whose: clean.length === 1 ? possessive(clean[0]!) : "the children's" }
}

function serviceParagraph(input: FeedbackInput): string[] {
  const service = input.earlyHelpService
  if (service === undefined || !mayCiteService(input.outcome)) return []
  return [`The service is ${service.name.trim()}. You can contact them on ${service.contact.trim()}.`]
}

function professionalMessage(input: FeedbackInput): string[] {
  const { about, whose } = children(input.childNames)
  const level = `level ${input.decidedLevel}${input.levelLabel ? ` (${input.levelLabel.trim()})` : ''}`
  const paragraphs = [
    `Thank you for your referral about ${about}.`,
    `Our decision: ${outcomeLabel(input.outcome, 'professional')}. We assessed ${whose} needs as ${level} in the partnership's threshold document.`,
  ]
  const gap = levelGap(input.referrerLevel, input.decidedLevel)
  if (gap.lower) {
    paragraphs.push(
      `You told us you thought the needs were at level ${input.referrerLevel}. We decided level ${input.decidedLevel}. ${EXPLAIN_LEVEL_PLACEHOLDER}`,
    )
  } else if (input.referrerLevel !== undefined && gap.gap < 0) {
    paragraphs.push(
      `You told us you thought the needs were at level ${input.referrerLevel}. We decided a higher level, ${input.decidedLevel}.`,
    )
  }
  const indicators = input.citedIndicators.map(i => i.label.trim()).filter(l => l !== '')
  if (indicators.length > 0) {
    paragraphs.push(`We based this on these parts of the threshold document: ${indicators.join('; ')}.`)
  }
  paragraphs.push(whatHappensNext(input.outcome, 'professional'), ...serviceParagraph(input))
  return paragraphs
}

const PRIVATE = 'We cannot tell you more, because we must keep information about children and families private.'
const CONTACT_AGAIN = 'If you are still worried, or something new happens, please contact us again.'
const DANGER = 'If a child is in immediate danger, call 999.'

function publicMessage(input: FeedbackInput): string[] {
  // Some outcomes' next steps already say these things; the message says each once.
  const next = whatHappensNext(input.outcome, 'public')
  const names = input.childNames.map(n => n.trim()).filter(n => n !== '')
  return [
    names.length > 0
      ? `Thank you for telling us about your worries for ${joinNames(names)}.`
      : 'Thank you for telling us about your worries.',
    `We have looked carefully at what you told us. ${next}`,
    ...serviceParagraph(input),
    ...(next.includes('private') ? [] : [PRIVATE]),
    next.includes('contact us again') ? DANGER : `${CONTACT_AGAIN} ${DANGER}`,
  ]
}

/** A pre-filled message in short paragraphs separated by blank lines, for the practitioner to edit. */
export function composeFeedbackMessage(input: FeedbackInput): string {
  const paragraphs = input.audience === 'public' ? publicMessage(input) : professionalMessage(input)
  if (input.rights) paragraphs.push(rightsStatement(input.audience, input.rights))
  return paragraphs.join('\n\n')
}
