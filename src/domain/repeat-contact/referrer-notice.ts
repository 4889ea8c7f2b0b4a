import type { RightsContacts } from '../screening/feedback-message.js'
import type { EarlierContacts, RepeatContactPattern } from './pattern.js'
import { times, within } from './wording.js'

// What a professional referrer is told, in the acknowledgement and again in the feedback, when
// they (or their agency) have raised this child or family before: that we have noticed, and
// how to escalate if they remain worried. It never names the child, so it is safe in an email.

function raisedBefore(pattern: RepeatContactPattern): string | undefined {
  const line = (who: string, has: string, earlier: EarlierContacts) =>
    `${who} ${has} contacted us about this child or family before. Including this contact, that is ${times(earlier.count + 1)} ${within(earlier.firstOn ?? pattern.today, pattern.today)}.`
  if (pattern.sameReferrer.count > 0) return line('You', 'have', pattern.sameReferrer)
  if (pattern.sameAgency.count > 0) {
    const agency = pattern.sameAgency.agencyName
    return line(agency === '' ? 'Your agency' : `Your agency, ${agency},`, 'has', pattern.sameAgency)
  }
  return undefined
}

/**
 * The paragraphs to add, or undefined when neither this referrer nor their agency has contacted
 * us about this child or family in the pattern's lookback: then there is nothing to say.
 */
export function referrerRepeatNotice(pattern: RepeatContactPattern, contacts: RightsContacts): string | undefined {
  const before = raisedBefore(pattern)
  if (before === undefined) return undefined
  return [
    `${before} We have noticed this, and the people deciding what happens next can see your earlier contacts.`,
    `If you remain worried about this child or family, please do not wait for things to get worse. You can speak to a social worker or manager at the front door on ${contacts.frontDoorPhone}, and you can challenge our decision through the safeguarding partnership's escalation policy: ${contacts.escalationPolicyUrl}`,
    'Escalating a concern is a normal part of working together to keep children safe. It is not a complaint.',
    'If you think a child is at immediate risk of harm, call us straight away, or 999 in an emergency.',
  ].join('\n\n')
}
