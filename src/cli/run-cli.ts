import { openRuntime } from '../bootstrap.js'
import { ConfigError, parseConfig, type Config } from '../config.js'
import { DataDirLockedError } from '../data/data-dir-lock.js'
import { agencyCreateCommand } from './commands/agency-create.command.js'
import { auditVerifyCommand } from './commands/audit-verify.command.js'
import { directoryImportCommand } from './commands/directory-import.command.js'
import { migrateCommand } from './commands/migrate.command.js'
import { seedDemoCommand } from './commands/seed-demo.command.js'
import { tokenCreateCommand } from './commands/token-create.command.js'
import { userCreateCommand } from './commands/user-create.command.js'
import {
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  type CliCommand,
  type CliContext,
  type CliIo,
  type OpenRuntime,
} from './cli-context.js'

export const COMMANDS: readonly CliCommand[] = [
  migrateCommand,
  seedDemoCommand,
  agencyCreateCommand,
  userCreateCommand,
  tokenCreateCommand,
  auditVerifyCommand,
  directoryImportCommand,
]

export function usageText(): string {
  const width = Math.max(...COMMANDS.map(c => c.name.length)) + 3
  return [
    'Usage: threshold <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map(c => `  ${c.name.padEnd(width)}${c.summary}`),
    `  ${'help'.padEnd(width)}Show this help; \`threshold <command> --help\` shows a command's options`,
    '',
    'Commands use the embedded database in THRESHOLD_DATA_DIR (default ./data), or PostgreSQL',
    'when DATABASE_URL is set. Stop the server first when using the embedded database.',
  ].join('\n')
}

// The command line signs nobody in, so it has no use for a session secret; without this, a
// PostgreSQL deployment's command line would refuse to run for a setting it never reads.
const UNUSED_SESSION_SECRET = 'threshold-command-line-does-not-use-sessions'

export type RunCliOptions = {
  /** Tests pass an already-open test database here instead of the configured one. */
  openRuntime?: OpenRuntime
}

/** Runs one command and returns the exit code: 0 done, 1 failed or invalid input, 2 usage error. */
export async function runCli(
  argv: readonly string[],
  io: CliIo,
  env: Record<string, string | undefined>,
  options: RunCliOptions = {},
): Promise<number> {
  const first = argv[0]
  if (first === undefined || first === 'help' || first === '--help' || first === '-h') {
    const topic = first === 'help' ? findCommand(argv.slice(1)) : undefined
    io.stdout(topic ? topic.command.usage : usageText())
    return EXIT_OK
  }
  const found = findCommand(argv)
  if (!found) {
    const words = argv.slice(0, 2).filter(a => !a.startsWith('-'))
    io.stderr(`Unknown command: threshold ${words.join(' ')}`)
    io.stderr('')
    io.stderr(usageText())
    return EXIT_USAGE
  }

  let config: Config | undefined
  const ctx: CliContext = {
    io,
    config: () =>
      (config ??= parseConfig(env.SESSION_SECRET ? env : { ...env, SESSION_SECRET: UNUSED_SESSION_SECRET })),
    openRuntime: options.openRuntime ?? (c => openRuntime(c, { migrate: false })),
  }
  try {
    return await found.command.run(found.rest, ctx)
  } catch (error) {
    reportError(io, found.command, error)
    return EXIT_FAILED
  }
}

function findCommand(argv: readonly string[]): { command: CliCommand; rest: string[] } | undefined {
  for (const command of COMMANDS) {
    const words = command.name.split(' ')
    if (words.every((w, i) => argv[i] === w)) return { command, rest: argv.slice(words.length) }
  }
  return undefined
}

// Problems a person can fix get a plain message; only real faults get a stack trace.
const CONNECTION_CODES = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'ECONNRESET',
  '28P01',
  '3D000',
])

function reportError(io: CliIo, command: CliCommand, error: unknown): void {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    io.stderr(error.message)
    return
  }
  const code = String((error as { code?: unknown } | null)?.code ?? '')
  const message = error instanceof Error ? error.message || code : String(error)
  if (CONNECTION_CODES.has(code)) {
    io.stderr(`Could not connect to the PostgreSQL database in DATABASE_URL: ${message}`)
    return
  }
  io.stderr(`threshold ${command.name} failed unexpectedly: ${message}`)
  if (error instanceof Error && error.stack) io.stderr(error.stack)
}
