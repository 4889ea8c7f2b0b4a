import { fail, ok, type Result } from '../domain/shared/result.js'

// The screening rules and the escalation policy are each published as immutable, numbered
// versions of a JSON value, edited from the version the manager started from. This is the check
// both make before writing a version, and the race both handle when two managers publish at once.

export type PublishVersionConflict =
  /** Someone published another version after the editor started from expectedVersion. */
  { kind: 'stale'; currentVersion: number; expectedVersion: number } | { kind: 'unchanged'; currentVersion: number }

export type VersionStore = {
  /** Writes the value as this version; false if another transaction wrote that version first. */
  insert: (version: number) => Promise<boolean>
  /** The newest version written, once an insert has lost the race. */
  latestVersion: () => Promise<number | undefined>
}

/**
 * Writes `next` as the version after `current`, inside the caller's transaction, unless the
 * editor started from another version than the current one or nothing has changed. Returns the
 * new version number.
 */
export async function publishNextVersion<T>(
  current: { version: number; value: T },
  next: T,
  expectedVersion: number,
  store: VersionStore,
): Promise<Result<number, PublishVersionConflict>> {
  if (current.version !== expectedVersion) {
    return fail({ kind: 'stale', currentVersion: current.version, expectedVersion })
  }
  if (JSON.stringify(current.value) === JSON.stringify(next)) {
    return fail({ kind: 'unchanged', currentVersion: current.version })
  }
  const version = current.version + 1
  if (!(await store.insert(version))) {
    // Another manager published this version number in the same moment.
    return fail({ kind: 'stale', currentVersion: (await store.latestVersion()) ?? version, expectedVersion })
  }
  return ok(version)
}
