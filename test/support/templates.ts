import { join } from 'node:path'
import type { Kysely } from 'kysely'
import type { Database } from '../../src/data/database.js'
import { migrateToLatest } from '../../src/data/migrate.js'
import { fixedClock } from '../../src/services/clock.js'
import { seedDemo } from '../../src/services/demo-seed.js'
import { createPasswordHasher } from '../../src/services/passwords.js'
import { TEMPLATE_SUFFIX, TEST_CACHE_DIR } from './test-env.js'

// Two starting points for every test database: migrated and empty, or migrated with the
// Northbridge demo seeded. They are built once per `npm test` run and cloned per test.
export type TemplateName = 'empty' | 'demo'
export const TEMPLATE_NAMES: readonly TemplateName[] = ['empty', 'demo']

export const pgliteDumpPath = (name: TemplateName) => join(TEST_CACHE_DIR, `pglite-${name}-${TEMPLATE_SUFFIX}.tar.gz`)
export const postgresTemplateDb = (name: TemplateName) => `threshold_tpl_${name}_${TEMPLATE_SUFFIX}`.toLowerCase()

/** The seed clock is fixed so every run starts from the same audit chain. */
export const SEED_TIME = new Date('2026-11-02T09:00:00Z')

export async function prepareTemplate(db: Kysely<Database>, name: TemplateName): Promise<void> {
  await migrateToLatest(db)
  if (name === 'demo') {
    await seedDemo(
      { db, clock: fixedClock(SEED_TIME), passwords: createPasswordHasher('fast') },
      { actor: null, correlationId: 'test-seed' },
    )
  }
}
