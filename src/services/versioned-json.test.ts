import assert from 'node:assert/strict'
import { test } from 'node:test'
import { publishNextVersion, type VersionStore } from './versioned-json.js'

const store = (won: boolean, latest?: number): VersionStore & { written: number[] } => {
  const written: number[] = []
  return {
    written,
    insert: async version => {
      written.push(version)
      return won
    },
    latestVersion: async () => latest,
  }
}

test('a change started from the current version is written as the next one', async () => {
  const s = store(true)
  assert.deepEqual(await publishNextVersion({ version: 3, value: { a: 1 } }, { a: 2 }, 3, s), { ok: true, value: 4 })
  assert.deepEqual(s.written, [4])
})

test('an edit started from an older version, or changing nothing, writes nothing', async () => {
  const s = store(true)
  assert.deepEqual(await publishNextVersion({ version: 3, value: { a: 1 } }, { a: 2 }, 2, s), {
    ok: false,
    error: { kind: 'stale', currentVersion: 3, expectedVersion: 2 },
  })
  assert.deepEqual(await publishNextVersion({ version: 3, value: { a: 1 } }, { a: 1 }, 3, s), {
    ok: false,
    error: { kind: 'unchanged', currentVersion: 3 },
  })
  assert.deepEqual(s.written, [])
})

test('losing the race to write the version is reported as stale, with the version that won', async () => {
  assert.deepEqual(await publishNextVersion({ version: 3, value: 'x' }, 'y', 3, store(false, 4)), {
    ok: false,
    error: { kind: 'stale', currentVersion: 4, expectedVersion: 3 },
  })
})
