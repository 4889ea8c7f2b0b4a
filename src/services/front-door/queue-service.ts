import type { Actor } from '../../domain/access/actor.js'
import { canScreenContacts } from '../../domain/access/permissions.js'
import { toLondonDate, type LocalDate } from '../../domain/calendar/index.js'
import { filterQueue, sortQueue, type QueueFilter, type QueueItem } from '../../domain/front-door/queue.js'
import { activeFlags, needsManagerReview } from '../../domain/repeat-contact/flag-status.js'
import { ageInMonths, describeAge } from '../../domain/screening/age.js'
import {
  listContactPeople,
  listOpenContacts,
  type ContactPersonRecord,
} from '../../data/repositories/front-door-repository.js'
import {
  listFlagsForContacts,
  type RepeatContactFlagRecord,
} from '../../data/repositories/repeat-contact-flag-repository.js'
import { ForbiddenError } from '../errors.js'
import type { ServiceDeps } from '../index.js'

// The front door queue: every open contact, overdue first, for practitioners and managers.

export function personName(p: Pick<ContactPersonRecord, 'givenName' | 'familyName'>): string {
  return [p.givenName, p.familyName].filter(Boolean).join(' ') || 'Name not known'
}

/** "7 months", "unborn", "3 years": a child's age on a given day. */
export function ageOn(p: Pick<ContactPersonRecord, 'dateOfBirth' | 'expectedDate'>, day: LocalDate): string {
  if (!p.dateOfBirth) return describeAge({ unborn: p.expectedDate !== null })
  const months = ageInMonths(p.dateOfBirth as LocalDate, day)
  return describeAge(months < 0 ? { unborn: true } : { unborn: false, ageInMonths: months })
}

/** The newest pattern among the flags in force, and whether any waits for a manager; null when none. */
export function repeatContactSummary(flags: readonly RepeatContactFlagRecord[]): QueueItem['repeatContact'] {
  const active = activeFlags(flags)
  const newest = active[active.length - 1]
  return newest ? { pattern: newest.pattern, awaitingReview: needsManagerReview(active) } : null
}

export async function frontDoorQueue(
  deps: ServiceDeps,
  actor: Actor,
  filter: QueueFilter,
): Promise<{ items: QueueItem[]; total: number; overdue: number }> {
  if (!canScreenContacts(actor)) throw new ForbiddenError('Not a front door screener')
  const contacts = await listOpenContacts(deps.db)
  const people = await listContactPeople(
    deps.db,
    contacts.map(c => c.referralId),
  )
  const flags = await listFlagsForContacts(
    deps.db,
    contacts.map(c => c.id),
  )
  const now = deps.clock.now()
  const today = toLondonDate(now)
  const items: QueueItem[] = contacts.map(c => ({
    contactId: c.id,
    referralId: c.referralId,
    reference: c.reference,
    status: c.status,
    channel: c.channel,
    receivedAt: c.receivedAt,
    decisionDueAt: c.decisionDueAt,
    immediateDanger: c.immediateDanger,
    repeatContactCount: c.repeatContactCount,
    repeatContact: repeatContactSummary(flags.filter(f => f.contactId === c.id)),
    referrerName: c.referrerName ?? 'Not given',
    agencyName: c.agencyName,
    assignee: c.assignedToUserId ? { id: c.assignedToUserId, name: c.assigneeName ?? '' } : null,
    children: people
      .filter(p => p.referralId === c.referralId && p.role === 'child')
      .map(p => ({ name: personName(p), age: ageOn(p, today) })),
  }))
  return {
    items: filterQueue(sortQueue(items, now), filter, actor.userId, now),
    total: items.length,
    overdue: items.filter(i => i.decisionDueAt.getTime() <= now.getTime()).length,
  }
}
