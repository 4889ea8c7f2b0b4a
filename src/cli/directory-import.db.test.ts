import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { fixedClock } from '../services/clock.js'
import { listEarlyHelpServices } from '../services/early-help-service.js'
import { createPasswordHasher } from '../services/passwords.js'
import type { OpenRuntime } from './cli-context.js'
import { memoryIo, type MemoryIo } from './memory-io.js'
import { runCli } from './run-cli.js'

const SAMPLE = fileURLToPath(new URL('../../test/fixtures/oruk-northbridge-sample.json', import.meta.url))

// Everything here is decided before a database is opened; this opener proves it.
const noDatabase: OpenRuntime = async () => {
  throw new Error('the database should not have been opened')
}

function openerFor(handle: DatabaseHandle): OpenRuntime {
  const deps = {
    db: handle.db,
    clock: fixedClock(new Date('2026-11-26T10:00:00Z')),
    passwords: createPasswordHasher('fast'),
    sessionTtlHours: 8,
  }
  return async () => ({ handle: { ...handle, close: async () => {} }, deps })
}

describe('threshold directory import: problems found before the database is opened', () => {
  let dir: string
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'threshold-directory-'))
  })
  after(() => rmSync(dir, { recursive: true, force: true }))

  const run = async (argv: string[]) => {
    const io = memoryIo()
    return { code: await runCli(argv, io, {}, { openRuntime: noDatabase }), io }
  }

  test('--help prints the usage', async () => {
    const { code, io } = await run(['directory', 'import', '--help'])
    assert.equal(code, 0)
    assert.equal(io.out[0], 'Usage: threshold directory import FILE.json')
  })

  test('no file is a problem to fix (exit 1); two files or an unknown option are usage errors (exit 2)', async () => {
    const none = await run(['directory', 'import'])
    assert.equal(none.code, 1)
    assert.deepEqual(none.io.err, ['There is a problem', '  FILE: Give the Open Referral UK JSON file to import'])
    const two = await run(['directory', 'import', 'a.json', 'b.json'])
    assert.equal(two.code, 2)
    assert.equal(two.io.err[0], 'Give one file to import, not 2')
    const option = await run(['directory', 'import', SAMPLE, '--force'])
    assert.equal(option.code, 2)
    assert.match(option.io.err[0] ?? '', /--force/)
  })

  test('a missing file, or a folder, is named', async () => {
    const missing = join(dir, 'nothing-here.json')
    const a = await run(['directory', 'import', missing])
    assert.equal(a.code, 1)
    assert.deepEqual(a.io.err, ['There is a problem', `  FILE: There is no file at ${missing}`])
    const b = await run(['directory', 'import', dir])
    assert.equal(b.code, 1)
    assert.deepEqual(b.io.err, ['There is a problem', `  FILE: ${dir} is not a file`])
  })
})

for (const backend of testBackends()) {
  describe(`threshold directory import (${backend})`, () => {
    let handle: DatabaseHandle
    let dir: string
    let run: (argv: string[]) => Promise<{ code: number; io: MemoryIo }>
    before(async () => {
      handle = await openTestDatabase(backend, 'demo')
      dir = mkdtempSync(join(tmpdir(), 'threshold-directory-'))
      run = async argv => {
        const io = memoryIo()
        return { code: await runCli(argv, io, {}, { openRuntime: openerFor(handle) }), io }
      }
    })
    after(async () => {
      rmSync(dir, { recursive: true, force: true })
      await handle.close()
    })

    test('imports the sample feed, lists the skipped record, and audits it as the command line', async () => {
      const { code, io } = await run(['directory', 'import', SAMPLE])
      assert.equal(code, 0, io.err.join('\n'))
      assert.deepEqual(io.out, [
        `Imported ${SAMPLE} into the early help directory: 3 added, 0 updated, 0 unchanged, 0 withdrawn.`,
        'Skipped 1 record:',
        '  record 4 (Toddler Talk): it has no id, so a later import could not find it again',
      ])
      assert.deepEqual(io.err, [])
      const dads = await listEarlyHelpServices({ db: handle.db }, { text: 'Dads' })
      assert.deepEqual(
        dads.map(s => [s.name, s.source]),
        [["Riverside Dads' Group", 'open-referral-uk']],
      )
      const audit = await handle.db
        .selectFrom('audit_event')
        .select(['correlation_id', 'actor_user_id'])
        .where('action', '=', 'early-help.imported')
        .execute()
      assert.deepEqual(audit, [{ correlation_id: 'cli:directory import', actor_user_id: null }])
    })

    test('running it again updates nothing', async () => {
      const { code, io } = await run(['directory', 'import', SAMPLE])
      assert.equal(code, 0)
      assert.match(io.out[0] ?? '', /: 0 added, 0 updated, 3 unchanged, 0 withdrawn\.$/)
    })

    test('a file that is not JSON, or not a feed, imports nothing and says where to look', async () => {
      const before = (await listEarlyHelpServices({ db: handle.db })).length
      const broken = join(dir, 'broken.json')
      writeFileSync(broken, '[\n  { "id": "x", "name": "Toy library" ]\n')
      const a = await run(['directory', 'import', broken])
      assert.equal(a.code, 1)
      assert.deepEqual(a.io.err, [
        'There is a problem',
        '  FILE: The file is not valid JSON: look at line 2, column 38. Nothing was imported.',
      ])
      const other = join(dir, 'other.json')
      writeFileSync(other, JSON.stringify({ organisations: [] }))
      const b = await run(['directory', 'import', other])
      assert.equal(b.code, 1)
      assert.match(b.io.err[1] ?? '', /FILE: The file is not an Open Referral UK feed/)
      assert.equal((await listEarlyHelpServices({ db: handle.db })).length, before)
    })
  })
}
