import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { after, before, describe, test } from 'node:test'
import { readEnv } from '../config.js'
import { lockDataDir } from '../data/data-dir-lock.js'

// The one test of the real `threshold` executable, on a real embedded data folder: PGlite's
// first start in a new folder takes seconds, so everything else runs in-process.
const BIN = fileURLToPath(new URL('../../bin/threshold.js', import.meta.url))
const STACK_LINE = /^\s+at /m

type Run = { code: number | null; stdout: string; stderr: string }

describe('the threshold executable on an embedded data folder', () => {
  let workDir: string
  let dataDir: string
  let env: Record<string, string | undefined>

  const threshold = (args: string[], input = ''): Promise<Run> =>
    new Promise((resolve, reject) => {
      // Run from outside the repository, to show the command does not depend on the cwd.
      const child = spawn(BIN, args, { cwd: workDir, env, stdio: ['pipe', 'pipe', 'pipe'] })
      let stdout = ''
      let stderr = ''
      child.stdout.on('data', (d: Buffer) => (stdout += d.toString()))
      child.stderr.on('data', (d: Buffer) => (stderr += d.toString()))
      child.on('error', reject)
      child.on('close', code => resolve({ code, stdout, stderr }))
      child.stdin.end(input)
    })

  before(() => {
    workDir = mkdtempSync(join(tmpdir(), 'threshold-cli-'))
    dataDir = join(workDir, 'data')
    // The real settings minus any database or demo choice, so the embedded folder is used.
    const { DATABASE_URL: _url, SESSION_SECRET: _secret, THRESHOLD_DEMO: _demo, ...rest } = readEnv()
    env = { ...rest, THRESHOLD_DATA_DIR: dataDir }
  })
  after(() => rmSync(workDir, { recursive: true, force: true }))

  test('bin/threshold.js is executable', () => {
    assert.ok((statSync(BIN).mode & 0o111) !== 0, 'chmod +x bin/threshold.js')
  })

  test('migrate, seed-demo, token create, user create and audit verify work end to end', async () => {
    const unmigrated = await threshold(['audit', 'verify'])
    assert.equal(unmigrated.code, 1, unmigrated.stderr)
    assert.match(unmigrated.stderr, /Run `threshold migrate` first/)

    const migrated = await threshold(['migrate'])
    assert.equal(migrated.code, 0, migrated.stderr)
    assert.match(migrated.stdout, /^Ran migration 2026-11-26T1000-foundation$/m)

    const seeded = await threshold(['seed-demo'])
    assert.equal(seeded.code, 0, seeded.stderr)
    assert.match(seeded.stdout, /^Seeded the Northbridge demo partnership/)

    const token = await threshold(['token', 'create', '--user', 'hannah.ward@hv.northbridge.example'])
    assert.equal(token.code, 0, token.stderr)
    const lines = token.stdout.trimEnd().split('\n')
    assert.ok(lines.length >= 2)
    assert.match(lines.at(-1) ?? '', /^thr_[A-Za-z0-9_-]+$/)

    // Not a terminal, so the password is the first line of stdin.
    const created = await threshold(
      [
        'user',
        'create',
        '--email',
        'tom.hale@gp.northbridge.example',
        '--name',
        'Dr Tom Hale',
        '--agency',
        'Riverside Medical Practice',
        '--role',
        'referrer',
      ],
      'a-password-from-stdin\nthis line is not read\n',
    )
    assert.equal(created.code, 0, created.stderr)
    assert.match(
      created.stdout,
      /^Created Dr Tom Hale <tom\.hale@gp\.northbridge\.example> in Riverside Medical Practice/,
    )

    const verified = await threshold(['audit', 'verify'])
    assert.equal(verified.code, 0, verified.stderr)
    // The seed (its size grows with the demo), the token and the new user: the chain holds them all.
    const checked = Number(/^Audit chain intact: (\d+) events checked\n$/.exec(verified.stdout)?.[1])
    assert.ok(checked >= 4, verified.stdout)

    assert.equal(existsSync(join(dataDir, 'threshold.lock')), false, 'each command releases the data folder')
  })

  test('while another process holds the data folder, a command says so and exits 1', async () => {
    const release = lockDataDir(dataDir)
    try {
      const locked = await threshold(['audit', 'verify'])
      assert.equal(locked.code, 1)
      assert.match(locked.stderr, /The data folder .* is in use by another Threshold process \(pid \d+\)/)
      assert.doesNotMatch(locked.stderr, STACK_LINE)
      assert.equal(locked.stdout, '')
    } finally {
      release()
    }
    const free = await threshold(['audit', 'verify'])
    assert.equal(free.code, 0, free.stderr)
  })
})
