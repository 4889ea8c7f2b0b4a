import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { countUsers, findUserByEmail, listAgencies } from '../data/repositories/identity-repository.js'
import { authenticateApiToken } from '../services/auth-service.js'
import { fixedClock } from '../services/clock.js'
import { DEMO_AGENCIES, DEMO_USERS } from '../services/demo-seed.js'
import type { ServiceDeps } from '../services/index.js'
import { createPasswordHasher } from '../services/passwords.js'
import type { OpenRuntime } from './cli-context.js'
import { memoryIo, type MemoryIo } from './memory-io.js'
import { runCli } from './run-cli.js'

const hannah = DEMO_USERS.find(u => u.name === 'Hannah Ward')!
const ROLE_LIST = /Roles must be from: referrer, agency_safeguarding_lead, .*auditor/

function depsFor(handle: DatabaseHandle): ServiceDeps {
  return {
    db: handle.db,
    clock: fixedClock(new Date('2026-11-26T10:00:00Z')),
    passwords: createPasswordHasher('fast'),
    sessionTtlHours: 8,
  }
}

// The command closes what it opens; here the test owns the database, so closing is a no-op.
function openerFor(handle: DatabaseHandle): OpenRuntime {
  const deps = depsFor(handle)
  return async () => ({ handle: { ...handle, close: async () => {} }, deps })
}

async function auditCount(handle: DatabaseHandle): Promise<number> {
  const row = await handle.db
    .selectFrom('audit_event')
    .select(eb => eb.cast<number>(eb.fn.countAll(), 'integer').as('n'))
    .executeTakeFirstOrThrow()
  return Number(row.n)
}

