import { deleteExpiredSessions } from '../data/repositories/session-repository.js'
import type { ServiceDeps } from '../services/index.js'

// Expired sessions are already refused at sign-in time; this only keeps the table small.
// A plain delete is safe to run on every instance at once.
export function startSessionSweeper(deps: ServiceDeps, everyMs = 60 * 60_000): () => void {
  const sweep = () => {
    deleteExpiredSessions(deps.db, deps.clock.now()).catch(() => {
      // A failed sweep is retried on the next tick; sessions past expiry are refused anyway.
    })
  }
  const timer = setInterval(sweep, everyMs)
  timer.unref()
  sweep()
  return () => clearInterval(timer)
}
