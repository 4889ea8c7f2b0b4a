import { isLocalDate, toLondonDate, type LocalDate } from '../calendar/index.js'
import type { ReferralChannel } from '../referral/referral-content.js'
import { addMonths } from '../referral/validation-support.js'
import { ageInMonths, describeAge } from '../screening/age.js'
import { SCREENING_STATE_TEXT, type ScreeningState } from '../screening/decision-lifecycle.js'
import { isDecisionOutcome, isNfaLike, outcomeLabel, type DecisionOutcome } from '../screening/outcomes.js'

// A person's or household's chronology: every contact about them, newest first, with who
// referred, how old each of them was at the time, what was decided and whether the referrer
// disagreed (issue 4 §2). Screeners asked for the child's age at each past referral and for
// the referring agency beside it (peer-systems.md §3 item 2); the summary is the pattern a
// serious case review looks for: the same family, many contacts, turned away each time.

/** One contact about one person, as the data layer reads it. */
export type ContactAboutPerson = Readonly<{
  contactId: string
  referralId: string
  reference: string
  receivedAt: Date
  agencyName: string
  agencyKind: string
  channel: ReferralChannel
  /** Phone referrals only: who rang and the agency they said they were from. */
  callerType: 'professional' | 'public' | null
  statedAgencyName: string | null
  status: ScreeningState
  finalOutcome: string | null
  finalLevel: number | null
  decidedAt: Date | null
  personId: string
  role: 'child' | 'adult'
  /** As the referral gave them. */
  dateOfBirth: string | null
  expectedDate: string | null
  /** The person record's date of birth, for when the referral did not know it. */
  recordDateOfBirth: string | null
  /** When the referrer recorded a disagreement with the decision, if they did. */
  disagreedAt: Date | null
  /** The latest professional disagreement about this contact's decision, if any. */
  disagreement: ContactDisagreement | null
  /** The contact was accepted as a statutory referral for this person. */
  statutoryReferral: boolean
}>

/** A professional disagreement about a contact's decision, as the chronology shows it. */
export type ContactDisagreement = Readonly<{
  reference: string
  stage: number
  /** Null while it is still open. */
  outcome: string | null
  closedAt: Date | null
}>

export type ChronologyPerson = Readonly<{ personId: string; role: 'child' | 'adult'; age: string }>

type SortablePerson = ChronologyPerson & { born: string }

export type ChronologyEntry = Readonly<{
  contactId: string
  referralId: string
  reference: string
  receivedAt: Date
  /** The London day the contact arrived: the day ages are worked out on. */
  date: LocalDate
  /** Who referred: the agency, or for a phone call the caller's agency or "Member of the public". */
  referredBy: string
  channel: ReferralChannel
  status: ScreeningState
  outcome: DecisionOutcome | null
  /** The decision's label, or where screening has got to while there is none. */
  decision: string
  level: number | null
  decidedAt: Date | null
  /** Everyone the chronology is about who was on this contact: children first, eldest first. */
  people: readonly ChronologyPerson[]
  disagreedAt: Date | null
  disagreement: ContactDisagreement | null
  /** The decision was changed through a professional disagreement: its reference. */
  changedThrough: string | null
  statutoryReferral: boolean
}>

export type AgencyCount = Readonly<{ name: string; count: number; label: string }>

export type ChronologySummary = Readonly<{
  totalContacts: number
  contactsInLast12Months: number
  /** Every agency that has referred, most contacts first: "Northbridge Health Visiting (3)". */
  agencies: readonly AgencyCount[]
  /** Decided no further action, with or without advice given. */
  noFurtherActionCount: number
  disagreementCount: number
}>

export type Chronology = Readonly<{ entries: readonly ChronologyEntry[]; summary: ChronologySummary }>

export const MEMBER_OF_THE_PUBLIC = 'Member of the public'

