import { parseLocalDate, type LocalDate } from '../calendar/index.js'
import type { ContactHistoryItem } from './contact-history.js'
import { DEFAULT_REPEAT_CONTACT_RULES } from './default-repeat-contact-rules.js'
import type { RepeatContactRule, RepeatContactRuleKind } from './repeat-contact-rules.js'

// Contacts for the repeat-contact tests. The Hughes family is fictional: a health visitor,
// Hannah Ward, contacts the front door about baby Hughes three times in four months, and the
// first two contacts are closed with no further action.

export const today = parseLocalDate('2026-11-26')
export const d = parseLocalDate

export const HV = {
  agencyId: 'agency-hv',
  agencyName: 'Northbridge Community Health Visiting',
  agencyKind: 'health_visiting',
}
export const SCHOOL = { agencyId: 'agency-school', agencyName: 'Northbridge Primary School', agencyKind: 'school' }
export const POLICE = {
  agencyId: 'agency-police',
  agencyName: 'Northbridge Police Public Protection Unit',
  agencyKind: 'police',
}

/** A contact from the health visitor about baby Hughes and her mother, received today. */
export function contact(contactId: string, changes: Partial<ContactHistoryItem> = {}): ContactHistoryItem {
  return {
    contactId,
    receivedOn: today,
    referrerUserId: 'user-hannah',
    ...HV,
    personIds: ['person-baby-hughes', 'person-mum-hughes'],
    householdIds: ['household-hughes'],
    acceptedAsReferral: false,
    ...changes,
  }
}

/** An earlier contact closed with no further action the day after it arrived. */
export function closedNfa(contactId: string, receivedOn: LocalDate, decidedOn: LocalDate): ContactHistoryItem {
  return contact(contactId, { receivedOn, outcome: 'no-further-action', decidedOn })
}

export const hughes = {
  current: contact('contact-hughes-3'),
  history: [
    closedNfa('contact-hughes-1', d('2026-08-03'), d('2026-08-04')),
    closedNfa('contact-hughes-2', d('2026-10-29'), d('2026-10-30')),
  ],
}

/** The default rule of one kind, alone. */
export function onlyRule(kind: RepeatContactRuleKind, enabled = true): RepeatContactRule[] {
  return DEFAULT_REPEAT_CONTACT_RULES.filter(rule => rule.condition.kind === kind).map(rule => ({ ...rule, enabled }))
}
