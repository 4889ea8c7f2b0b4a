import { migrateToLatest } from '../../data/migrate.js'
import { parseCommandOptions } from '../cli-args.js'
import { EXIT_FAILED, EXIT_OK, withRuntime, type CliCommand } from '../cli-context.js'

export const migrateCommand: CliCommand = {
  name: 'migrate',
  summary: 'Bring the database up to the latest schema',
  usage: 'Usage: threshold migrate\n\nRuns every migration the database has not had yet, and lists them.',
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(migrateCommand, args, {}, ctx.io)
    if (!parsed.ok) return parsed.exitCode
    return withRuntime(ctx, { requireMigrated: false }, async runtime => {
      let results
      try {
        results = await migrateToLatest(runtime.handle.db)
      } catch (error) {
        // Each migration runs in its own transaction, so a failure leaves the earlier ones in place.
        ctx.io.stderr(`Migration failed: ${error instanceof Error ? error.message : String(error)}`)
        ctx.io.stderr('No further migrations were run.')
        return EXIT_FAILED
      }
      if (results.length === 0) {
        ctx.io.stdout('The database is already up to date. No migrations were run.')
        return EXIT_OK
      }
      for (const r of results) {
        const outcome = r.status === 'Success' ? 'Ran' : r.status === 'Error' ? 'Failed' : 'Did not run'
        ctx.io.stdout(`${outcome} migration ${r.migrationName}`)
      }
      const ran = results.filter(r => r.status === 'Success').length
      ctx.io.stdout(`The database is up to date: ran ${ran} migration${ran === 1 ? '' : 's'}.`)
      return EXIT_OK
    })
  },
}
