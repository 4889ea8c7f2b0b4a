import type { Selectable } from 'kysely'
import type { AgencyKind, Role } from '../../domain/access/roles.js'
import type { Db } from '../database.js'
import type { DeadlineTable } from '../tables/referral.table.js'

// Clocks as rows (DESIGN.md §5): a deadline is written in the transaction that starts the clock
// and is fired once by the deadline ticker, or cancelled when what it waits for happens first.

export type DeadlineStatus = DeadlineTable['status']

export type Deadline = Readonly<{
  id: string
  kind: string
  subjectType: string
  subjectId: string
  dueAt: Date
  status: DeadlineStatus
  firedAt: Date | null
  createdAt: Date
}>

function toDeadline(r: Selectable<DeadlineTable>): Deadline {
  return {
    id: r.id,
    kind: r.kind,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    dueAt: r.due_at,
    status: r.status,
    firedAt: r.fired_at,
    createdAt: r.created_at,
  }
}

export async function insertDeadline(
  db: Db,
  d: { kind: string; subjectType: string; subjectId: string; dueAt: Date; now: Date },
): Promise<string> {
  const { id } = await db
    .insertInto('deadline')
    .values({
      kind: d.kind,
      subject_type: d.subjectType,
      subject_id: d.subjectId,
      due_at: d.dueAt,
      status: 'pending',
      fired_at: null,
      created_at: d.now,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/**
 * Locks up to `limit` pending deadlines due by `now`, earliest first, for the calling
 * transaction, and returns them. Rows another transaction holds are skipped rather than waited
 * for, so any number of tickers can claim at once and each row goes to one of them; the lock
 * lasts until the transaction ends, which is why this must run inside one. `excludeIds` leaves
 * out rows the caller has already tried in this round (one whose handler failed stays pending
 * and would otherwise be claimed again straight away).
 */
export async function claimDueDeadlines(
  db: Db,
  c: { now: Date; limit: number; excludeIds?: readonly string[] },
): Promise<Deadline[]> {
  if (!db.isTransaction) throw new Error('claimDueDeadlines must be called inside a transaction')
  let query = db
    .selectFrom('deadline')
    .selectAll()
    .where('status', '=', 'pending')
    .where('due_at', '<=', c.now)
  if (c.excludeIds && c.excludeIds.length > 0) query = query.where('id', 'not in', [...c.excludeIds])
  const rows = await query.orderBy('due_at').orderBy('id').limit(c.limit).forUpdate().skipLocked().execute()
  return rows.map(toDeadline)
}

/** Fires a claimed deadline. Only a pending row changes, so a deadline is never fired twice. */
export async function markDeadlineFired(db: Db, id: string, now: Date): Promise<boolean> {
  const res = await db
    .updateTable('deadline')
    .set({ status: 'fired', fired_at: now })
    .where('id', '=', id)
    .where('status', '=', 'pending')
    .executeTakeFirst()
  return Number(res.numUpdatedRows) === 1
}

/**
 * Cancels a subject's pending deadlines (all of them, or only the given kinds): what they were
 * waiting for has happened. Returns how many were cancelled.
 *
 * A deadline a ticker is firing at this moment is skipped, not waited for. Waiting could
 * deadlock: the ticker holds the deadline and wants the subject row, while the caller (a
 * decision, say) already holds the subject row. A handler must therefore lock and re-read its
 * subject, so that the firing deadline sees the caller's change once it commits and does
 * nothing; such a deadline ends 'fired' rather than 'cancelled', with no effect.
 */
export async function cancelDeadlines(
  db: Db,
  c: { subjectType: string; subjectId: string; kinds?: readonly string[]; now: Date },
): Promise<number> {
  if (c.kinds && c.kinds.length === 0) return 0
  const res = await db
    .updateTable('deadline')
    .set({ status: 'cancelled' })
    .where('id', 'in', eb => {
      let pending = eb
        .selectFrom('deadline')
        .select('id')
        .where('subject_type', '=', c.subjectType)
        .where('subject_id', '=', c.subjectId)
        .where('status', '=', 'pending')
      if (c.kinds) pending = pending.where('kind', 'in', [...c.kinds])
      return pending.forUpdate().skipLocked()
    })
    .executeTakeFirst()
  return Number(res.numUpdatedRows)
}

export async function listDeadlines(db: Db, subjectType: string, subjectId: string): Promise<Deadline[]> {
  const rows = await db
    .selectFrom('deadline')
    .selectAll()
    .where('subject_type', '=', subjectType)
    .where('subject_id', '=', subjectId)
    .orderBy('due_at')
    .orderBy('created_at')
    .execute()
  return rows.map(toDeadline)
}

// What the 'contact-decision' handler reads and writes. They live here for now because the
// contact and identity repositories are being changed by other work at the same time; they can
// move there later without any caller noticing more than an import path.

export type OverdueContact = Readonly<{
  contactId: string
  referralId: string
  reference: string | null
  assignedToUserId: string | null
}>

/**
 * Marks a contact overdue unless it has been decided, and returns it; undefined when it is
 * decided (or does not exist). One statement: it waits for any transaction changing the contact
 * and then re-checks the status, so a decision committed meanwhile is seen. The version is not
 * changed: this is the clock, not someone's edit, and must not make a practitioner's open form
 * stale.
 */
export async function markContactOverdue(db: Db, contactId: string, now: Date): Promise<OverdueContact | undefined> {
  const row = await db
    .updateTable('contact')
    .set({ overdue_at: now })
    .where('id', '=', contactId)
    .where('status', '<>', 'decided')
    .returning(['id', 'referral_id', 'assigned_to_user_id'])
    .executeTakeFirst()
  if (!row) return undefined
  const referral = await db
    .selectFrom('referral')
    .select('reference')
    .where('id', '=', row.referral_id)
    .executeTakeFirst()
  return {
    contactId: row.id,
    referralId: row.referral_id,
    reference: referral?.reference ?? null,
    assignedToUserId: row.assigned_to_user_id ?? null,
  }
}

export type Recipient = Readonly<{ userId: string; email: string }>

/** Active users holding `role` in any agency of kind `agencyKind`, in a stable order. */
export async function listActiveUsersWithRole(
  db: Db,
  c: { role: Role } & ({ agencyKind: AgencyKind } | { agencyId: string }),
): Promise<Recipient[]> {
  const rows = await db
    .selectFrom('app_user as u')
    .innerJoin('agency as a', 'a.id', 'u.agency_id')
    .innerJoin('user_role as r', 'r.user_id', 'u.id')
    .select(['u.id', 'u.email'])
    .where('u.active', '=', true)
    .where('r.role', '=', c.role)
    .$if('agencyKind' in c, q => q.where('a.kind', '=', (c as { agencyKind: AgencyKind }).agencyKind))
    .$if('agencyId' in c, q => q.where('a.id', '=', (c as { agencyId: string }).agencyId))
    .orderBy('u.id')
    .execute()
  return rows.map(r => ({ userId: r.id, email: r.email }))
}

/** An active user's address, or undefined for an unknown or deactivated user. */
export async function findActiveRecipient(db: Db, userId: string): Promise<Recipient | undefined> {
  const row = await db
    .selectFrom('app_user')
    .select(['id', 'email'])
    .where('id', '=', userId)
    .where('active', '=', true)
    .executeTakeFirst()
  return row && { userId: row.id, email: row.email }
}
