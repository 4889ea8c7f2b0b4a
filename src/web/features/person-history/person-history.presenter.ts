import { DISAGREEMENT_OUTCOME_TEXT, isDisagreementOutcome } from '../../../domain/disagreement/index.js'
import type { LocalDate } from '../../../domain/calendar/index.js'
import {
  ageAt,
  type Chronology,
  type ChronologyEntry,
  type ChronologySummary,
} from '../../../domain/front-door/chronology.js'
import { REPEAT_CONTACT_THRESHOLD } from '../../../domain/front-door/queue.js'
import type { Person } from '../../../domain/matching/index.js'
import { formatNhsNumber } from '../../../domain/referral/nhs-number.js'
import type { HouseholdHistory, PersonHistory } from '../../../services/front-door/history-service.js'
import { formatDate } from '../../formatting.js'
import { paths } from '../../paths.js'

// Pure: a person's or household's history in, the values the pages show out. Names appear on
// the page only, never in the title or the URL, so browser history holds no child data.

const NOT_KNOWN = 'Not known'

export function personName(p: Person): string {
  const name = [p.givenName, p.familyName].filter(Boolean).join(' ')
  if (name) return name
  return p.expectedDate && !p.dateOfBirth ? 'Unborn baby' : 'Name not known'
}

/** A calendar day as GOV.UK writes it: 14 March 2024. */
export function displayDay(iso: string): string {
  return formatDate(new Date(`${iso}T12:00:00Z`))
}

type Row = { key: { text: string }; value: { text?: string; html?: string } }
type Link = { href: string; text: string }

function dateRows(p: Person, today: LocalDate): Row[] {
  const age = ageAt(
    { dateOfBirth: p.dateOfBirth ?? null, expectedDate: p.expectedDate ?? null, recordDateOfBirth: null },
    today,
  )
  if (p.dateOfBirth) {
    return [
      { key: { text: 'Date of birth' }, value: { text: displayDay(p.dateOfBirth) } },
      { key: { text: 'Age today' }, value: { text: age } },
    ]
  }
  if (p.expectedDate) return [{ key: { text: 'Expected date of birth' }, value: { text: displayDay(p.expectedDate) } }]
  return [{ key: { text: 'Date of birth' }, value: { text: NOT_KNOWN } }]
}

export type ChronologyRow = {
  date: string
  reference: string
  href: string
  referredBy: string
  /** "2 years", or for a household "Harper Quinn (2 years)" for each member on the contact. */
  who: string[]
  decision: string
  decisionDetail: string[]
  disagreement: string
}

export type SummaryView = {
  contactsInLast12Months: string
  /** "Northbridge Community Health Visiting (3)", most contacts first. */
  agencies: string[]
  noFurtherAction: string
  disagreements: string
  repeatWarning: string | null
}

function chronologyRow(e: ChronologyEntry, names: ReadonlyMap<string, string> | null): ChronologyRow {
  const detail: string[] = []
  if (e.level !== null) detail.push(`Level ${e.level}`)
  if (e.decidedAt) detail.push(`Decided ${formatDate(e.decidedAt)}`)
  if (e.statutoryReferral) detail.push('Recorded as a referral for a social work response')
  if (e.changedThrough) detail.push(`Changed after professional disagreement ${e.changedThrough}`)
  return {
    date: formatDate(e.receivedAt),
    reference: e.reference,
    href: paths.referral(e.referralId),
    referredBy: e.referredBy,
    who: e.people.map(p => (names ? `${names.get(p.personId) ?? 'Name not known'} (${p.age})` : p.age)),
    decision: e.decision,
    decisionDetail: detail,
    disagreement: disagreementText(e),
  }
}

function disagreementText(e: ChronologyEntry): string {
  const d = e.disagreement
  if (d) {
    const outcome = d.outcome && isDisagreementOutcome(d.outcome) ? DISAGREEMENT_OUTCOME_TEXT[d.outcome].label : null
    return outcome && d.closedAt
      ? `${d.reference}: ${outcome} on ${formatDate(d.closedAt)}`
      : `${d.reference}: open at stage ${d.stage}`
  }
  return e.disagreedAt ? `Referrer disagreed on ${formatDate(e.disagreedAt)}` : ''
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`

export function summaryView(summary: ChronologySummary): SummaryView {
  return {
    contactsInLast12Months: `${summary.contactsInLast12Months} (${plural(summary.totalContacts, 'contact', 'contacts')} in all)`,
    agencies: summary.agencies.map(a => a.label),
    noFurtherAction: `${summary.noFurtherActionCount}`,
    disagreements: `${summary.disagreementCount}`,
    repeatWarning:
      summary.contactsInLast12Months >= REPEAT_CONTACT_THRESHOLD
        ? `${summary.contactsInLast12Months} contacts in the last 12 months. Look at the pattern, not only the latest contact.`
        : null,
  }
}

export type PersonPage = {
  pageTitle: string
  name: string
  details: Row[]
  household: { href: string; others: Link[] } | null
  summary: SummaryView
  chronology: ChronologyRow[]
}

export function personPage(history: PersonHistory): PersonPage {
  const { person, householdMembers, chronology, today } = history
  const others = householdMembers.filter(m => m.id !== person.id)
  const household = person.householdId
    ? {
        href: paths.household(person.householdId),
        others: others.map(m => ({ href: paths.person(m.id), text: personName(m) })),
      }
    : null
  return {
    pageTitle: 'Person history',
    name: personName(person),
    details: [
      { key: { text: 'Name' }, value: { text: personName(person) } },
      ...dateRows(person, today),
      {
        key: { text: 'NHS number' },
        value: { text: person.nhsNumber ? formatNhsNumber(person.nhsNumber) : NOT_KNOWN },
      },
      { key: { text: 'Postcode' }, value: { text: person.postcode ?? NOT_KNOWN } },
    ],
    household,
    summary: summaryView(chronology.summary),
    chronology: chronologyRows(chronology, null),
  }
}

export function chronologyRows(chronology: Chronology, names: ReadonlyMap<string, string> | null): ChronologyRow[] {
  return chronology.entries.map(e => chronologyRow(e, names))
}

export type HouseholdPage = {
  pageTitle: string
  members: Array<{ href: string; name: string; born: string; nhsNumber: string }>
  summary: SummaryView
  chronology: ChronologyRow[]
}

export function householdPage(history: HouseholdHistory): HouseholdPage {
  const names = new Map(history.members.map(m => [m.id, personName(m)]))
  return {
    pageTitle: 'Household history',
    members: history.members.map(m => ({
      href: paths.person(m.id),
      name: personName(m),
      born: m.dateOfBirth
        ? `Born ${displayDay(m.dateOfBirth)}`
        : m.expectedDate
          ? `Due ${displayDay(m.expectedDate)}`
          : 'Date of birth not known',
      nhsNumber: m.nhsNumber ? formatNhsNumber(m.nhsNumber) : NOT_KNOWN,
    })),
    summary: summaryView(history.chronology.summary),
    chronology: chronologyRows(history.chronology, names),
  }
}
