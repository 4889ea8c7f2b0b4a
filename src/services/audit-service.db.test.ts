import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { listAuditEvents } from '../data/repositories/audit-repository.js'
import type { DatabaseHandle } from '../data/db.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import { audit, recordView, verifyAuditTrail } from './audit-service.js'
import { fixedClock } from './clock.js'

const clock = fixedClock(new Date('2026-11-26T10:00:00Z'))
const ctx = { actor: null, correlationId: 'test' }

for (const backend of testBackends()) {
  describe(`audit trail (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
    })
    after(() => h.close())

    test('the seeded chain verifies', async () => {
      const verdict = await verifyAuditTrail(h.db)
      assert.equal(verdict.ok, true)
      assert.ok(verdict.checked >= 1)
    })

    test('an audit row is part of its transaction: a rollback removes it', async () => {
      const before = (await verifyAuditTrail(h.db)).checked
      await assert.rejects(
        h.db.transaction().execute(async trx => {
          await audit(trx, clock, ctx, { action: 'test.rolled-back' })
          throw new Error('change failed')
        }),
        /change failed/,
      )
      assert.equal((await verifyAuditTrail(h.db)).checked, before)
      const rows = await listAuditEvents(h.db, { limit: 5 })
      assert.ok(!rows.some(r => r.action === 'test.rolled-back'))
    })

    test('recordView writes who viewed which record, by id only', async () => {
      await recordView(
        h.db,
        clock,
        { actor: null, correlationId: 'req-1' },
        { type: 'child', id: 'child-123', page: 'chronology' },
      )
      const [latest] = await listAuditEvents(h.db, { subjectType: 'child', subjectId: 'child-123', limit: 1 })
      assert.equal(latest?.action, 'record.viewed')
      assert.equal(latest?.correlationId, 'req-1')
      assert.deepEqual(latest?.details, { page: 'chronology' })
    })

    test('the database refuses to change or delete audit rows', async () => {
      await assert.rejects(sql`update audit_event set action = 'x'`.execute(h.db), /append-only/)
      await assert.rejects(sql`delete from audit_event`.execute(h.db), /append-only/)
      await assert.rejects(sql`truncate audit_event`.execute(h.db), /append-only/)
    })

    test('concurrent appends keep one unbroken chain', async () => {
      await Promise.all(
        Array.from({ length: 25 }, (_, i) => audit(h.db, clock, ctx, { action: 'test.concurrent', details: { i } })),
      )
      const verdict = await verifyAuditTrail(h.db, 7)
      assert.equal(verdict.ok, true)
    })

    test('tampering is detected and the first broken row is named', async () => {
      const tampered = await openTestDatabase(backend, 'demo')
      try {
        await audit(tampered.db, clock, ctx, { action: 'test.one' })
        await audit(tampered.db, clock, ctx, { action: 'test.two' })
        const [, second] = await listAuditEvents(tampered.db, { limit: 2 })
        await sql`alter table audit_event disable trigger audit_event_no_change`.execute(tampered.db)
        await sql`update audit_event set details = '{"edited": true}'::jsonb where seq = ${second!.seq}`.execute(
          tampered.db,
        )
        const verdict = await verifyAuditTrail(tampered.db)
        assert.equal(verdict.ok, false)
        assert.equal(!verdict.ok && verdict.brokenSeq, second!.seq)
      } finally {
        await tampered.close()
      }
    })
  })
}
