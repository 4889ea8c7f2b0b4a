import { mkdirSync, writeFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { wrapPglite, openPostgres } from '../../src/data/db.js'
import { pgliteDumpPath, postgresTemplateDb, prepareTemplate, TEMPLATE_NAMES } from './templates.js'
import { TEMPLATE_SUFFIX, TEST_CACHE_DIR, TEST_DATABASE_URL } from './test-env.js'

// Run once before the test files: PGlite's initdb takes seconds, so each template is made
// here and every test loads a copy of it.
async function buildPgliteTemplates(): Promise<void> {
  mkdirSync(TEST_CACHE_DIR, { recursive: true })
  const client = await PGlite.create('memory://')
  const handle = wrapPglite(client)
  try {
    for (const name of TEMPLATE_NAMES) {
      await prepareTemplate(handle.db, name)
      const dump = await client.dumpDataDir('gzip')
      writeFileSync(pgliteDumpPath(name), Buffer.from(await dump.arrayBuffer()))
    }
  } finally {
    await handle.close()
  }
}

async function buildPostgresTemplates(adminUrl: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl })
  await admin.connect()
  try {
    // Databases left behind by an interrupted run, recognised by a run id whose process has
    // gone. Another run still going on this machine keeps its own.
    const stale = await admin.query(`select datname from pg_database where datname like 'threshold\\_%'`)
    for (const row of stale.rows as { datname: string }[]) {
      if (isStale(row.datname)) await admin.query(`drop database if exists ${row.datname} with (force)`)
    }
    for (const name of TEMPLATE_NAMES) {
      const dbName = postgresTemplateDb(name)
      await admin.query(`drop database if exists ${dbName} with (force)`)
      await admin.query(`create database ${dbName}`)
      const url = new URL(adminUrl)
      url.pathname = `/${dbName}`
      const handle = openPostgres(url.toString(), { max: 1 })
      try {
        await prepareTemplate(handle.db, name)
      } finally {
        await handle.close()
      }
    }
  } finally {
    await admin.end()
  }
}

function isStale(name: string): boolean {
  const run = /_r(\d+)(?:_|$)/.exec(name)
  if (!run) return /^threshold_(t|tpl)_/.test(name) && !name.includes(`_${TEMPLATE_SUFFIX}`)
  if (`r${run[1]}` === TEMPLATE_SUFFIX) return true
  try {
    process.kill(Number(run[1]), 0)
    return false
  } catch {
    return true
  }
}

const started = Date.now()
await buildPgliteTemplates()
if (TEST_DATABASE_URL) await buildPostgresTemplates(TEST_DATABASE_URL)
console.log(
  `# test templates ready in ${((Date.now() - started) / 1000).toFixed(1)}s (embedded${TEST_DATABASE_URL ? ' + PostgreSQL' : ''})`,
)
