import { DEMO_AGENCIES, DEMO_PASSWORD, DEMO_USERS, seedDemo } from '../../services/demo-seed.js'
import { parseCommandOptions } from '../cli-args.js'
import { cliRequestContext, EXIT_FAILED, EXIT_OK, withRuntime, type CliCommand } from '../cli-context.js'

export const seedDemoCommand: CliCommand = {
  name: 'seed-demo',
  summary: 'Add the fictional Northbridge partnership to a database with no users (demo mode only)',
  usage: [
    'Usage: threshold seed-demo',
    '',
    'Adds the fictional Northbridge partnership, its agencies and demo accounts, when the',
    'database has no users yet. Only in demo mode: every demo account shares a published password.',
  ].join('\n'),
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(seedDemoCommand, args, {}, ctx.io)
    if (!parsed.ok) return parsed.exitCode
    // The demo accounts include an administrator whose password is printed on the sign-in
    // page, so they must never reach a live partnership's database.
    if (!ctx.config().demoMode) {
      ctx.io.stderr(
        'The demo partnership can only be seeded in demo mode, because its accounts share a public password.',
      )
      ctx.io.stderr('To seed a PostgreSQL database for a demonstration, set THRESHOLD_DEMO=true.')
      return EXIT_FAILED
    }
    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const seeded = await seedDemo(runtime.deps, cliRequestContext('seed-demo'))
      if (!seeded) {
        ctx.io.stdout('The database already has users, so the demo partnership was not seeded. Nothing was changed.')
        return EXIT_OK
      }
      ctx.io.stdout(
        `Seeded the Northbridge demo partnership: ${DEMO_AGENCIES.length} agencies and ${DEMO_USERS.length} users.`,
      )
      ctx.io.stdout(`Every demo account's password is ${DEMO_PASSWORD}`)
      return EXIT_OK
    })
  },
}
