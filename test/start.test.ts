import assert from 'node:assert/strict'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { after, describe, test } from 'node:test'
import pg from 'pg'
import { SYSTEM_PATH, TEST_DATABASE_URL } from './support/test-env.js'

// `npm start` as a new user runs it: a real process, a real port, a real data folder.

type Started = { child: ChildProcess; url: string; output: () => string }

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    env: { PATH: SYSTEM_PATH, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  child.stdout!.on('data', d => (out += d))
  child.stderr!.on('data', d => (out += d))
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${out}`)), 60_000)
    const check = () => {
      const m = /Threshold is running at (http:\/\/localhost:\d+)/.exec(out)
      if (m) {
        clearTimeout(timer)
        resolve({ child, url: m[1]!.replace('localhost', '127.0.0.1'), output: () => out })
      }
    }
    child.stdout!.on('data', check)
    child.on('exit', code => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code}:\n${out}`))
    })
  })
}

function exitCode(child: ChildProcess): Promise<number | null> {
  return new Promise(resolve =>
    child.exitCode !== null ? resolve(child.exitCode) : child.on('exit', code => resolve(code)),
  )
}

describe('npm start', () => {
  const dir = mkdtempSync(join(tmpdir(), 'threshold-start-'))
  after(() => rmSync(dir, { recursive: true, force: true }))

  test('on an empty folder it creates the embedded database, seeds the demo and shuts down cleanly', async () => {
    const dataDir = join(dir, 'data')
    const server = await start({ THRESHOLD_DATA_DIR: dataDir })
    try {
      const ready = await fetch(`${server.url}/ready`)
      assert.equal(ready.status, 200)
      const page = await (await fetch(`${server.url}/sign-in`)).text()
      assert.match(page, /Demo accounts/)
      assert.match(page, /hannah\.ward@hv\.northbridge\.example/)
      assert.ok(existsSync(join(dataDir, 'threshold.lock')), 'the data folder is locked while running')

      // A second process on the same folder is refused with a clear message.
      const second = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
        env: { PATH: SYSTEM_PATH, PORT: '0', THRESHOLD_DATA_DIR: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let secondOut = ''
      second.stderr!.on('data', d => (secondOut += d))
      assert.equal(await exitCode(second), 1)
      assert.match(secondOut, /is in use by another Threshold process/)
    } finally {
      server.child.kill('SIGTERM')
    }
    assert.equal(await exitCode(server.child), 0)
    assert.match(server.output(), /Shutting down/)
    assert.equal(existsSync(join(dataDir, 'threshold.lock')), false, 'the lock is released')
  })

  test('bad settings stop it with the full list of problems', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: SYSTEM_PATH, PORT: 'eighty', LOG_LEVEL: 'loud' },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let out = ''
    child.stderr!.on('data', d => (out += d))
    assert.equal(await exitCode(child), 1)
    assert.match(out, /PORT must be a whole number/)
    assert.match(out, /LOG_LEVEL/)
    assert.doesNotMatch(out, /at .*\.ts:\d+/)
  })

  const postgresUrl = TEST_DATABASE_URL
  if (postgresUrl) {
    test('with DATABASE_URL it runs on PostgreSQL', async () => {
      const name = `threshold_start_${process.pid}`
      const admin = new pg.Client({ connectionString: postgresUrl })
      await admin.connect()
      await admin.query(`drop database if exists ${name} with (force)`)
      await admin.query(`create database ${name}`)
      const url = new URL(postgresUrl)
      url.pathname = `/${name}`
      try {
        const server = await start({
          DATABASE_URL: url.toString(),
          THRESHOLD_DEMO: 'true',
          SESSION_SECRET: 'a'.repeat(40),
        })
        try {
          assert.equal((await fetch(`${server.url}/ready`)).status, 200)
          assert.match(await (await fetch(`${server.url}/sign-in`)).text(), /Demo accounts/)
          assert.match(server.output(), /on PostgreSQL/)
        } finally {
          server.child.kill('SIGTERM')
        }
        assert.equal(await exitCode(server.child), 0)
      } finally {
        await admin.query(`drop database if exists ${name} with (force)`)
        await admin.end()
      }
    })
  }
})
