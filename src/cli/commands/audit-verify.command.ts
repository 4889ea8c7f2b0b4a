import { verifyAuditTrail } from '../../services/audit-service.js'
import { parseCommandOptions } from '../cli-args.js'
import { EXIT_FAILED, EXIT_OK, withRuntime, type CliCommand } from '../cli-context.js'

const REASONS = {
  'hash-mismatch': 'hash mismatch: the event was changed after it was written',
  'prev-hash-mismatch': 'previous-hash mismatch: an event before it was removed, reordered or changed',
} as const

export const auditVerifyCommand: CliCommand = {
  name: 'audit verify',
  summary: 'Check that no audit event has been changed, removed or reordered',
  usage: [
    'Usage: threshold audit verify',
    '',
    "Recomputes the audit trail's hash chain. Exits 0 when it is intact and 1 when it is broken,",
    'naming the first event that does not match.',
  ].join('\n'),
  run: async (args, ctx) => {
    const parsed = parseCommandOptions(auditVerifyCommand, args, {}, ctx.io)
    if (!parsed.ok) return parsed.exitCode
    return withRuntime(ctx, { requireMigrated: true }, async runtime => {
      const verdict = await verifyAuditTrail(runtime.handle.db)
      if (verdict.ok) {
        ctx.io.stdout(`Audit chain intact: ${verdict.checked} events checked`)
        return EXIT_OK
      }
      ctx.io.stderr(`Audit chain broken at event ${verdict.brokenSeq} (${REASONS[verdict.reason]})`)
      const n = verdict.checked
      ctx.io.stderr(`The ${n} event${n === 1 ? '' : 's'} before it ${n === 1 ? 'is' : 'are'} intact.`)
      return EXIT_FAILED
    })
  },
}
