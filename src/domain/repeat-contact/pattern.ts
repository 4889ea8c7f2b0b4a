import type { LocalDate } from '../calendar/index.js'
import { addMonths, joinNames } from '../referral/validation-support.js'
import { isNfaLike } from '../screening/outcomes.js'
import { knownOutcome, relevantHistory, sameAgency, sameReferrer, type ContactHistoryItem } from './contact-history.js'
import { count, months, ordinal, times, within } from './wording.js'

// One line for the queue and the contact page that sums up the contact's history: "3rd contact
// in 4 months; 2 previous no-further-action decisions; referred by Northbridge Community Health
// Visiting 3 times". It looks back a fixed period (12 months unless told otherwise) whatever the
// rules say, so the same history always reads the same way. It never names a child.

export const PATTERN_LOOKBACK_MONTHS = 12

export type AgencyCount = { agencyId: string; agencyName: string; contacts: number }

/** Earlier contacts (in the lookback) made by the same referrer, or by anyone at the same agency. */
export type EarlierContacts = { count: number; firstOn?: LocalDate | undefined }

export type RepeatContactPattern = {
  today: LocalDate
  lookbackMonths: number
  /** Contacts about the same children or households in the lookback, this one included. */
  contacts: number
  /** The first of those contacts (this one's date when it is the only one). */
  firstOn: LocalDate
  /** Earlier contacts in the lookback closed with no further action or information and advice. */
  previousNfaDecisions: number
  /** Earlier contacts in the lookback accepted as a referral. */
  previousReferrals: number
  /** Who referred, this contact included: most contacts first, then by name. */
  agencies: AgencyCount[]
  /** This contact's referrer's own earlier contacts. */
  sameReferrer: EarlierContacts
  /** Earlier contacts from this contact's agency, whoever made them. */
  sameAgency: EarlierContacts & { agencyName: string }
  summary: string
}

function earlier(items: readonly ContactHistoryItem[]): EarlierContacts {
  return { count: items.length, firstOn: items[0]?.receivedOn }
}

function agencyCounts(contacts: readonly ContactHistoryItem[]): AgencyCount[] {
  const byId = new Map<string, AgencyCount>()
  for (const item of contacts) {
    const found = byId.get(item.agencyId)
    if (found) found.contacts += 1
    else byId.set(item.agencyId, { agencyId: item.agencyId, agencyName: item.agencyName.trim(), contacts: 1 })
  }
  return [...byId.values()].sort(
    (a, b) =>
      b.contacts - a.contacts ||
      a.agencyName.localeCompare(b.agencyName, 'en-GB') ||
      (a.agencyId < b.agencyId ? -1 : a.agencyId > b.agencyId ? 1 : 0),
  )
}

function summarise(p: Omit<RepeatContactPattern, 'summary'>): string {
  const parts =
    p.contacts === 1
      ? [`First contact about this child or household in ${months(p.lookbackMonths)}`]
      : [`${ordinal(p.contacts)} contact ${within(p.firstOn, p.today)}`]
  if (p.previousNfaDecisions > 0) {
    parts.push(`${count(p.previousNfaDecisions, 'previous no-further-action decision')}`)
  }
  if (p.previousReferrals > 0) parts.push(count(p.previousReferrals, 'previous referral'))
  const referredBy = p.agencies.map(a => `${a.agencyName || 'an unnamed agency'} ${times(a.contacts)}`)
  parts.push(`referred by ${joinNames(referredBy)}`)
  return parts.join('; ')
}

/**
 * The contact's history in numbers, with its one-line summary. Contacts received after `today`
 * are ignored, as are decisions dated after it.
 */
export function analysePattern(
  current: ContactHistoryItem,
  history: readonly ContactHistoryItem[],
  today: LocalDate,
  lookbackMonths: number = PATTERN_LOOKBACK_MONTHS,
): RepeatContactPattern {
  const from = addMonths(today, -lookbackMonths)
  const previous = relevantHistory(current, history, today).filter(item => item.receivedOn >= from)
  const nfa = previous.filter(item => {
    const outcome = knownOutcome(item, today)
    return outcome !== undefined && isNfaLike(outcome)
  })
  const byReferrer = previous.filter(item => sameReferrer(item, current))
  const byAgency = previous.filter(item => sameAgency(item, current))
  const pattern = {
    today,
    lookbackMonths,
    contacts: previous.length + 1,
    firstOn: previous[0]?.receivedOn ?? current.receivedOn,
    previousNfaDecisions: nfa.length,
    previousReferrals: previous.filter(item => item.acceptedAsReferral).length,
    agencies: agencyCounts([...previous, current]),
    sameReferrer: earlier(byReferrer),
    sameAgency: { ...earlier(byAgency), agencyName: current.agencyName.trim() },
  }
  return { ...pattern, summary: summarise(pattern) }
}

/** "3rd contact in 4 months; 2 previous no-further-action decisions; referred by … 3 times". */
export function describePattern(
  current: ContactHistoryItem,
  history: readonly ContactHistoryItem[],
  today: LocalDate,
  lookbackMonths: number = PATTERN_LOOKBACK_MONTHS,
): string {
  return analysePattern(current, history, today, lookbackMonths).summary
}
