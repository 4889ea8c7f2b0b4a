import {
  claimDueNotifications,
  markNotificationAttemptFailed,
  markNotificationDelivered,
} from '../data/repositories/notification-repository.js'
import type { ServiceDeps } from '../services/index.js'
import type { JobLogger, Mailer } from './notification-mailer.js'
import { startPollingLoop } from './polling-loop.js'

// The notification outbox worker (DESIGN.md §3): claim due rows with FOR UPDATE SKIP LOCKED in
// a short transaction, send outside it, then record the outcome. Any number of instances can
// run; each claimed row belongs to one of them until it is done or its claim goes stale.

export const MAX_ATTEMPTS = 5
/** A row 'sending' for longer than this belongs to a worker that stopped; it is claimed again. */
export const STUCK_AFTER_MS = 10 * 60_000
/** Waits after the 1st, 2nd, 3rd and 4th failed attempt. */
const RETRY_DELAYS_MS = [1, 5, 30, 120].map(minutes => minutes * 60_000)

export function retryDelayMs(attemptsMade: number): number {
  return RETRY_DELAYS_MS[Math.min(Math.max(attemptsMade, 1), RETRY_DELAYS_MS.length) - 1]!
}

export type NotificationBatchOptions = {
  batchSize?: number
  maxAttempts?: number
  logger?: JobLogger
}

export type NotificationBatchResult = { claimed: number; delivered: number; retrying: number; failed: number }

const silentLogger: JobLogger = { info: () => {}, warn: () => {}, error: () => {} }

/**
 * Error details safe to log and store: a code and a short message. SMTP and driver errors are
 * about addresses and connections, not message content; the logs get only the code.
 */
function describeError(error: unknown): { code: string | null; text: string } {
  const e = error as { code?: unknown; responseCode?: unknown; message?: unknown }
  const code =
    typeof e?.code === 'string' ? e.code : typeof e?.responseCode === 'number' ? String(e.responseCode) : null
  const message = typeof e?.message === 'string' ? e.message : 'Unknown error'
  const text = `${code ? `${code}: ` : ''}${message}`.replace(/\s+/g, ' ').trim()
  return { code, text: text.length > 200 ? `${text.slice(0, 199)}…` : text }
}

export async function processNotificationBatch(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  mailer: Mailer,
  options: NotificationBatchOptions = {},
): Promise<NotificationBatchResult> {
  const { batchSize = 20, maxAttempts = MAX_ATTEMPTS, logger = silentLogger } = options
  const now = deps.clock.now()
  const claimed = await claimDueNotifications(deps.db, {
    now,
    stuckBefore: new Date(now.getTime() - STUCK_AFTER_MS),
    limit: batchSize,
  })
  const result: NotificationBatchResult = { claimed: claimed.length, delivered: 0, retrying: 0, failed: 0 }

  for (const n of claimed) {
    const claim = { id: n.id, claimedAt: n.claimedAt ?? now }
    const about = { notificationId: n.id, kind: n.kind, attempts: n.attempts }
    if (n.attempts > maxAttempts) {
      // Only a row reclaimed from a stopped worker gets here: its last attempt was used up.
      await markNotificationAttemptFailed(deps.db, claim, {
        error: 'A worker stopped while sending this on its last attempt',
        retryAt: null,
      })
      result.failed++
      logger.error(about, 'Notification failed: no attempts left')
      continue
    }
    try {
      await mailer.send({
        to: n.toAddress,
        subject: n.subject,
        text: n.bodyText,
        notificationId: n.id,
        kind: n.kind,
        recipientUserId: n.recipientUserId,
      })
    } catch (error) {
      const { code, text } = describeError(error)
      const retryAt = n.attempts >= maxAttempts ? null : new Date(deps.clock.now().getTime() + retryDelayMs(n.attempts))
      await markNotificationAttemptFailed(deps.db, claim, { error: text, retryAt })
      if (retryAt) {
        result.retrying++
        logger.warn({ ...about, code, retryAt: retryAt.toISOString() }, 'Notification not sent; will retry')
      } else {
        result.failed++
        logger.error({ ...about, code }, 'Notification failed: no attempts left')
      }
      continue
    }
    const recorded = await markNotificationDelivered(deps.db, claim, { status: mailer.outcome, now: deps.clock.now() })
    if (recorded) result.delivered++
    else logger.warn(about, 'Notification sent, but another worker had reclaimed it in the meantime')
  }
  return result
}

export type NotificationWorkerOptions = NotificationBatchOptions & {
  mailer: Mailer
  intervalMs?: number
  logger: JobLogger
}

/**
 * Runs batches until stopped: straight away while full batches keep coming, otherwise every
 * `intervalMs`. The returned function stops the worker and resolves once any batch in flight
 * has finished, so the database can then be closed without leaving rows 'sending'.
 */
export function startNotificationWorker(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  options: NotificationWorkerOptions,
): () => Promise<void> {
  const { mailer, intervalMs = 5_000, batchSize = 20, logger } = options
  const stop = startPollingLoop({
    intervalMs,
    runBatch: async () =>
      (await processNotificationBatch(deps, mailer, { ...options, batchSize, logger })).claimed >= batchSize,
    onError: error =>
      logger.error({ code: describeError(error).code }, 'Notification batch failed; trying again shortly'),
  })
  return async () => {
    await stop()
    mailer.close?.()
  }
}
