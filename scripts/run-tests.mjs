#!/usr/bin/env node
// npm test: build the database templates once, then run every test file with Node's test
// runner. Node 20's --test has no globbing for .ts files, so the files are listed here.
// Arguments filter the files: `npm test -- src/domain e2e/sign-in`.
import { spawnSync } from 'node:child_process'
import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const roots = ['src', 'test', 'e2e']
const filters = process.argv.slice(2)

function walk(dir) {
  let out = []
  for (const name of readdirSync(dir)) {
    if (name === 'node_modules') continue
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out = out.concat(walk(path))
    else if (name.endsWith('.test.ts')) out.push(relative(process.cwd(), path))
  }
  return out
}

const files = roots
  .flatMap(r => {
    try {
      return walk(r)
    } catch {
      return []
    }
  })
  .filter(f => filters.length === 0 || filters.some(x => f.includes(x)))
  .sort()

if (files.length === 0) {
  console.error('No test files matched.')
  process.exit(1)
}

const env = {
  ...process.env,
  NODE_ENV: 'test',
  TZ: 'Europe/London',
  // A run id per run, so two runs on one machine never drop each other's databases.
  THRESHOLD_TEST_RUN_ID: process.env.THRESHOLD_TEST_RUN_ID ?? `r${process.pid}`,
}
const setup = spawnSync(process.execPath, ['--import', 'tsx', 'test/support/global-setup.ts'], {
  stdio: 'inherit',
  env,
})
if (setup.status !== 0) process.exit(setup.status ?? 1)

const concurrency = process.env.TEST_CONCURRENCY ?? '2'
const run = spawnSync(
  process.execPath,
  ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', ...files],
  { stdio: 'inherit', env },
)
spawnSync(process.execPath, ['--import', 'tsx', 'test/support/global-teardown.ts'], { stdio: 'inherit', env })
process.exit(run.status ?? 1)
