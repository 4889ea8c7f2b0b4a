import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { PGlite } from '@electric-sql/pglite'
import { createPgConfig } from '@electric-sql/pglite/node-postgres'
import { Kysely, PostgresDialect } from 'kysely'
import pg from 'pg'
import Cursor from 'pg-cursor'
import type { Database } from './database.js'
import { lockDataDir } from './data-dir-lock.js'

export type DatabaseHandle = {
  db: Kysely<Database>
  kind: 'embedded' | 'postgres'
  close: () => Promise<void>
}

// pg returns bigint and numeric as strings; counts are cast to int in SQL instead (stack-notes 17).
// A `date` is a calendar day, not an instant: keep PostgreSQL's 'YYYY-MM-DD' text rather than
// letting pg turn it into a Date at local midnight.
const DATE_OID = 1082
pg.types.setTypeParser(DATE_OID, (value: string) => value)

/** A PostgreSQL server: the production path. */
export function openPostgres(connectionString: string, options: { max?: number } = {}): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: options.max ?? 10 })
  // An idle connection closed by the server (a restart, a failover, an administrator) emits
  // 'error' on the pool; unhandled, that would crash the process. The pool opens a fresh
  // connection on next use, and a query that fails still reports its own error.
  pool.on('error', () => {})
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) })
  return { db, kind: 'postgres', close: () => db.destroy() }
}

/** An existing PGlite instance behind the same pg driver and dialect as production. */
export function wrapPglite(client: PGlite, onClose: () => Promise<void> = async () => {}): DatabaseHandle {
  // One connection: PGlite runs one query at a time, and a pool of one keeps a transaction's
  // queries and everyone else's apart (stack-notes pitfall 5).
  const pool = new pg.Pool({ ...createPgConfig(client), max: 1, idleTimeoutMillis: 0 })
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool, cursor: Cursor }) })
  return {
    db,
    kind: 'embedded',
    close: async () => {
      await db.destroy()
      await client.close()
      await onClose()
    },
  }
}

/** The embedded PostgreSQL in a data folder, locked against a second process. */
export async function openEmbedded(dataDir: string): Promise<DatabaseHandle> {
  const dir = resolve(dataDir)
  mkdirSync(dir, { recursive: true })
  const release = lockDataDir(dir)
  try {
    const client = await PGlite.create(resolve(dir, 'pgdata'))
    return wrapPglite(client, async () => release())
  } catch (error) {
    release()
    throw error
  }
}

export async function openDatabase(options: { databaseUrl: string | undefined; dataDir: string }): Promise<DatabaseHandle> {
  return options.databaseUrl ? openPostgres(options.databaseUrl) : openEmbedded(options.dataDir)
}
