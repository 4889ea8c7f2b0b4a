import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { captureLogger } from '../../test/support/notification-fakes.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { cancelDeadlines } from '../data/repositories/deadline-repository.js'
import { findUserByEmail, toActor } from '../data/repositories/identity-repository.js'
import { toLondonDate } from '../domain/calendar/index.js'
import { okonkwoByrneReferral } from '../domain/referral/referral-personas.js'
import { fixedClock } from '../services/clock.js'
import { CONTACT_DECISION_DEADLINE } from '../services/contact-deadlines.js'
import { deadlineHandlers } from '../services/deadline-handlers.js'
import { createPasswordHasher } from '../services/passwords.js'
import { submitWholeReferral } from '../services/referral-submission-service.js'
import { processDeadlineBatch, startDeadlineTicker } from './deadline-ticker.js'

// Only PostgreSQL runs queries from several connections at once; PGlite runs one at a time, so
// there the sequential tests in deadline-ticker.db.test.ts are what can be checked.

const T0 = new Date('2026-11-26T10:00:00Z')
/** After every deadline here is due: the referrals sent at T0 are due by the end of 27 November. */
const LATER = new Date('2026-11-30T10:00:00Z')
const EXTRA_REFERRALS = 40

if (testBackends().includes('postgres')) {
  describe('deadline tickers running at once (postgres)', () => {
    let h: DatabaseHandle
    const clock = fixedClock(T0)
    const deps = () => ({ db: h.db, clock })
    const handlers = () => deadlineHandlers(deps())

    /** A fresh copy of the demo with 40 more referrals, so there are plenty of due deadlines. */
    const openWithManyDeadlines = async (): Promise<DatabaseHandle> => {
      const handle = await openWithOpenContactClocks()
      clock.set(T0)
      const hannah = toActor((await findUserByEmail(handle.db, 'hannah.ward@hv.northbridge.example'))!)
      const serviceDeps = { db: handle.db, clock, passwords: createPasswordHasher('fast'), sessionTtlHours: 8 }
      const content = okonkwoByrneReferral(toLondonDate(T0))
      for (let i = 0; i < EXTRA_REFERRALS; i++) {
        const sent = await submitWholeReferral(
          serviceDeps,
          { actor: null, correlationId: 'test' },
          hannah,
          content,
          `k${i}`,
        )
        assert.ok(sent.ok)
      }
      clock.set(LATER)
      return handle
    }
    const pendingCount = async () =>
      Number(
        (
          await h.db
            .selectFrom('deadline')
            .select(eb => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
            .where('status', '=', 'pending')
            .executeTakeFirstOrThrow()
        ).n,
      )
    /** Per deadline id, how many 'decision-overdue' events its firing appended. */
    const eventsPerDeadline = async () => {
      const events = await h.db
        .selectFrom('referral_event')
        .select('data')
        .where('type', '=', 'decision-overdue')
        .execute()
      const counts = new Map<string, number>()
      for (const e of events) {
        const id = (e.data as { deadlineId: string }).deadlineId
        counts.set(id, (counts.get(id) ?? 0) + 1)
      }
      return counts
    }

    before(async () => {
      h = await openWithManyDeadlines()
    })
    after(() => h.close())

    test('four tickers draining one database fire each deadline exactly once', async () => {
      const due = await h.db.selectFrom('deadline').select('id').where('status', '=', 'pending').execute()
      assert.ok(due.length >= EXTRA_REFERRALS)
      const ticker = async () => {
        let fired = 0
        for (;;) {
          const result = await processDeadlineBatch(deps(), handlers(), { batchSize: 3 })
          assert.equal(result.failed, 0)
          fired += result.fired
          if (result.fired === 0) return fired
        }
      }
      const counts = await Promise.all([ticker(), ticker(), ticker(), ticker()])
      assert.equal(
        counts.reduce((a, b) => a + b, 0),
        due.length,
      )
      assert.ok(counts.filter(n => n > 0).length >= 2, `the work was shared (${counts.join(', ')})`)
      assert.equal(await pendingCount(), 0)

      const events = await eventsPerDeadline()
      assert.deepEqual([...events.keys()].sort(), due.map(d => d.id).sort())
      assert.ok(
        [...events.values()].every(n => n === 1),
        'no deadline fired twice',
      )
      // The demo's one front door manager hears once about each contact.
      const notices = await h.db
        .selectFrom('notification')
        .select(['related_id', 'recipient_user_id'])
        .where('kind', '=', 'contact-decision-overdue')
        .execute()
      assert.equal(notices.length, due.length)
      assert.equal(new Set(notices.map(n => n.related_id)).size, due.length)
    })
  })

  describe('deadline tickers and other transactions (postgres)', () => {
    let h: DatabaseHandle
    const clock = fixedClock(LATER)
    const deps = () => ({ db: h.db, clock })
    const handlers = () => deadlineHandlers(deps())

    before(async () => {
      h = await openWithOpenContactClocks()
    })
    after(() => h.close())

    test('three running tickers share the work without firing anything twice', async () => {
      const total = (await h.db.selectFrom('deadline').select('id').where('status', '=', 'pending').execute()).length
      const { logger } = captureLogger()
      const stops = [1, 2, 3].map(() =>
        startDeadlineTicker(deps(), { handlers: handlers(), logger, intervalMs: 5, batchSize: 2 }),
      )
      try {
        for (let i = 0; i < 400; i++) {
          const left = await h.db.selectFrom('deadline').select('id').where('status', '=', 'pending').execute()
          if (left.length === 0) break
          await sleep(10)
        }
      } finally {
        await Promise.all(stops.map(stop => stop()))
      }
      const events = await h.db
        .selectFrom('referral_event')
        .select('data')
        .where('type', '=', 'decision-overdue')
        .execute()
      assert.equal(events.length, total)
      assert.equal(new Set(events.map(e => (e.data as { deadlineId: string }).deadlineId)).size, total)
    })

    test(
      'a ticker skips deadlines another transaction has locked instead of waiting',
      { timeout: 20_000 },
      async () => {
        await h.db.updateTable('deadline').set({ status: 'pending', fired_at: null }).execute()
        const all = await h.db
          .selectFrom('deadline')
          .select('id')
          .where('kind', '=', CONTACT_DECISION_DEADLINE)
          .orderBy('due_at')
          .execute()
        const locked = all.slice(0, 2).map(d => d.id)
        await h.db.transaction().execute(async trx => {
          await trx.selectFrom('deadline').select('id').where('id', 'in', locked).forUpdate().execute()
          // Another connection from the pool: it must not block on the two locked rows.
          const result = await processDeadlineBatch(deps(), handlers(), { batchSize: 100 })
          assert.equal(result.fired, all.length - 2)
        })
        assert.equal((await processDeadlineBatch(deps(), handlers())).fired, 2)
      },
    )

    test(
      'a decision made while its deadline fires is seen, and cancelling does not wait on the ticker',
      { timeout: 20_000 },
      async () => {
        await h.db.updateTable('deadline').set({ status: 'pending', fired_at: null }).execute()
        await h.db.deleteFrom('notification').where('kind', '=', 'contact-decision-overdue').execute()
        await h.db.updateTable('contact').set({ overdue_at: null }).execute()
        const [first] = await h.db
          .selectFrom('deadline')
          .select(['id', 'subject_id', 'due_at'])
          .where('kind', '=', CONTACT_DECISION_DEADLINE)
          .orderBy('due_at')
          .limit(1)
          .execute()
        const contactId = first!.subject_id
        const tickerClock = fixedClock(first!.due_at)

        // A decision transaction takes the contact, as deciding does, and keeps it a while.
        let ticker: Promise<{ fired: number }> | undefined
        const cancelled = await h.db.transaction().execute(async trx => {
          await trx
            .updateTable('contact')
            .set(eb => ({ status: 'decided', decided_at: first!.due_at, version: eb('version', '+', 1) }))
            .where('id', '=', contactId)
            .execute()
          // The ticker claims the deadline, then waits for the contact.
          ticker = processDeadlineBatch({ db: h.db, clock: tickerClock }, deadlineHandlers({ clock: tickerClock }), {
            batchSize: 1,
          })
          let waiting = 0
          for (let i = 0; i < 100 && waiting === 0; i++) {
            waiting = (await waitingOnLocks(h)).rows.length
            if (waiting === 0) await sleep(20)
          }
          assert.equal(waiting, 1, 'the ticker holds the deadline and waits for the contact')
          // Cancelling skips the deadline the ticker holds rather than waiting for it (which
          // would deadlock, the ticker waiting for this transaction's contact).
          return cancelDeadlines(trx, { subjectType: 'contact', subjectId: contactId, now: first!.due_at })
        })
        assert.equal(cancelled, 0)
        assert.equal((await ticker!).fired, 1)
        const deadline = await h.db
          .selectFrom('deadline')
          .selectAll()
          .where('id', '=', first!.id)
          .executeTakeFirstOrThrow()
        assert.equal(deadline.status, 'fired')
        const contact = await h.db
          .selectFrom('contact')
          .selectAll()
          .where('id', '=', contactId)
          .executeTakeFirstOrThrow()
        assert.equal(contact.overdue_at, null, 'the ticker saw the decision')
        const notices = await h.db
          .selectFrom('notification')
          .select('id')
          .where('kind', '=', 'contact-decision-overdue')
          .where('related_id', '=', contactId)
          .execute()
        assert.deepEqual(notices, [])
      },
    )
  })
}

/**
 * A copy of the demo keeping only the open contacts' decision clocks: its decided contacts also
 * leave feedback clocks and cancelled decision clocks, which these tests do not count.
 */
async function openWithOpenContactClocks(): Promise<DatabaseHandle> {
  const handle = await openTestDatabase('postgres', 'demo')
  await handle.db
    .deleteFrom('deadline')
    .where(eb => eb.or([eb('kind', '!=', CONTACT_DECISION_DEADLINE), eb('status', '!=', 'pending')]))
    .execute()
  return handle
}

/** Connections to this test's database that are waiting for a lock. */
function waitingOnLocks(h: DatabaseHandle) {
  return sql<{ pid: number }>`select pid from pg_stat_activity
    where datname = current_database() and wait_event_type = 'Lock'`.execute(h.db)
}
