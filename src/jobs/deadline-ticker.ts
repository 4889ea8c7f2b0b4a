import { claimDueDeadlines, markDeadlineFired, type Deadline } from '../data/repositories/deadline-repository.js'
import type { DeadlineHandlers } from '../services/deadline-handlers.js'
import type { ServiceDeps } from '../services/index.js'
import type { JobLogger } from './notification-mailer.js'
import { startPollingLoop } from './polling-loop.js'

// The deadline ticker (DESIGN.md §3, §5): fires deadline rows that have fallen due. Each
// deadline is claimed with FOR UPDATE SKIP LOCKED, handled and marked fired in one transaction
// of its own, so it fires exactly once however many instances run, and a handler that fails
// rolls back only its own deadline, which stays pending and is tried again on the next tick.
// (A transaction per batch would hold more locks for longer and let one failing deadline roll
// back, and so hold up, every other deadline in its batch on every tick.)

export type DeadlineBatchOptions = {
  batchSize?: number
  logger?: JobLogger
}

/** fired: handled and marked fired; unknown: no handler for the kind, marked fired; failed: left pending. */
export type DeadlineBatchResult = { fired: number; unknown: number; failed: number }

const silentLogger: JobLogger = { info: () => {}, warn: () => {}, error: () => {} }

/** A driver's or SQL error code is safe to log; messages are not, as they can quote child data. */
function errorCode(error: unknown): string | null {
  const code = (error as { code?: unknown })?.code
  return typeof code === 'string' && /^[A-Za-z0-9_.-]{1,40}$/.test(code) ? code : null
}

export async function processDeadlineBatch(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  handlers: DeadlineHandlers,
  options: DeadlineBatchOptions = {},
): Promise<DeadlineBatchResult> {
  const { batchSize = 20, logger = silentLogger } = options
  const result: DeadlineBatchResult = { fired: 0, unknown: 0, failed: 0 }
  // Deadlines whose handler failed in this batch: still pending and due, so left out of the
  // next claims here rather than retried at once.
  const failedIds: string[] = []

  while (result.fired + result.unknown + result.failed < batchSize) {
    let claimed: Deadline | undefined
    try {
      const outcome = await deps.db.transaction().execute(async trx => {
        const now = deps.clock.now()
        ;[claimed] = await claimDueDeadlines(trx, { now, limit: 1, excludeIds: failedIds })
        if (!claimed) return 'none' as const
        const { id, kind, subjectType, subjectId, dueAt } = claimed
        const handler = Object.hasOwn(handlers, kind) ? handlers[kind] : undefined
        if (handler) await handler(trx, { id, kind, subjectType, subjectId, dueAt }, now)
        await markDeadlineFired(trx, id, now)
        return handler ? ('fired' as const) : ('unknown' as const)
      })
      if (outcome === 'none') break
      result[outcome]++
      if (outcome === 'unknown') {
        logger.warn({ deadlineId: claimed!.id, kind: claimed!.kind }, 'Deadline of an unknown kind marked fired')
      }
    } catch (error) {
      // Nothing claimed means the claim itself failed: the database, not one deadline.
      if (!claimed) throw error
      failedIds.push(claimed.id)
      result.failed++
      logger.error(
        { deadlineId: claimed.id, kind: claimed.kind, code: errorCode(error) },
        'Deadline handler failed; the deadline stays pending and is tried again on the next tick',
      )
    }
  }
  return result
}

export type DeadlineTickerOptions = DeadlineBatchOptions & {
  handlers: DeadlineHandlers
  intervalMs?: number
  logger: JobLogger
}

/**
 * Runs batches until stopped: straight away while full batches keep firing, otherwise every
 * `intervalMs`. The returned function stops the ticker and resolves once any batch in flight
 * has finished, so the database can then be closed.
 */
export function startDeadlineTicker(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  options: DeadlineTickerOptions,
): () => Promise<void> {
  const { handlers, intervalMs = 30_000, batchSize = 20, logger } = options
  return startPollingLoop({
    intervalMs,
    runBatch: async () => {
      const result = await processDeadlineBatch(deps, handlers, { batchSize, logger })
      // Only progress earns an immediate rerun: a batch of failures waits for the next tick.
      return result.fired + result.unknown >= batchSize
    },
    onError: error => logger.error({ code: errorCode(error) }, 'Deadline batch failed; trying again shortly'),
  })
}
