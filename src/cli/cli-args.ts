import { parseArgs, type ParseArgsConfig } from 'node:util'
import { EXIT_OK, EXIT_USAGE, type CliCommand, type CliIo } from './cli-context.js'

type OptionsConfig = NonNullable<ParseArgsConfig['options']>
type Parsed<O extends OptionsConfig> = ReturnType<
  typeof parseArgs<{
    args: string[]
    options: O & { help: { type: 'boolean'; short: 'h' } }
    strict: true
    allowPositionals: false
  }>
>['values']

/**
 * Parses one command's options. `--help` prints the command's usage; a mistyped option is a
 * usage error (exit 2), kept apart from invalid values, which commands report as problems.
 */
export function parseCommandOptions<O extends OptionsConfig>(
  command: CliCommand,
  args: string[],
  options: O,
  io: CliIo,
): { ok: true; values: Parsed<O> } | { ok: false; exitCode: number } {
  let values: Parsed<O>
  try {
    values = parseArgs({
      args,
      options: { ...options, help: { type: 'boolean', short: 'h' } } as O & { help: { type: 'boolean'; short: 'h' } },
      strict: true,
      allowPositionals: false,
    }).values
  } catch (error) {
    if (!isParseArgsError(error)) throw error
    io.stderr(error.message)
    io.stderr('')
    io.stderr(command.usage)
    return { ok: false, exitCode: EXIT_USAGE }
  }
  if ((values as { help?: boolean }).help) {
    io.stdout(command.usage)
    return { ok: false, exitCode: EXIT_OK }
  }
  return { ok: true, values }
}

function isParseArgsError(error: unknown): error is Error {
  return error instanceof Error && String((error as NodeJS.ErrnoException).code ?? '').startsWith('ERR_PARSE_ARGS')
}
