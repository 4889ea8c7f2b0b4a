import { SCREENING_STATES, type ScreeningState } from '../screening/decision-lifecycle.js'

// The front door queue: what is open, in what order, and what each item needs. Pure, so the
// order and the filters are tested without a database.

export type QueueChild = Readonly<{ name: string; age: string }>

export type QueueItem = Readonly<{
  contactId: string
  referralId: string
  reference: string
  status: ScreeningState
  channel: 'web' | 'phone' | 'api'
  receivedAt: Date
  decisionDueAt: Date
  immediateDanger: boolean
  /** Contacts about the same children or household in the 12 months to this one, this one included. */
  repeatContactCount: number
  /** The repeat-contact flags in force on the contact, with the pattern they saw; null when none. */
  repeatContact: Readonly<{ pattern: string; awaitingReview: boolean }> | null
  referrerName: string
  agencyName: string
  assignee: Readonly<{ id: string; name: string }> | null
  children: readonly QueueChild[]
}>

export type QueueFlag = 'immediate-danger' | 'repeat-contact' | 'second-screen' | 'manager-review' | 'overdue'

export const QUEUE_FLAG_LABELS: Record<QueueFlag, string> = {
  'immediate-danger': 'Immediate danger',
  'repeat-contact': 'Repeat contact',
  'second-screen': 'Second screen needed',
  'manager-review': 'Waiting for a manager',
  overdue: 'Overdue',
}

/**
 * Three or more contacts about the same child or household in 12 months: how the person history
 * highlights a busy year. The queue's repeat-contact flag comes from the partnership's rules instead.
 */
export const REPEAT_CONTACT_THRESHOLD = 3

export function queueFlags(item: QueueItem, now: Date): QueueFlag[] {
  const flags: QueueFlag[] = []
  if (item.decisionDueAt.getTime() <= now.getTime()) flags.push('overdue')
  if (item.immediateDanger) flags.push('immediate-danger')
  if (item.repeatContact !== null) flags.push('repeat-contact')
  if (item.status === 'awaiting-second-screen') flags.push('second-screen')
  if (item.status === 'awaiting-manager') flags.push('manager-review')
  return flags
}

const MINUTE = 60_000
const HOUR = 60 * MINUTE

function span(ms: number): string {
  if (ms < HOUR) {
    const minutes = Math.max(1, Math.round(ms / MINUTE))
    return `${minutes} ${minutes === 1 ? 'minute' : 'minutes'}`
  }
  const hours = Math.floor(ms / HOUR)
  if (hours < 48) return `${hours} ${hours === 1 ? 'hour' : 'hours'}`
  const days = Math.floor(hours / 24)
  return `${days} days`
}

/** "5 hours left" or "Overdue by 2 hours": clock time, the due time itself is in working days. */
export function timeLeft(dueAt: Date, now: Date): { overdue: boolean; text: string } {
  const ms = dueAt.getTime() - now.getTime()
  return ms > 0 ? { overdue: false, text: `${span(ms)} left` } : { overdue: true, text: `Overdue by ${span(-ms)}` }
}

/** Overdue first (most overdue at the top), then immediate danger, then the soonest due. */
export function sortQueue(items: readonly QueueItem[], now: Date): QueueItem[] {
  const t = now.getTime()
  return [...items].sort((a, b) => {
    const aOver = a.decisionDueAt.getTime() <= t
    const bOver = b.decisionDueAt.getTime() <= t
    if (aOver !== bOver) return aOver ? -1 : 1
    if (!aOver && a.immediateDanger !== b.immediateDanger) return a.immediateDanger ? -1 : 1
    const byDue = a.decisionDueAt.getTime() - b.decisionDueAt.getTime()
    return byDue !== 0 ? byDue : a.reference.localeCompare(b.reference)
  })
}

export type QueueFilter = Readonly<{
  assigned?: 'me' | 'unassigned' | 'anyone'
  flag?: QueueFlag
  status?: ScreeningState
}>

export const QUEUE_ASSIGNED_FILTERS = ['anyone', 'me', 'unassigned'] as const

export function filterQueue(items: readonly QueueItem[], filter: QueueFilter, userId: string, now: Date): QueueItem[] {
  return items.filter(item => {
    if (filter.assigned === 'me' && item.assignee?.id !== userId) return false
    if (filter.assigned === 'unassigned' && item.assignee !== null) return false
    if (filter.status && item.status !== filter.status) return false
    if (filter.flag && !queueFlags(item, now).includes(filter.flag)) return false
    return true
  })
}

/** Reads untyped query-string values into a filter, ignoring anything it does not know. */
export function parseQueueFilter(query: Record<string, unknown>): QueueFilter {
  const pick = <T extends string>(value: unknown, allowed: readonly T[]): T | undefined =>
    typeof value === 'string' && (allowed as readonly string[]).includes(value) ? (value as T) : undefined
  const assigned = pick(query.assigned, QUEUE_ASSIGNED_FILTERS)
  const flag = pick(query.flag, Object.keys(QUEUE_FLAG_LABELS) as QueueFlag[])
  const status = pick(query.status, SCREENING_STATES)
  return { ...(assigned ? { assigned } : {}), ...(flag ? { flag } : {}), ...(status ? { status } : {}) }
}
