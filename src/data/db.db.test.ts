import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import pg from 'pg'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import { TEST_DATABASE_URL } from '../../test/support/test-env.js'
import type { DatabaseHandle } from './db.js'

describe('PostgreSQL connection pool', () => {
  const adminUrl = TEST_DATABASE_URL
  if (!adminUrl || !testBackends().includes('postgres')) {
    test('runs only with TEST_DATABASE_URL: the embedded database has no server to lose', () => {
      assert.equal(testBackends().includes('postgres'), false)
    })
    return
  }
  let h: DatabaseHandle
  before(async () => {
    h = await openTestDatabase('postgres', 'empty')
  })
  after(() => h.close())

  test('an idle connection killed by the server does not crash the process, and the next query works', async () => {
    const { rows } = await sql<{ pid: number }>`select pg_backend_pid() as pid`.execute(h.db)
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    try {
      await admin.query('select pg_terminate_backend($1)', [rows[0]!.pid])
    } finally {
      await admin.end()
    }
    await new Promise(resolve => setTimeout(resolve, 200))
    const again = await sql<{ one: number }>`select 1 as one`.execute(h.db)
    assert.equal(again.rows[0]!.one, 1)
  })
})
