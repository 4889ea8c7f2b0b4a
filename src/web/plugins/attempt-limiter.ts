import type { Clock } from '../../services/clock.js'

// Counts failed sign-ins per key (the client address) in a sliding window. Only failures
// count, so people switching between accounts are never locked out by their own successes.
// It is per process: with several instances the effective limit is the limit times the
// instance count, which still stops password guessing at any useful speed.
export type AttemptLimiter = {
  isBlocked: (key: string) => boolean
  recordFailure: (key: string) => void
  reset: (key: string) => void
}

export function createAttemptLimiter(options: { max: number; windowMs: number; clock: Clock }): AttemptLimiter {
  const failures = new Map<string, number[]>()
  const recent = (key: string): number[] => {
    const cutoff = options.clock.now().getTime() - options.windowMs
    const kept = (failures.get(key) ?? []).filter(t => t > cutoff)
    if (kept.length === 0) failures.delete(key)
    else failures.set(key, kept)
    return kept
  }
  return {
    isBlocked: key => recent(key).length >= options.max,
    recordFailure: key => {
      failures.set(key, [...recent(key), options.clock.now().getTime()])
    },
    reset: key => {
      failures.delete(key)
    },
  }
}
