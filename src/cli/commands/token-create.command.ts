import { createApiToken } from '../../services/auth-service.js'
import { parseCommandOptions } from '../cli-args.js'
import { cliRequestContext, EXIT_FAILED, EXIT_OK, printProblems, withRuntime, type CliCommand } from '../cli-context.js'

const DEFAULT_LABEL = 'Created with the threshold command line'

export const tokenCreateCommand: CliCommand = {
  name: 'token create',
  summary: "Create an API token for a user (printed once, as the output's last line)",
  usage: [
    'Usage: threshold token create --user EMAIL [--label LABEL]',
    '',
    '  --user EMAIL    Email address of the active user the token acts as',
    `  --label LABEL   What the token is for, such as the system using it (default: "${DEFAULT_LABEL}")`,
    '',
    'The token is the last line printed, so scripts can take it with `tail -n 1`.',
  ].join('\n'),
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(
      tokenCreateCommand,
      args,
      { user: { type: 'string' }, label: { type: 'string' } },
      ctx.io,
    )
    if (!parsed.ok) return parsed.exitCode
    const email = parsed.values.user?.trim() ?? ''
    const label = parsed.values.label?.trim() || DEFAULT_LABEL
    if (email === '') {
      printProblems(ctx.io, [{ flag: '--user', message: 'Enter the email address of the user the token is for' }])
      return EXIT_FAILED
    }
    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const result = await createApiToken(runtime.deps, cliRequestContext('token create'), { email, label })
      if (!result.ok) {
        printProblems(ctx.io, [{ flag: '--user', message: `There is no active user with the email address ${email}` }])
        return EXIT_FAILED
      }
      ctx.io.stdout(`Created API token "${label}" for ${email}.`)
      ctx.io.stdout(
        'Copy it now: it is shown only this once and cannot be recovered. Send it as "Authorization: Bearer <token>".',
      )
      // Last, alone on its line, so `tail -n 1` gives exactly the token.
      ctx.io.stdout(result.value.token)
      return EXIT_OK
    })
  },
}
