import { randomBytes } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { PGlite } from '@electric-sql/pglite'
import pg from 'pg'
import { openPostgres, wrapPglite, type DatabaseHandle } from '../../src/data/db.js'
import { pgliteDumpPath, postgresTemplateDb, type TemplateName } from './templates.js'
import { TEMPLATE_SUFFIX, TEST_DATABASE_URL } from './test-env.js'

export type Backend = 'embedded' | 'postgres'

/** Database tests run on embedded PGlite, and also on PostgreSQL when TEST_DATABASE_URL is set. */
export function testBackends(): Backend[] {
  return TEST_DATABASE_URL ? ['embedded', 'postgres'] : ['embedded']
}

const dumps = new Map<TemplateName, Blob>()

function dumpFor(name: TemplateName): Blob {
  let blob = dumps.get(name)
  if (!blob) {
    try {
      blob = new Blob([readFileSync(pgliteDumpPath(name))])
    } catch {
      throw new Error('Test templates are missing: run the tests with `npm test` (it builds them first).')
    }
    dumps.set(name, blob)
  }
  return blob
}

async function createClone(adminUrl: string, template: string, name: string): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    const admin = new pg.Client({ connectionString: adminUrl })
    await admin.connect()
    try {
      await admin.query(`create database ${name} template ${template}`)
      return
    } catch (error) {
      // Two clones of one template at the same instant can collide; try again shortly.
      if (attempt >= 20 || !/being accessed by other users/.test(String(error))) throw error
    } finally {
      await admin.end()
    }
    await new Promise(r => setTimeout(r, 100 + Math.random() * 200))
  }
}

/** A fresh database for one test (or one file), cloned from a prepared template. */
export async function openTestDatabase(backend: Backend, template: TemplateName = 'demo'): Promise<DatabaseHandle> {
  if (backend === 'embedded') {
    const client = await PGlite.create({ loadDataDir: dumpFor(template) })
    return wrapPglite(client)
  }
  const adminUrl = TEST_DATABASE_URL
  if (!adminUrl) throw new Error('TEST_DATABASE_URL is not set')
  const name = `threshold_t_${TEMPLATE_SUFFIX}_${randomBytes(6).toString('hex')}`.toLowerCase()
  await createClone(adminUrl, postgresTemplateDb(template), name)
  const url = new URL(adminUrl)
  url.pathname = `/${name}`
  const handle = openPostgres(url.toString(), { max: 5 })
  return {
    ...handle,
    close: async () => {
      await handle.close()
      const admin = new pg.Client({ connectionString: adminUrl })
      await admin.connect()
      try {
        await admin.query(`drop database if exists ${name} with (force)`)
      } finally {
        await admin.end()
      }
    },
  }
}
