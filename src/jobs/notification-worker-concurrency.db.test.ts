import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { captureLogger, recordingMailer } from '../../test/support/notification-fakes.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { enqueueNotification, type NewNotification } from '../data/repositories/notification-repository.js'
import { fixedClock } from '../services/clock.js'
import { processNotificationBatch, startNotificationWorker } from './notification-worker.js'

// Only PostgreSQL runs queries from several connections at once; PGlite runs one at a time, so
// there the sequential tests in notification-worker.db.test.ts are what can be checked.

const T0 = new Date('2026-11-26T10:00:00Z')

if (testBackends().includes('postgres')) {
  describe('notification workers running at once (postgres)', () => {
    let h: DatabaseHandle
    const clock = fixedClock(T0)
    const deps = () => ({ db: h.db, clock })
    const enqueue = (overrides: Partial<NewNotification> = {}) =>
      h.db.transaction().execute(trx =>
        enqueueNotification(trx, {
          kind: 'referral-acknowledgement',
          toAddress: 'hannah.ward@hv.northbridge.example',
          subject: 'Referral received',
          bodyText: 'We have received your referral.',
          now: clock.now(),
          ...overrides,
        }),
      )

    before(async () => {
      h = await openTestDatabase('postgres', 'demo')
    })
    after(() => h.close())
    beforeEach(async () => {
      await h.db.deleteFrom('notification').execute()
      clock.set(T0)
    })

    test('two workers on one database deliver each notification exactly once', async () => {
      const total = 60
      const ids = new Set<string>()
      for (let i = 0; i < total; i++) ids.add(await enqueue({ relatedId: `referral-${i}` }))
      const deliveries = new Map<string, number>()
      const worker = async () => {
        const smtp = recordingMailer('sent', 2)
        for (;;) {
          const { claimed } = await processNotificationBatch(deps(), smtp.mailer, { batchSize: 3 })
          if (claimed === 0) break
        }
        for (const m of smtp.sent) deliveries.set(m.notificationId, (deliveries.get(m.notificationId) ?? 0) + 1)
        return smtp.sent.length
      }
      const [a, b] = await Promise.all([worker(), worker()])
      assert.equal(a + b, total)
      assert.ok(a > 0 && b > 0, `both workers did some of the work (${a} and ${b})`)
      assert.deepEqual([...deliveries.keys()].sort(), [...ids].sort())
      assert.ok(
        [...deliveries.values()].every(n => n === 1),
        'no notification was sent twice',
      )
      const statuses = await h.db.selectFrom('notification').select('status').distinct().execute()
      assert.deepEqual(statuses, [{ status: 'sent' }])
    })

    test('two running workers share the outbox without sending anything twice', async () => {
      const total = 30
      for (let i = 0; i < total; i++) await enqueue()
      const first = recordingMailer('sent', 1)
      const second = recordingMailer('sent', 1)
      const { logger } = captureLogger()
      const stops = [first, second].map(m =>
        startNotificationWorker(deps(), { mailer: m.mailer, logger, intervalMs: 5, batchSize: 4 }),
      )
      try {
        for (let i = 0; i < 400 && first.sent.length + second.sent.length < total; i++) {
          await new Promise(r => setTimeout(r, 10))
        }
      } finally {
        await Promise.all(stops.map(stop => stop()))
      }
      const sent = [...first.sent, ...second.sent].map(m => m.notificationId)
      assert.equal(sent.length, total)
      assert.equal(new Set(sent).size, total, 'no notification was sent twice')
    })

    test('a worker skips rows another worker has locked instead of waiting for them', { timeout: 20_000 }, async () => {
      const locked = [await enqueue(), await enqueue()]
      const free = await enqueue({ now: new Date(T0.getTime() + 1) })
      clock.advance(1)
      const smtp = recordingMailer()
      await h.db.transaction().execute(async trx => {
        await trx.selectFrom('notification').select('id').where('id', 'in', locked).forUpdate().execute()
        // Another connection from the pool: it must not block on the two locked rows.
        const result = await processNotificationBatch(deps(), smtp.mailer)
        assert.equal(result.claimed, 1)
      })
      assert.deepEqual(
        smtp.sent.map(m => m.notificationId),
        [free],
      )
      assert.equal((await processNotificationBatch(deps(), smtp.mailer)).claimed, 2)
    })
  })
}
