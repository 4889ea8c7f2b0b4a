import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { sql } from 'kysely'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { findUserByEmail } from '../data/repositories/identity-repository.js'
import {
  claimDueNotifications,
  enqueueNotification,
  findNotification,
  markNotificationDelivered,
  type NewNotification,
} from '../data/repositories/notification-repository.js'
import { NOTIFICATION_STATUSES } from '../data/tables/notification.table.js'
import { fixedClock } from '../services/clock.js'
import { captureLogger, recordingMailer } from '../../test/support/notification-fakes.js'
import { createLogMailer } from './notification-mailer.js'
import {
  MAX_ATTEMPTS,
  processNotificationBatch,
  retryDelayMs,
  startNotificationWorker,
  STUCK_AFTER_MS,
} from './notification-worker.js'

const T0 = new Date('2026-11-26T10:00:00Z')
const MINUTE = 60_000

// The subject and body name a (fictional) child, as a real acknowledgement would: neither may
// ever reach a log line.
const CHILD_NAME = 'Poppy Fairweather'
const SUBJECT = `Referral received about ${CHILD_NAME}`
const BODY = `We have received your referral about ${CHILD_NAME}.\nA decision is due within one working day.`

for (const backend of testBackends()) {
  describe(`notification outbox (${backend})`, () => {
    let h: DatabaseHandle
    let hannahId: string
    const clock = fixedClock(T0)
    const deps = () => ({ db: h.db, clock })
    const message = (overrides: Partial<NewNotification> = {}): NewNotification => ({
      kind: 'referral-acknowledgement',
      recipientUserId: hannahId,
      toAddress: 'hannah.ward@hv.northbridge.example',
      subject: SUBJECT,
      bodyText: BODY,
      relatedType: 'referral',
      relatedId: 'referral-1',
      now: clock.now(),
      ...overrides,
    })
    const enqueue = (overrides: Partial<NewNotification> = {}) =>
      h.db.transaction().execute(trx => enqueueNotification(trx, message(overrides)))
    const stored = async (id: string) => {
      const n = await findNotification(h.db, id)
      assert.ok(n, `notification ${id} exists`)
      return n
    }

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      const hannah = await findUserByEmail(h.db, 'hannah.ward@hv.northbridge.example')
      assert.ok(hannah)
      hannahId = hannah.id
    })
    after(() => h.close())
    beforeEach(async () => {
      await h.db.deleteFrom('notification').execute()
      clock.set(T0)
    })

    test('the status check constraint matches NOTIFICATION_STATUSES', async () => {
      const { rows } = await sql<{ def: string }>`
        select pg_get_constraintdef(oid) as def from pg_constraint
        where contype = 'c' and conname = 'notification_status_check'`.execute(h.db)
      assert.equal(rows.length, 1)
      const values = [...rows[0]!.def.matchAll(/'([a-z_]+)'::text/g)].map(m => m[1]).sort()
      assert.deepEqual(values, [...NOTIFICATION_STATUSES].sort())
    })

    test('a notification enqueued in a transaction that rolls back does not exist', async () => {
      await assert.rejects(
        h.db.transaction().execute(async trx => {
          await enqueueNotification(trx, message({ relatedId: 'rolled-back' }))
          throw new Error('the change was refused')
        }),
        /the change was refused/,
      )
      const id = await enqueue({ relatedId: 'committed' })
      const rows = await h.db.selectFrom('notification').select(['id', 'related_id']).execute()
      assert.deepEqual(rows, [{ id, related_id: 'committed' }])
      const n = await stored(id)
      assert.equal(n.status, 'pending')
      assert.equal(n.attempts, 0)
      assert.deepEqual(n.availableAt, T0)
      assert.deepEqual(n.createdAt, T0)
    })

    test('with no SMTP server a notification ends "logged", once; with one it ends "sent"', async () => {
      const logged = await enqueue()
      const { lines, logger } = captureLogger()
      const first = await processNotificationBatch(deps(), createLogMailer(logger), { logger })
      assert.deepEqual(first, { claimed: 1, delivered: 1, retrying: 0, failed: 0 })
      const n = await stored(logged)
      assert.equal(n.status, 'logged')
      assert.equal(n.attempts, 1)
      assert.deepEqual(n.sentAt, T0)
      assert.equal(lines.length, 1)
      assert.equal((await processNotificationBatch(deps(), createLogMailer(logger))).claimed, 0, 'only once')

      const emailed = await enqueue()
      const smtp = recordingMailer('sent')
      await processNotificationBatch(deps(), smtp.mailer)
      assert.equal((await stored(emailed)).status, 'sent')
      assert.deepEqual(smtp.sent, [
        {
          to: 'hannah.ward@hv.northbridge.example',
          subject: SUBJECT,
          text: BODY,
          notificationId: emailed,
          kind: 'referral-acknowledgement',
          recipientUserId: hannahId,
        },
      ])
    })

    test('the log mailer logs the id, kind and recipient user, never the subject or body', async () => {
      const id = await enqueue()
      const { lines, logger } = captureLogger()
      await processNotificationBatch(deps(), createLogMailer(logger), { logger })
      assert.equal(lines.length, 1)
      const line = JSON.parse(lines[0]!) as Record<string, unknown>
      assert.equal(line.notificationId, id)
      assert.equal(line.kind, 'referral-acknowledgement')
      assert.equal(line.recipientUserId, hannahId)
      for (const l of lines) {
        assert.doesNotMatch(l, /Poppy|Fairweather|referral about|working day/)
      }
    })

    test('a notification is not sent before it is due, and a batch takes the oldest first', async () => {
      const later = await enqueue({ now: new Date(T0.getTime() + MINUTE) })
      const first = await enqueue({ now: new Date(T0.getTime() - 2 * MINUTE) })
      const second = await enqueue({ now: new Date(T0.getTime() - MINUTE) })
      const smtp = recordingMailer()
      assert.equal((await processNotificationBatch(deps(), smtp.mailer, { batchSize: 1 })).claimed, 1)
      assert.equal((await processNotificationBatch(deps(), smtp.mailer, { batchSize: 5 })).claimed, 1)
      assert.deepEqual(
        smtp.sent.map(m => m.notificationId),
        [first, second],
      )
      assert.equal((await stored(later)).status, 'pending')
      clock.advance(MINUTE)
      await processNotificationBatch(deps(), smtp.mailer)
      assert.equal((await stored(later)).status, 'sent')
    })

    test('a failing send is retried with growing waits, then marked failed after the last attempt', async () => {
      const id = await enqueue()
      const smtp = recordingMailer()
      smtp.state.failing = Object.assign(new Error(`connect ECONNREFUSED 127.0.0.1:25 for ${CHILD_NAME}`), {
        code: 'ECONNREFUSED',
      })
      const { lines, logger } = captureLogger()
      for (let attempt = 1; attempt < MAX_ATTEMPTS; attempt++) {
        const result = await processNotificationBatch(deps(), smtp.mailer, { logger })
        assert.deepEqual(result, { claimed: 1, delivered: 0, retrying: 1, failed: 0 }, `attempt ${attempt}`)
        const n = await stored(id)
        assert.equal(n.status, 'pending')
        assert.equal(n.attempts, attempt)
        assert.match(n.lastError ?? '', /^ECONNREFUSED: connect ECONNREFUSED/)
        assert.deepEqual(n.availableAt, new Date(clock.now().getTime() + retryDelayMs(attempt)))
        // Not due again until the wait is over.
        clock.advance(retryDelayMs(attempt) - 1)
        assert.equal((await processNotificationBatch(deps(), smtp.mailer)).claimed, 0)
        clock.advance(1)
      }
      assert.deepEqual(
        [1, 2, 3, 4].map(a => retryDelayMs(a) / MINUTE),
        [1, 5, 30, 120],
      )
      const last = await processNotificationBatch(deps(), smtp.mailer, { logger })
      assert.deepEqual(last, { claimed: 1, delivered: 0, retrying: 0, failed: 1 })
      const n = await stored(id)
      assert.equal(n.status, 'failed')
      assert.equal(n.attempts, MAX_ATTEMPTS)
      clock.advance(24 * 60 * MINUTE)
      assert.equal((await processNotificationBatch(deps(), smtp.mailer)).claimed, 0, 'failed is final')
      assert.equal(lines.length, MAX_ATTEMPTS)
      for (const l of lines) assert.doesNotMatch(l, /Poppy|Fairweather|referral about|127\.0\.0\.1/)
    })

    test('a send that fails once goes through on the retry', async () => {
      const id = await enqueue()
      const smtp = recordingMailer()
      smtp.state.failing = new Error('Greeting never received')
      await processNotificationBatch(deps(), smtp.mailer)
      smtp.state.failing = false
      clock.advance(retryDelayMs(1))
      await processNotificationBatch(deps(), smtp.mailer)
      const n = await stored(id)
      assert.equal(n.status, 'sent')
      assert.equal(n.attempts, 2)
      assert.equal(n.lastError, null)
      assert.equal(smtp.sent.length, 1)
    })

    test('a row left "sending" by a stopped worker is claimed again after 10 minutes', async () => {
      const id = await enqueue()
      // A worker claims it and then dies before sending.
      const [crashed] = await claimDueNotifications(h.db, { now: T0, stuckBefore: T0, limit: 10 })
      assert.equal(crashed?.status, 'sending')
      const smtp = recordingMailer()
      clock.advance(STUCK_AFTER_MS - 1)
      assert.equal((await processNotificationBatch(deps(), smtp.mailer)).claimed, 0, 'not yet: it may still be sending')
      clock.advance(2)
      assert.deepEqual(await processNotificationBatch(deps(), smtp.mailer), {
        claimed: 1,
        delivered: 1,
        retrying: 0,
        failed: 0,
      })
      const n = await stored(id)
      assert.equal(n.status, 'sent')
      assert.equal(n.attempts, 2)
      // The first worker waking up late cannot overwrite the outcome of the new claim.
      assert.equal(await markNotificationDelivered(h.db, { id, claimedAt: T0 }, { status: 'logged', now: T0 }), false)
      assert.equal((await stored(id)).status, 'sent')
    })

    test('a row stuck on its last attempt is marked failed, not sent again', async () => {
      const id = await enqueue()
      await h.db
        .updateTable('notification')
        .set({ attempts: MAX_ATTEMPTS - 1 })
        .where('id', '=', id)
        .execute()
      await claimDueNotifications(h.db, { now: T0, stuckBefore: T0, limit: 10 })
      clock.advance(STUCK_AFTER_MS + 1)
      const smtp = recordingMailer()
      assert.equal((await processNotificationBatch(deps(), smtp.mailer)).failed, 1)
      assert.equal(smtp.sent.length, 0)
      assert.equal((await stored(id)).status, 'failed')
    })

    test('the running worker delivers what is enqueued and stops cleanly', async () => {
      const ids = [await enqueue(), await enqueue(), await enqueue()]
      const smtp = recordingMailer('logged')
      const { logger } = captureLogger()
      const stop = startNotificationWorker(deps(), { mailer: smtp.mailer, logger, intervalMs: 10, batchSize: 2 })
      try {
        for (let i = 0; i < 200 && smtp.sent.length < ids.length; i++) await sleep(10)
      } finally {
        await stop()
      }
      assert.deepEqual(smtp.sent.map(m => m.notificationId).sort(), [...ids].sort())
      for (const id of ids) assert.equal((await stored(id)).status, 'logged')
      const late = await enqueue()
      await sleep(50)
      assert.equal((await stored(late)).status, 'pending', 'a stopped worker sends nothing more')
    })
  })
}
