import { Migrator } from 'kysely'
import type { Runtime } from '../bootstrap.js'
import type { Config } from '../config.js'
import { migrations } from '../data/migrations/index.js'
import type { RequestContext } from '../services/audit-service.js'

/** Everything a command touches outside itself, so commands can be run in-process by tests. */
export type CliIo = {
  stdout: (line: string) => void
  stderr: (line: string) => void
  /** The password for a new account; null when none could be read (the reader has said why). */
  readPassword: () => Promise<string | null>
}

/** Opens the database without migrating it: only `threshold migrate` changes the schema. */
export type OpenRuntime = (config: Config) => Promise<Runtime>

export type CliContext = {
  io: CliIo
  /** Parsed on first use, so `help` and argument mistakes never depend on the environment. */
  config: () => Config
  openRuntime: OpenRuntime
}

export type CliCommand = {
  /** The words that select it, such as `user create`. */
  name: string
  summary: string
  usage: string
  run: (args: string[], ctx: CliContext) => Promise<number>
}

export const EXIT_OK = 0
export const EXIT_FAILED = 1
export const EXIT_USAGE = 2

export function cliRequestContext(command: string): RequestContext {
  return { actor: null, correlationId: `cli:${command}` }
}

export type Problem = { flag: string; message: string }

/** The GOV.UK error summary, in text: one line per field that needs fixing. */
export function printProblems(io: CliIo, problems: readonly Problem[]): void {
  io.stderr('There is a problem')
  const seen = new Set<string>()
  for (const p of problems) {
    const line = `  ${p.flag}: ${p.message}`
    if (seen.has(line)) continue
    seen.add(line)
    io.stderr(line)
  }
}

export async function pendingMigrationNames(runtime: Runtime): Promise<string[]> {
  const migrator = new Migrator({ db: runtime.handle.db, provider: { getMigrations: async () => migrations } })
  return (await migrator.getMigrations()).filter(m => m.executedAt === undefined).map(m => m.name)
}

/**
 * Opens the database for one command and always closes it, which also releases the embedded
 * data folder's lock. Commands other than `migrate` refuse an out-of-date schema rather than
 * migrating it quietly: changing a production schema should be a deliberate step.
 */
export async function withRuntime(
  ctx: CliContext,
  options: { requireMigrated: boolean },
  run: (runtime: Runtime) => Promise<number>,
): Promise<number> {
  const runtime = await ctx.openRuntime(ctx.config())
  try {
    if (options.requireMigrated) {
      const pending = await pendingMigrationNames(runtime)
      if (pending.length > 0) {
        ctx.io.stderr(
          `The database is not up to date (${pending.length} migration${pending.length === 1 ? '' : 's'} to run). ` +
            'Run `threshold migrate` first.',
        )
        return EXIT_FAILED
      }
    }
    return await run(runtime)
  } finally {
    await runtime.handle.close()
  }
}
