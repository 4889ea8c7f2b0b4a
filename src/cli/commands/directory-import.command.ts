import { readFile, stat } from 'node:fs/promises'
import { importOpenReferralUk } from '../../services/early-help-service.js'
import { parseCommandOptions } from '../cli-args.js'
import {
  cliRequestContext,
  EXIT_FAILED,
  EXIT_OK,
  EXIT_USAGE,
  printProblems,
  withRuntime,
  type CliCommand,
} from '../cli-context.js'

/** A feed bigger than this is not a partnership's service directory. */
const MAX_BYTES = 50 * 1024 * 1024

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`

/** The file's text, or the problem to report. */
async function readFeed(path: string): Promise<{ ok: true; text: string } | { ok: false; message: string }> {
  try {
    const info = await stat(path)
    if (!info.isFile()) return { ok: false, message: `${path} is not a file` }
    if (info.size > MAX_BYTES) return { ok: false, message: `${path} is larger than 50 MB, too large to import` }
    return { ok: true, text: await readFile(path, 'utf8') }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (code === 'ENOENT') return { ok: false, message: `There is no file at ${path}` }
    if (code === 'EACCES') return { ok: false, message: `${path} cannot be read: permission denied` }
    throw error
  }
}

export const directoryImportCommand: CliCommand = {
  name: 'directory import',
  summary: 'Add or update early help directory services from an Open Referral UK JSON feed file',
  usage: [
    'Usage: threshold directory import FILE.json',
    '',
    'Reads an Open Referral UK feed (a JSON list of services, or a page with a "content" list) and',
    'adds its services to the early help directory, or updates the ones imported before (matched on',
    "the feed's service id). Services the feed marks inactive or defunct are taken out of the list.",
    'Records that cannot be used are skipped and listed with the reason; the rest are still imported.',
  ].join('\n'),
  run: async (args, ctx) => {
    const files = args.filter(a => !a.startsWith('-'))
    const parsed = parseCommandOptions(
      directoryImportCommand,
      args.filter(a => a.startsWith('-')),
      {},
      ctx.io,
    )
    if (!parsed.ok) return parsed.exitCode
    if (files.length > 1) {
      ctx.io.stderr(`Give one file to import, not ${files.length}`)
      ctx.io.stderr('')
      ctx.io.stderr(directoryImportCommand.usage)
      return EXIT_USAGE
    }
    const path = files[0]
    if (path === undefined) {
      printProblems(ctx.io, [{ flag: 'FILE', message: 'Give the Open Referral UK JSON file to import' }])
      return EXIT_FAILED
    }
    const feed = await readFeed(path)
    if (!feed.ok) {
      printProblems(ctx.io, [{ flag: 'FILE', message: feed.message }])
      return EXIT_FAILED
    }

    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const { correlationId } = cliRequestContext('directory import')
      const result = await importOpenReferralUk(runtime.deps, feed.text, null, { correlationId })
      if (!result.ok) {
        printProblems(ctx.io, [{ flag: 'FILE', message: `${result.error.message}. Nothing was imported.` }])
        return EXIT_FAILED
      }
      const counts = result.value
      ctx.io.stdout(
        `Imported ${path} into the early help directory: ${counts.created} added, ${counts.updated} updated, ` +
          `${counts.unchanged} unchanged, ${counts.withdrawn} withdrawn.`,
      )
      if (counts.skipped.length > 0) {
        ctx.io.stdout(`Skipped ${plural(counts.skipped.length, 'record')}:`)
        for (const skip of counts.skipped) ctx.io.stdout(`  ${skip.ref}: ${skip.reason}`)
      }
      return EXIT_OK
    })
  },
}
