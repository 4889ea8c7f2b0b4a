import { rmSync } from 'node:fs'
import pg from 'pg'
import { pgliteDumpPath, postgresTemplateDb, TEMPLATE_NAMES } from './templates.js'
import { TEST_DATABASE_URL } from './test-env.js'

// After the run: this run's templates and any clone a crashed test left behind.
for (const name of TEMPLATE_NAMES) rmSync(pgliteDumpPath(name), { force: true })
if (TEST_DATABASE_URL) {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL })
  await admin.connect()
  try {
    for (const name of TEMPLATE_NAMES)
      await admin.query(`drop database if exists ${postgresTemplateDb(name)} with (force)`)
  } finally {
    await admin.end()
  }
}
