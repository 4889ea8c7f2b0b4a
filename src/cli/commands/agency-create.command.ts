import { AGENCY_KINDS } from '../../domain/access/roles.js'
import { createAgency } from '../../services/user-service.js'
import { parseCommandOptions } from '../cli-args.js'
import { cliRequestContext, EXIT_FAILED, EXIT_OK, printProblems, withRuntime, type CliCommand } from '../cli-context.js'

const FLAGS: Record<string, string> = { name: '--name', kind: '--kind' }

export const agencyCreateCommand: CliCommand = {
  name: 'agency create',
  summary: 'Create an agency, so its people can be given accounts',
  usage: [
    'Usage: threshold agency create --name "AGENCY NAME" --kind KIND',
    '',
    '  --name NAME   The agency’s name as people know it (quote it)',
    '  --kind KIND   What sort of agency it is',
    '',
    `Kinds: ${AGENCY_KINDS.join(', ')}`,
  ].join('\n'),
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(
      agencyCreateCommand,
      args,
      { name: { type: 'string' }, kind: { type: 'string' } },
      ctx.io,
    )
    if (!parsed.ok) return parsed.exitCode
    const input = { name: parsed.values.name ?? '', kind: parsed.values.kind ?? '' }
    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const result = await createAgency(runtime.deps, cliRequestContext('agency create'), input)
      if (result.ok) {
        ctx.io.stdout(`Created ${input.name.trim()} (${input.kind}).`)
        return EXIT_OK
      }
      const error = result.error
      printProblems(
        ctx.io,
        error.kind === 'invalid'
          ? error.problems.map(p => ({ flag: FLAGS[p.field] ?? p.field, message: p.message }))
          : [{ flag: '--name', message: `There is already an agency called ${error.name}` }],
      )
      return EXIT_FAILED
    })
  },
}
