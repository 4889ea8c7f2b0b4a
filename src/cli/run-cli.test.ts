import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { DataDirLockedError } from '../data/data-dir-lock.js'
import { ROLES } from '../domain/access/roles.js'
import type { OpenRuntime } from './cli-context.js'
import { matchAgency } from './commands/user-create.command.js'
import { memoryIo } from './memory-io.js'
import { COMMANDS, runCli } from './run-cli.js'

// Everything here is decided before a database is opened; this opener proves it.
const noDatabase: OpenRuntime = async () => {
  throw new Error('the database should not have been opened')
}

const STACK_LINE = /^\s+at /m

describe('threshold command line: usage', () => {
  for (const argv of [[], ['help'], ['--help'], ['-h']]) {
    test(`\`threshold ${argv.join(' ')}\` prints the usage and exits 0`, async () => {
      const io = memoryIo()
      assert.equal(await runCli(argv, io, {}, { openRuntime: noDatabase }), 0)
      assert.equal(io.out[0], 'Usage: threshold <command> [options]')
      for (const c of COMMANDS)
        assert.ok(
          io.out.some(l => l.trimStart().startsWith(c.name)),
          c.name,
        )
      assert.deepEqual(io.err, [])
    })
  }

  test('an unknown command prints the usage to stderr and exits 2', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['frobnicate', '--x'], io, {}, { openRuntime: noDatabase }), 2)
    assert.equal(io.err[0], 'Unknown command: threshold frobnicate')
    assert.ok(io.err.includes('Usage: threshold <command> [options]'))
  })

  test('a command group without its subcommand is an unknown command', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['user'], io, {}, { openRuntime: noDatabase }), 2)
    assert.equal(io.err[0], 'Unknown command: threshold user')
  })

  test('`--help` after a command, and `help <command>`, print that command’s usage', async () => {
    const a = memoryIo()
    assert.equal(await runCli(['user', 'create', '--help'], a, {}, { openRuntime: noDatabase }), 0)
    assert.match(a.out[0] ?? '', /^Usage: threshold user create --email EMAIL/)
    assert.ok(a.out.some(l => l.includes(ROLES.join(', '))))
    const b = memoryIo()
    assert.equal(await runCli(['help', 'token', 'create'], b, {}, { openRuntime: noDatabase }), 0)
    assert.match(b.out[0] ?? '', /^Usage: threshold token create --user EMAIL/)
  })

  test('a mistyped option is a usage error (exit 2) naming the option', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['user', 'create', '--emial', 'a@b.example'], io, {}, { openRuntime: noDatabase }), 2)
    assert.match(io.err[0] ?? '', /--emial/)
    assert.ok(io.err.some(l => l.startsWith('Usage: threshold user create')))
  })

  test('a stray positional argument is a usage error', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['audit', 'verify', 'now'], io, {}, { openRuntime: noDatabase }), 2)
    assert.match(io.err[0] ?? '', /'now'/)
  })
})

describe('threshold command line: problems found before the database is opened', () => {
  test('user create with nothing given lists every missing field, GOV.UK style, and exits 1', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['user', 'create'], io, {}, { openRuntime: noDatabase }), 1)
    assert.equal(io.err[0], 'There is a problem')
    assert.deepEqual(
      io.err.slice(1).map(l => l.trim().split(':')[0]),
      ['--email', '--name', '--agency', '--role'],
    )
    assert.match(io.err.join('\n'), new RegExp(`Roles must be from: ${ROLES.join(', ')}`))
    assert.equal(io.passwordRequests, 0)
    assert.deepEqual(io.out, [])
  })

  test('token create without --user says what to enter and never opens the database', async () => {
    const io = memoryIo()
    assert.equal(await runCli(['token', 'create'], io, {}, { openRuntime: noDatabase }), 1)
    assert.deepEqual(io.err, ['There is a problem', '  --user: Enter the email address of the user the token is for'])
    assert.deepEqual(io.out, [])
  })

  test('seed-demo refuses outside demo mode, because the demo password is public', async () => {
    const io = memoryIo()
    const env = { DATABASE_URL: 'postgres://db.example/threshold' }
    assert.equal(await runCli(['seed-demo'], io, env, { openRuntime: noDatabase }), 1)
    assert.match(io.err[0] ?? '', /only be seeded in demo mode/)
    assert.match(io.err.join('\n'), /THRESHOLD_DEMO=true/)
  })
})

describe('threshold command line: configuration and database errors', () => {
  test('invalid settings are listed cleanly with exit 1, without a stack trace', async () => {
    const io = memoryIo()
    const code = await runCli(
      ['audit', 'verify'],
      io,
      { DATABASE_URL: 'mysql://x', PORT: 'lots' },
      {
        openRuntime: noDatabase,
      },
    )
    assert.equal(code, 1)
    const err = io.err.join('\n')
    assert.match(err, /Threshold cannot start/)
    assert.match(err, /DATABASE_URL must start with postgres:\/\//)
    assert.match(err, /PORT must be a whole number/)
    assert.doesNotMatch(err, STACK_LINE)
  })

  test('with DATABASE_URL and no SESSION_SECRET the command still runs: it uses no sessions', async () => {
    const io = memoryIo()
    let seenUrl: string | undefined
    const code = await runCli(
      ['audit', 'verify'],
      io,
      { DATABASE_URL: 'postgres://db.example/threshold' },
      {
        openRuntime: async config => {
          seenUrl = config.databaseUrl
          throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })
        },
      },
    )
    assert.equal(seenUrl, 'postgres://db.example/threshold')
    assert.equal(code, 1)
    assert.deepEqual(io.err, [
      'Could not connect to the PostgreSQL database in DATABASE_URL: connect ECONNREFUSED 127.0.0.1:5432',
    ])
  })

  test('a locked data folder gives its message and exit 1, never a stack trace', async () => {
    const io = memoryIo()
    const code = await runCli(
      ['migrate'],
      io,
      { THRESHOLD_DATA_DIR: '/srv/threshold' },
      {
        openRuntime: async config => {
          throw new DataDirLockedError(config.dataDir, 4242)
        },
      },
    )
    assert.equal(code, 1)
    assert.equal(io.err.length, 1)
    assert.match(
      io.err[0] ?? '',
      /The data folder \/srv\/threshold is in use by another Threshold process \(pid 4242\)/,
    )
  })

  test('an unexpected fault is reported with its stack, for whoever has to fix it', async () => {
    const io = memoryIo()
    const code = await runCli(
      ['migrate'],
      io,
      {},
      {
        openRuntime: async () => {
          throw new Error('disk on fire')
        },
      },
    )
    assert.equal(code, 1)
    assert.equal(io.err[0], 'threshold migrate failed unexpectedly: disk on fire')
    assert.match(io.err.join('\n'), STACK_LINE)
  })
})

describe('matchAgency', () => {
  const agencies = [
    { id: '1', name: 'Northbridge Children’s Services Front Door', kind: 'childrens_social_care' as const },
    { id: '2', name: 'Riverside Medical Practice', kind: 'gp' as const },
  ]

  test('finds an agency typed with a straight apostrophe, other case or extra spaces', () => {
    assert.equal(matchAgency(agencies, "northbridge children's  services front door ")?.id, '1')
    assert.equal(matchAgency(agencies, 'Riverside Medical Practice')?.id, '2')
  })

  test('does not guess at a different name', () => {
    assert.equal(matchAgency(agencies, 'Riverside Medical'), undefined)
    assert.equal(matchAgency(agencies, ''), undefined)
  })
})
