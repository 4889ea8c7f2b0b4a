import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import type { DatabaseHandle } from '../db.js'
import { findUserByEmail } from './identity-repository.js'
import { deleteExpiredSessions, findSession, insertSession } from './session-repository.js'

for (const backend of testBackends()) {
  describe(`sessions (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
    })
    after(() => h.close())

    test('expired sessions are swept and live ones kept', async () => {
      const user = await findUserByEmail(h.db, 'HANNAH.WARD@hv.northbridge.example')
      assert.ok(user, 'email lookup ignores case')
      const now = new Date('2026-11-26T10:00:00Z')
      await insertSession(h.db, { idHash: 'old', userId: user.id, now, expiresAt: new Date(now.getTime() - 1) })
      await insertSession(h.db, { idHash: 'live', userId: user.id, now, expiresAt: new Date(now.getTime() + 60_000) })
      assert.equal(await deleteExpiredSessions(h.db, now), 1)
      assert.equal(await findSession(h.db, 'old'), undefined)
      assert.equal((await findSession(h.db, 'live'))?.userId, user.id)
    })
  })
}
