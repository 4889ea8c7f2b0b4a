import type { EscalationTracker, TrackerItem } from '../../../services/disagreement/disagreement-lists.js'
import { paths } from '../../paths.js'
import {
  disagreementListRow,
  stageText,
  workingDaysText,
  type DisagreementListRow,
} from '../../presenters/disagreement-list.js'

// Pure: the tracker's items in, its summary, filters and rows out. Filters come from the query
// string, so they work without JavaScript; a value that makes no sense is ignored.

export type TrackerFilter = Readonly<{ stage?: number; agency?: string }>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export function parseTrackerFilter(query: unknown): TrackerFilter {
  const q = (typeof query === 'object' && query !== null ? query : {}) as Record<string, unknown>
  const stage = typeof q.stage === 'string' && /^[1-9]\d?$/.test(q.stage) ? Number(q.stage) : undefined
  const agency = typeof q.agency === 'string' && UUID.test(q.agency) ? q.agency.toLowerCase() : undefined
  return { ...(stage === undefined ? {} : { stage }), ...(agency === undefined ? {} : { agency }) }
}

export function applyTrackerFilter(items: readonly TrackerItem[], filter: TrackerFilter): TrackerItem[] {
  return items.filter(
    i =>
      (filter.stage === undefined || i.stage === filter.stage) &&
      (filter.agency === undefined || i.raisedByAgencyId === filter.agency),
  )
}

type Count = Readonly<{ text: string; count: number; href: string }>

export type TrackerSummary = Readonly<{
  open: number
  overdue: number
  immediateRisk: number
  byStage: readonly Count[]
  byAgency: readonly Count[]
}>

/** Counts over every open disagreement, whatever the filter: the picture across the partnership. */
export function trackerSummary(items: readonly TrackerItem[]): TrackerSummary {
  const stages = new Map<number, { name: string; count: number }>()
  const agencies = new Map<string, { name: string; count: number }>()
  for (const i of items) {
    const s = stages.get(i.stage) ?? { name: i.stageName, count: 0 }
    stages.set(i.stage, { ...s, count: s.count + 1 })
    const a = agencies.get(i.raisedByAgencyId) ?? { name: i.raisedByAgencyName, count: 0 }
    agencies.set(i.raisedByAgencyId, { ...a, count: a.count + 1 })
  }
  return {
    open: items.length,
    overdue: items.filter(i => i.overdue).length,
    immediateRisk: items.filter(i => i.immediateRisk).length,
    byStage: [...stages]
      .sort(([a], [b]) => a - b)
      .map(([stage, s]) => ({
        text: stageText(stage, s.name),
        count: s.count,
        href: paths.escalationTrackerFiltered({ stage }),
      })),
    byAgency: [...agencies]
      .sort(([, a], [, b]) => b.count - a.count || a.name.localeCompare(b.name))
      .map(([agency, a]) => ({ text: a.name, count: a.count, href: paths.escalationTrackerFiltered({ agency }) })),
  }
}

type Option = Readonly<{ value: string; text: string; selected: boolean }>

export function trackerFilterOptions(items: readonly TrackerItem[], filter: TrackerFilter) {
  const stageNumbers = [...new Set(items.map(i => i.stage))].sort((a, b) => a - b)
  if (filter.stage !== undefined && !stageNumbers.includes(filter.stage)) stageNumbers.push(filter.stage)
  const stageName = (n: number) => items.find(i => i.stage === n)?.stageName
  const stage: Option[] = [
    { value: '', text: 'All stages', selected: filter.stage === undefined },
    ...stageNumbers.map(n => ({
      value: String(n),
      text: stageName(n) ? stageText(n, stageName(n)!) : `Stage ${n}`,
      selected: n === filter.stage,
    })),
  ]
  const agencyIds = [...new Set(items.map(i => i.raisedByAgencyId))]
  const agencyName = (id: string) => items.find(i => i.raisedByAgencyId === id)!.raisedByAgencyName
  const agency: Option[] = [
    { value: '', text: 'All agencies', selected: filter.agency === undefined },
    ...agencyIds
      .map(id => ({ value: id, text: agencyName(id), selected: id === filter.agency }))
      .sort((a, b) => a.text.localeCompare(b.text)),
  ]
  if (filter.agency !== undefined && !agencyIds.includes(filter.agency)) {
    agency.push({ value: filter.agency, text: 'An agency with no open disagreements', selected: true })
  }
  return { stage, agency }
}

export type TrackerRow = DisagreementListRow &
  Readonly<{
    children: readonly Readonly<{ text: string; href: string | null }>[]
    noChild: string | null
    raisedBy: string
    aboutAgency: string | null
    age: string
    caseLink: Readonly<{ href: string; text: string }> | null
  }>

const NO_CHILD_TEXT = {
  'not-linked-yet': 'Not yet linked to a child’s record',
  'none-named': 'No child named',
} as const

export function trackerRow(item: TrackerItem, options: { canOpenContacts: boolean }): TrackerRow {
  const link = item.caseLink
  return {
    ...disagreementListRow(item, 'other'),
    children: item.children.map(c => ({ text: c.pseudonym, href: c.personId ? paths.person(c.personId) : null })),
    noChild: item.noChild ? NO_CHILD_TEXT[item.noChild] : null,
    raisedBy: item.raisedByAgencyName,
    aboutAgency: item.aboutAgencyName,
    age: item.ageInWorkingDays === 0 ? 'Raised today' : workingDaysText(item.ageInWorkingDays),
    caseLink: link
      ? options.canOpenContacts && link.contactId
        ? { href: paths.contact(link.contactId), text: 'Contact' }
        : { href: paths.referral(link.referralId), text: 'Referral' }
      : null,
  }
}

export function trackerPage(tracker: EscalationTracker, filter: TrackerFilter, options: { canOpenContacts: boolean }) {
  const shown = applyTrackerFilter(tracker.items, filter)
  return {
    pageTitle: 'Escalation tracker',
    /** Without case access: no links to the child's record or the referral. */
    pseudonymised: !tracker.caseAccess,
    caseAccess: tracker.caseAccess,
    summary: trackerSummary(tracker.items),
    filterOptions: trackerFilterOptions(tracker.items, filter),
    filtered: filter.stage !== undefined || filter.agency !== undefined,
    trackerHref: paths.escalationTracker,
    rows: shown.map(i => trackerRow(i, options)),
  }
}
