import { addCalendarDays, endOfLondonDay, toLondonDate, type LocalDate } from '../../domain/calendar/index.js'
import { scoreMatch, type PersonDetails, type RankedCandidate } from '../../domain/matching/index.js'
import { addMonths } from '../../domain/referral/validation-support.js'
import type { ContactHistoryItem } from '../../domain/repeat-contact/index.js'
import { callerAgency } from '../../domain/repeat-contact/history-window.js'
import { isDecisionOutcome } from '../../domain/screening/outcomes.js'
import { listContactPeople, type ContactPersonRecord } from '../../data/repositories/front-door-repository.js'
import { findPersonMatches, getPeople } from '../../data/repositories/person-repository.js'
import {
  findHistoryContact,
  listContactsAboutPeople,
  listContactsFromSameSource,
  type HistoryContactRecord,
} from '../../data/repositories/repeat-contact-history-repository.js'
import type { Db } from '../../data/database.js'
import { detailsOf } from './person-details.js'

// Who else has contacted us about the people on a contact, gathered for the repeat-contact rules
// (issue 5 §4) in a way that does not wait for the practitioner's checks: a person already
// checked counts as themselves; one not yet checked counts as anyone on record the matcher is
// sure about (a strong match); and contacts from the same referrer or agency are compared
// person by person, so a referrer's earlier contacts count even before anyone checked them.

/** Contacts from the same referrer or agency compared person by person, at the most. */
export const SAME_SOURCE_LIMIT = 200

/** A match the rules act on without a practitioner confirming it. */
export function isSureMatch(match: Pick<RankedCandidate, 'band'>): boolean {
  return match.band === 'strong'
}

const sureMatch = (a: PersonDetails, b: PersonDetails) => isSureMatch(scoreMatch(a, b))

/** Who someone on the current contact is for the rules: their person on record, or their own row until checked. */
const identity = (p: ContactPersonRecord) => p.personId ?? `unchecked:${p.id}`

export type GatheredHistory = { current: ContactHistoryItem; history: ContactHistoryItem[]; today: LocalDate }

function toItem(c: HistoryContactRecord, people: { personIds: string[]; householdIds: string[] }): ContactHistoryItem {
  const agency =
    c.channel === 'phone'
      ? callerAgency(c.statedAgencyName, c.callerType)
      : { agencyId: c.agencyId, agencyName: c.agencyName, agencyKind: c.agencyKind }
  const decided = c.status === 'decided' && isDecisionOutcome(c.finalOutcome) && c.decidedAt !== null
  return {
    contactId: c.contactId,
    receivedOn: toLondonDate(c.receivedAt),
    referrerUserId: c.referredByUserId,
    ...agency,
    personIds: people.personIds,
    householdIds: people.householdIds,
    ...(decided ? { outcome: c.finalOutcome as never, decidedOn: toLondonDate(c.decidedAt!) } : {}),
    acceptedAsReferral: c.acceptedAsReferral,
  }
}

const unique = (values: Iterable<string | null | undefined>) => [
  ...new Set([...values].filter((v): v is string => typeof v === 'string')),
]

/**
 * The contact as the rules see it, and every other contact in the `months` to `today` that may
 * concern the same children, adults or households. The engine decides which of them count.
 * `today` is the day of `now`, or the day the contact arrived if that is later (only when a
 * demo replays the past out of order).
 */
export async function gatherHistory(
  db: Db,
  contactId: string,
  options: { now: Date; months: number },
): Promise<GatheredHistory> {
  const contact = await findHistoryContact(db, contactId)
  if (!contact) throw new Error(`No contact ${contactId} to evaluate for repeat contacts`)
  const received = toLondonDate(contact.receivedAt)
  const now = toLondonDate(options.now)
  const today = received > now ? received : now
  const people = await listContactPeople(db, [contact.referralId])

  const sure = new Set<string>(people.flatMap(p => (p.personId ? [p.personId] : [])))
  for (const p of people.filter(x => !x.personId)) {
    for (const match of await findPersonMatches(db, detailsOf(p), 5)) {
      if (isSureMatch(match)) sure.add(match.candidate.id)
    }
  }
  const households = unique((await getPeople(db, [...sure])).map(p => p.householdId))

  const window = {
    excludeContactId: contact.contactId,
    from: endOfLondonDay(addCalendarDays(addMonths(today, -options.months), -1)),
    to: endOfLondonDay(today),
  }
  const about = await listContactsAboutPeople(db, { personIds: [...sure], householdIds: households }, window)
  const sameSource = await listContactsFromSameSource(
    db,
    {
      referrerUserId: contact.referredByUserId,
      agencyId: contact.channel === 'phone' ? null : contact.agencyId,
    },
    { ...window, limit: SAME_SOURCE_LIMIT },
  )
  const others = [...new Map([...about, ...sameSource].map(c => [c.contactId, c])).values()]
  const theirPeople = await listContactPeople(
    db,
    others.map(c => c.referralId),
  )
  const theirHouseholds = new Map(
    (await getPeople(db, unique(theirPeople.map(p => p.personId)))).map(p => [p.id, p.householdId ?? null]),
  )
  const fromSameSource = new Set(sameSource.map(c => c.contactId))

  const history = others.map(c => {
    const rows = theirPeople.filter(p => p.referralId === c.referralId)
    const personIds = unique(rows.map(p => p.personId))
    // Compared person by person: someone on an earlier contact from this referrer or agency who
    // is surely someone on this one counts as them, checked or not.
    if (fromSameSource.has(c.contactId)) {
      for (const mine of people) {
        if (rows.some(theirs => sureMatch(detailsOf(theirs), detailsOf(mine)))) personIds.push(identity(mine))
      }
    }
    return toItem(c, {
      personIds: unique(personIds),
      householdIds: unique(rows.map(p => (p.personId ? theirHouseholds.get(p.personId) : null))),
    })
  })
  const current = toItem(contact, {
    personIds: unique([...sure, ...people.map(identity)]),
    householdIds: households,
  })
  return { current, history, today }
}
