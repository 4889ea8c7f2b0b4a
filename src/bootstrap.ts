import type { Config } from './config.js'
import { openDatabase, type DatabaseHandle } from './data/db.js'
import { migrateToLatest } from './data/migrate.js'
import { systemClock, type Clock } from './services/clock.js'
import type { ServiceDeps } from './services/index.js'
import { createPasswordHasher, type PasswordHasher } from './services/passwords.js'

// Shared by the server and the command line: open the database, migrate, build the deps.
export type Runtime = { handle: DatabaseHandle; deps: ServiceDeps }

export async function openRuntime(
  config: Config,
  options: { clock?: Clock; passwords?: PasswordHasher; migrate?: boolean } = {},
): Promise<Runtime> {
  const handle = await openDatabase(config)
  try {
    if (options.migrate ?? true) await migrateToLatest(handle.db)
  } catch (error) {
    await handle.close()
    throw error
  }
  return {
    handle,
    deps: {
      db: handle.db,
      clock: options.clock ?? systemClock,
      passwords: options.passwords ?? createPasswordHasher(),
      sessionTtlHours: config.sessionTtlHours,
      contactPoints: { publicUrl: config.publicUrl, frontDoorPhone: config.frontDoorPhone },
    },
  }
}