/** "6 years", "unborn", "age not known": how old someone was on a day, from what was known. */
export function ageAt(
  row: Pick<ContactAboutPerson, 'dateOfBirth' | 'expectedDate' | 'recordDateOfBirth'>,
  day: LocalDate,
): string {
  const dob = [row.dateOfBirth, row.recordDateOfBirth].find(
    (d): d is LocalDate => typeof d === 'string' && isLocalDate(d),
  )
  if (dob === undefined) return describeAge({ unborn: row.expectedDate !== null })
  const months = ageInMonths(dob, day)
  return describeAge(months < 0 ? { unborn: true } : { unborn: false, ageInMonths: months })
}

/** The front door records phone calls under its own agency; the caller is the referrer. */
export function referredBy(
  row: Pick<ContactAboutPerson, 'agencyName' | 'channel' | 'callerType' | 'statedAgencyName'>,
) {
  if (row.channel !== 'phone') return row.agencyName
  if (row.callerType === 'public') return MEMBER_OF_THE_PUBLIC
  return row.statedAgencyName?.trim() || row.agencyName
}

/** Builds the chronology from one row per (contact, person); rows may come in any order. */
export function buildChronology(rows: readonly ContactAboutPerson[], today: LocalDate): Chronology {
  const byContact = new Map<string, { entry: ChronologyEntry; people: SortablePerson[] }>()
  for (const row of rows) {
    let found = byContact.get(row.contactId)
    if (!found) {
      found = { entry: entryFor(row), people: [] }
      byContact.set(row.contactId, found)
    }
    if (row.statutoryReferral) found.entry = { ...found.entry, statutoryReferral: true }
    if (!found.people.some(p => p.personId === row.personId)) {
      // Unborn babies and people of unknown age sort after those with a date of birth.
      const born = row.dateOfBirth ?? row.recordDateOfBirth ?? row.expectedDate ?? '9999'
      found.people.push({ personId: row.personId, role: row.role, age: ageAt(row, found.entry.date), born })
    }
  }
  const entries = [...byContact.values()]
    .map(({ entry, people }) => ({ ...entry, people: people.sort(byRoleThenAge).map(({ born: _, ...p }) => p) }))
    .sort(
      (a, b) =>
        b.receivedAt.getTime() - a.receivedAt.getTime() ||
        b.reference.localeCompare(a.reference) ||
        a.contactId.localeCompare(b.contactId),
    )
  return { entries, summary: summarise(entries, today) }
}

function entryFor(row: ContactAboutPerson): ChronologyEntry {
  const outcome = row.status === 'decided' && isDecisionOutcome(row.finalOutcome) ? row.finalOutcome : null
  return {
    contactId: row.contactId,
    referralId: row.referralId,
    reference: row.reference,
    receivedAt: row.receivedAt,
    date: toLondonDate(row.receivedAt),
    referredBy: referredBy(row),
    channel: row.channel,
    status: row.status,
    outcome,
    decision: outcome ? outcomeLabel(outcome) : SCREENING_STATE_TEXT[row.status],
    level: outcome ? row.finalLevel : null,
    decidedAt: outcome ? row.decidedAt : null,
    people: [],
    disagreedAt: row.disagreedAt,
    disagreement: row.disagreement,
    changedThrough: row.disagreement?.outcome === 'decision-changed' ? row.disagreement.reference : null,
    statutoryReferral: false,
  }
}

function byRoleThenAge(a: SortablePerson, b: SortablePerson): number {
  if (a.role !== b.role) return a.role === 'child' ? -1 : 1
  return a.born.localeCompare(b.born) || a.personId.localeCompare(b.personId)
}

function summarise(entries: readonly ChronologyEntry[], today: LocalDate): ChronologySummary {
  const yearAgo = addMonths(today, -12)
  const counts = new Map<string, number>()
  for (const e of entries) counts.set(e.referredBy, (counts.get(e.referredBy) ?? 0) + 1)
  const agencies = [...counts]
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([name, count]) => ({ name, count, label: `${name} (${count})` }))
  return {
    totalContacts: entries.length,
    contactsInLast12Months: entries.filter(e => e.date >= yearAgo && e.date <= today).length,
    agencies,
    noFurtherActionCount: entries.filter(e => e.outcome !== null && isNfaLike(e.outcome)).length,
    disagreementCount: entries.filter(e => e.disagreedAt !== null || e.disagreement !== null).length,
  }
}
