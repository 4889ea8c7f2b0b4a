import type { Migration } from 'kysely'
import * as foundation from './2026-11-26T1000-foundation.js'

// An explicit list, not a folder scan: the same under tsx, compiled code and bundlers.
export const migrations: Record<string, Migration> = {
  '2026-11-26T1000-foundation': foundation,
}
