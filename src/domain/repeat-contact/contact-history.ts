import type { LocalDate } from '../calendar/index.js'
import { toDayNumber } from '../calendar/local-date.js'
import type { DecisionOutcome } from '../screening/outcomes.js'

// What the repeat-contact rules look at: the contact being created or decided, and the other
// contacts about any of the same children, adults or households, which the service gathers.
// The engine is defensive about that history: it ignores the current contact, contacts about
// nobody in common, duplicates, and anything received after `today`, and it sorts what is left,
// so the result never depends on the order the service loaded the contacts in.

export type ContactHistoryItem = {
  contactId: string
  /** The day the front door received the contact (London date). */
  receivedOn: LocalDate
  /** The referrer's user account; null when the front door took the contact by phone. */
  referrerUserId: string | null
  /**
   * The referring agency. For a phone contact the service should pass the caller's stated agency
   * (or a key unique to the caller), not the front door's own agency, or every phone contact
   * would look like a contact "from the same agency".
   */
  agencyId: string
  agencyName: string
  agencyKind: string
  /** Everyone linked to the contact: children and adults. */
  personIds: string[]
  householdIds: string[]
  /** The decision, once there is one. */
  outcome?: DecisionOutcome | undefined
  /** The day of the decision; an outcome without it is not used by the after-NFA rule. */
  decidedOn?: LocalDate | undefined
  /** The contact became a referral (a request for a social work response). */
  acceptedAsReferral: boolean
}

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return toDayNumber(to) - toDayNumber(from)
}

const overlaps = (a: readonly string[], b: readonly string[]): boolean => a.some(id => b.includes(id))

/** The two contacts name at least one person in common. */
export function sharesPerson(a: ContactHistoryItem, b: ContactHistoryItem): boolean {
  return overlaps(a.personIds, b.personIds)
}

/** The two contacts name at least one person or household in common. */
export function sharesChildOrHousehold(a: ContactHistoryItem, b: ContactHistoryItem): boolean {
  return sharesPerson(a, b) || overlaps(a.householdIds, b.householdIds)
}

/** The same referrer's account made both contacts; phone contacts (no account) never match. */
export function sameReferrer(a: ContactHistoryItem, b: ContactHistoryItem): boolean {
  return a.referrerUserId !== null && a.referrerUserId === b.referrerUserId
}

export function sameAgency(a: ContactHistoryItem, b: ContactHistoryItem): boolean {
  return a.agencyId === b.agencyId
}

/** The decision as it was known on `today`: a decision dated later is not known yet. */
export function knownOutcome(item: ContactHistoryItem, today: LocalDate): DecisionOutcome | undefined {
  if (item.outcome === undefined) return undefined
  if (item.decidedOn !== undefined && item.decidedOn > today) return undefined
  return item.outcome
}

const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0)
const byDateThenId = (a: ContactHistoryItem, b: ContactHistoryItem): number =>
  compare(a.receivedOn, b.receivedOn) || compare(a.contactId, b.contactId)

/**
 * The other contacts that count, oldest first: about someone or some household on the current
 * contact, received on or before `today`, each once, and never the current contact itself.
 */
export function relevantHistory(
  current: ContactHistoryItem,
  history: readonly ContactHistoryItem[],
  today: LocalDate,
): ContactHistoryItem[] {
  const seen = new Set<string>([current.contactId])
  const kept: ContactHistoryItem[] = []
  for (const item of [...history].sort(byDateThenId)) {
    if (seen.has(item.contactId)) continue
    if (item.receivedOn > today || !sharesChildOrHousehold(current, item)) continue
    seen.add(item.contactId)
    kept.push(item)
  }
  return kept
}
