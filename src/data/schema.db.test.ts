import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { Migrator, NO_MIGRATIONS, sql } from 'kysely'
import { AGENCY_KINDS, ROLES } from '../domain/access/roles.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from './db.js'
import { migrations } from './migrations/index.js'
import { migrateToLatest } from './migrate.js'

async function checkValues(h: DatabaseHandle, constraintLike: string): Promise<string[]> {
  const { rows } = await sql<{ def: string }>`
    select pg_get_constraintdef(c.oid) as def from pg_constraint c
    where c.contype = 'c' and c.conname like ${constraintLike}`.execute(h.db)
  assert.equal(rows.length, 1, `one check constraint like ${constraintLike}`)
  return [...rows[0]!.def.matchAll(/'([a-z_]+)'::text/g)].map(m => m[1]!).sort()
}

for (const backend of testBackends()) {
  describe(`schema (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'empty')
    })
    after(() => h.close())

    test('the check constraints match the TypeScript unions', async () => {
      assert.deepEqual(await checkValues(h, 'agency_kind_check'), [...AGENCY_KINDS].sort())
      assert.deepEqual(await checkValues(h, 'user_role_role_check'), [...ROLES].sort())
    })

    test('every migration can be undone and done again', async () => {
      const migrator = new Migrator({ db: h.db, provider: { getMigrations: async () => migrations } })
      const down = await migrator.migrateTo(NO_MIGRATIONS)
      assert.equal(down.error, undefined)
      const { rows } = await sql<{ n: number }>`
        select count(*)::int as n from information_schema.tables where table_name = 'audit_event'`.execute(h.db)
      assert.equal(rows[0]!.n, 0)
      const up = await migrateToLatest(h.db)
      assert.equal(up.length, Object.keys(migrations).length)
      assert.ok(up.every(r => r.status === 'Success'))
    })

    test('migrating an up-to-date database does nothing', async () => {
      assert.deepEqual(await migrateToLatest(h.db), [])
    })
  })
}