for (const backend of testBackends()) {
  describe(`threshold commands on the demo partnership (${backend})`, () => {
    let handle: DatabaseHandle
    let run: (argv: string[], io?: MemoryIo) => Promise<{ code: number; io: MemoryIo }>
    before(async () => {
      handle = await openTestDatabase(backend, 'demo')
      run = async (argv, io = memoryIo()) => ({
        code: await runCli(argv, io, {}, { openRuntime: openerFor(handle) }),
        io,
      })
    })
    after(() => handle.close())

    const newUser = (overrides: Record<string, string> = {}) => {
      const v = {
        email: 'nia.cole@csc.northbridge.example',
        name: 'Nia Cole',
        agency: "Northbridge Children's Services Front Door",
        ...overrides,
      }
      return ['user', 'create', '--email', v.email, '--name', v.name, '--agency', v.agency]
    }

    test('migrate on an up-to-date database says nothing needed running', async () => {
      const { code, io } = await run(['migrate'])
      assert.equal(code, 0)
      assert.deepEqual(io.out, ['The database is already up to date. No migrations were run.'])
    })

    test('seed-demo leaves a database that has users alone, and says so', async () => {
      const before = await countUsers(handle.db)
      const { code, io } = await run(['seed-demo'])
      assert.equal(code, 0)
      assert.match(io.out[0] ?? '', /already has users, so the demo partnership was not seeded/)
      assert.equal(await countUsers(handle.db), before)
    })

    test('user create reports a bad email and an unknown role together, listing the roles', async () => {
      const { code, io } = await run([
        ...newUser({ email: 'nia.cole-at-csc' }),
        '--role',
        'wizard',
        '--password',
        'long-enough-password',
      ])
      assert.equal(code, 1)
      assert.equal(io.err[0], 'There is a problem')
      const err = io.err.join('\n')
      assert.match(err, /--email: Enter an email address in the correct format, like name@example.org/)
      assert.match(err, /--role: “wizard” is not a role\. /)
      assert.match(err, ROLE_LIST)
      assert.equal(io.passwordRequests, 0)
      assert.equal(await findUserByEmail(handle.db, 'nia.cole-at-csc'), undefined)
    })

    test('user create with an unknown agency lists the agencies there are', async () => {
      const { code, io } = await run([...newUser({ agency: 'Northbridge Fire Service' }), '--role', 'referrer'])
      assert.equal(code, 1)
      assert.ok(io.err.includes('  --agency: There is no agency called “Northbridge Fire Service”'))
      const listed = io.err.slice(io.err.indexOf('The agencies are:') + 1).map(l => l.trim())
      assert.deepEqual(
        listed,
        (await listAgencies(handle.db)).map(a => a.name),
      )
      assert.equal(listed.length, DEMO_AGENCIES.length)
      assert.equal(io.passwordRequests, 0)
    })

    test('user create refuses an email address that already has an account, whatever its case', async () => {
      const { code, io } = await run([
        ...newUser({ email: hannah.email.toUpperCase() }),
        '--role',
        'referrer',
        '--password',
        'long-enough-password',
      ])
      assert.equal(code, 1)
      assert.match(io.err.join('\n'), /--email: A user with the email address HANNAH\.WARD@.* already exists/)
    })

    test('agency create adds an agency that users can then join, and refuses a duplicate', async () => {
      const created = await run([
        'agency',
        'create',
        '--name',
        'Northbridge Youth Justice Service',
        '--kind',
        'probation',
      ])
      assert.equal(created.code, 0)
      assert.ok(
        (await listAgencies(handle.db)).some(
          a => a.name === 'Northbridge Youth Justice Service' && a.kind === 'probation',
        ),
      )
      const again = await run([
        'agency',
        'create',
        '--name',
        'Northbridge Youth Justice Service',
        '--kind',
        'probation',
      ])
      assert.equal(again.code, 1)
      assert.match(
        again.io.err.join('\n'),
        /--name: There is already an agency called Northbridge Youth Justice Service/,
      )
      const bad = await run(['agency', 'create', '--name', ' ', '--kind', 'bakery'])
      assert.equal(bad.code, 1)
      assert.match(bad.io.err.join('\n'), /--name: Enter the agency’s name/)
      assert.match(bad.io.err.join('\n'), /--kind: Kind must be one of: health_visiting/)
    })

    test('user create asks for the password when none is given, and the new user can be found', async () => {
      const io = memoryIo(['correct-horse-battery'])
      const before = await auditCount(handle)
      // A straight apostrophe and a comma-separated role list, as people type them in a shell.
      const { code } = await run(
        [
          ...newUser({ agency: "Northbridge Children's Services Front Door" }),
          '--role',
          'front_door_practitioner,front_door_manager',
        ],
        io,
      )
      assert.equal(code, 0, io.err.join('\n'))
      assert.equal(io.passwordRequests, 1)
      assert.match(io.out[0] ?? '', /^Created Nia Cole <nia\.cole@csc\.northbridge\.example> in Northbridge Children's/)
      const user = await findUserByEmail(handle.db, 'nia.cole@csc.northbridge.example')
      assert.ok(user)
      assert.equal(user.displayName, 'Nia Cole')
      assert.equal(user.agency.name, "Northbridge Children's Services Front Door")
      assert.deepEqual(user.roles, ['front_door_manager', 'front_door_practitioner'])
      assert.equal(await createPasswordHasher('fast').verify(user.passwordHash ?? '', 'correct-horse-battery'), true)
      assert.equal(io.out[1], `User id: ${user.id}`)
      assert.equal(await auditCount(handle), before + 1)
    })

    test('user create with a password that is too short, or none read, creates nobody', async () => {
      const short = await run(
        [...newUser({ email: 'short@csc.northbridge.example' }), '--role', 'referrer'],
        memoryIo(['short']),
      )
      assert.equal(short.code, 1)
      assert.deepEqual(short.io.err, ['There is a problem', '  --password: Password must be 12 characters or more'])
      const none = await run(
        [...newUser({ email: 'none@csc.northbridge.example' }), '--role', 'referrer'],
        memoryIo([null]),
      )
      assert.equal(none.code, 1)
      assert.equal(await findUserByEmail(handle.db, 'short@csc.northbridge.example'), undefined)
      assert.equal(await findUserByEmail(handle.db, 'none@csc.northbridge.example'), undefined)
    })

    test('token create prints a working token alone on the last line, after the shown-once note', async () => {
      const { code, io } = await run(['token', 'create', '--user', hannah.email, '--label', 'School MIS'])
      assert.equal(code, 0, io.err.join('\n'))
      const token = io.out.at(-1) ?? ''
      assert.match(token, /^thr_[A-Za-z0-9_-]{43}$/)
      assert.match(io.out.slice(0, -1).join('\n'), /shown only this once/)
      const signedIn = await authenticateApiToken(depsFor(handle), token)
      assert.equal(signedIn?.user.email, hannah.email)
      const tokens = await handle.db.selectFrom('api_token').select(['user_id', 'label']).execute()
      assert.deepEqual(tokens, [{ user_id: signedIn?.user.id, label: 'School MIS' }])
    })

    test('token create for an unknown user fails with exit 1 and prints no token', async () => {
      const { code, io } = await run(['token', 'create', '--user', 'nobody@nowhere.example'])
      assert.equal(code, 1)
      assert.deepEqual(io.out, [])
      assert.deepEqual(io.err, [
        'There is a problem',
        '  --user: There is no active user with the email address nobody@nowhere.example',
      ])
    })

    test('audit verify counts every event when the chain is intact', async () => {
      const { code, io } = await run(['audit', 'verify'])
      assert.equal(code, 0)
      const events = await auditCount(handle)
      assert.ok(events >= 3)
      assert.deepEqual(io.out, [`Audit chain intact: ${events} events checked`])
    })
  })

  describe(`threshold commands on other databases (${backend})`, () => {
    test('seed-demo seeds an empty database and says what it added', async () => {
      const handle = await openTestDatabase(backend, 'empty')
      try {
        const io = memoryIo()
        assert.equal(await runCli(['seed-demo'], io, {}, { openRuntime: openerFor(handle) }), 0)
        assert.match(io.out[0] ?? '', /^Seeded the Northbridge demo partnership: 10 agencies and 17 users\./)
        assert.equal(await countUsers(handle.db), DEMO_USERS.length)
        const seedEvent = await handle.db.selectFrom('audit_event').select('correlation_id').executeTakeFirst()
        assert.equal(seedEvent?.correlation_id, 'cli:seed-demo')
      } finally {
        await handle.close()
      }
    })

    test('audit verify names the first event that was changed, and exits 1', async () => {
      const handle = await openTestDatabase(backend, 'demo')
      try {
        const run = (argv: string[]) => runCli(argv, memoryIo(), {}, { openRuntime: openerFor(handle) })
        // More events, so the broken one is in the middle of the chain.
        assert.equal(await run(['token', 'create', '--user', hannah.email]), 0)
        assert.equal(await run(['token', 'create', '--user', hannah.email]), 0)
        const rows = await handle.db.selectFrom('audit_event').select('seq').orderBy('seq').execute()
        assert.ok(rows.length >= 3)
        const target = String(rows[1]!.seq)
        await sql`alter table audit_event disable trigger audit_event_no_change`.execute(handle.db)
        await sql`update audit_event set details = '{"label":"tampered"}'::jsonb where seq = ${target}`.execute(
          handle.db,
        )
        await sql`alter table audit_event enable trigger audit_event_no_change`.execute(handle.db)

        const io = memoryIo()
        assert.equal(await runCli(['audit', 'verify'], io, {}, { openRuntime: openerFor(handle) }), 1)
        assert.equal(
          io.err[0],
          `Audit chain broken at event ${target} (hash mismatch: the event was changed after it was written)`,
        )
        assert.equal(io.err[1], 'The 1 event before it is intact.')
        assert.deepEqual(io.out, [])
      } finally {
        await handle.close()
      }
    })
  })
}
