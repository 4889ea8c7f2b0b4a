import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../src/app.js'
import { parseConfig, type Config } from '../../src/config.js'
import type { DatabaseHandle } from '../../src/data/db.js'
import { fixedClock } from '../../src/services/clock.js'
import type { ServiceDeps } from '../../src/services/index.js'
import { createPasswordHasher } from '../../src/services/passwords.js'
import { openTestDatabase, type Backend } from './test-db.js'
import type { TemplateName } from './templates.js'

export type TestApp = {
  app: FastifyInstance
  deps: ServiceDeps
  config: Config
  clock: ReturnType<typeof fixedClock>
  handle: DatabaseHandle
  close: () => Promise<void>
}

/** A Thursday morning in term time, so working-day clocks behave as on a normal day. */
export const TEST_NOW = new Date('2026-11-26T10:00:00Z')

export function testConfig(env: Record<string, string> = {}): Config {
  return parseConfig({ NODE_ENV: 'test', THRESHOLD_DEMO: 'true', LOG_LEVEL: 'silent', ...env })
}

export async function startTestApp(
  backend: Backend,
  options: { template?: TemplateName; env?: Record<string, string> } = {},
): Promise<TestApp> {
  const handle = await openTestDatabase(backend, options.template ?? 'demo')
  const config = testConfig(options.env)
  const clock = fixedClock(TEST_NOW)
  const deps: ServiceDeps = {
    db: handle.db,
    clock,
    passwords: createPasswordHasher('fast'),
    sessionTtlHours: config.sessionTtlHours,
    contactPoints: { publicUrl: config.publicUrl, frontDoorPhone: config.frontDoorPhone },
  }
  const app = await buildApp({ config, deps, logger: false })
  await app.ready()
  return {
    app,
    deps,
    config,
    clock,
    handle,
    close: async () => {
      await app.close()
      await handle.close()
    },
  }
}
