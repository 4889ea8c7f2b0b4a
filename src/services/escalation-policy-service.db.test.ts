import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { findUserByEmail, toActor } from '../data/repositories/identity-repository.js'
import type { Actor } from '../domain/access/actor.js'
import { DEFAULT_ESCALATION_POLICY } from '../domain/disagreement/index.js'
import { fixedClock } from './clock.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import {
  currentEscalationPolicy,
  escalationPolicyVersion,
  publishEscalationPolicy,
  viewEscalationPolicy,
} from './escalation-policy-service.js'

const PUBLISH_TIME = new Date('2026-11-26T10:00:00Z')
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager
const MARK = 'mark.jennings@csc.northbridge.example' // front door manager
const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer

/** The default policy as a manager edits it, with one change. */
function edited(change: (stages: any[]) => void): string {
  const policy = structuredClone(DEFAULT_ESCALATION_POLICY) as { stages: any[] }
  change(policy.stages)
  return JSON.stringify(policy, null, 2)
}

const longerStage2 = () =>
  edited(stages => {
    stages[1].respondWithinWorkingDays = 4
  })

async function actorFor(h: DatabaseHandle, email: string): Promise<Actor> {
  const user = await findUserByEmail(h.db, email)
  assert.ok(user, email)
  return toActor(user)
}

const versionCount = async (h: DatabaseHandle) =>
  Number(
    (
      await h.db
        .selectFrom('escalation_policy')
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

for (const backend of testBackends()) {
  describe(`escalation policy service (${backend})`, () => {
    let h: DatabaseHandle
    let beth: Actor
    let mark: Actor
    let hannah: Actor
    const clock = fixedClock(PUBLISH_TIME)
    const deps = () => ({ db: h.db, clock })
    const ctx = (actor: Actor) => ({ actor, correlationId: 'test-escalation-policy' })

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      beth = await actorFor(h, BETH)
      mark = await actorFor(h, MARK)
      hannah = await actorFor(h, HANNAH)
    })
    after(() => h.close())

    test('a partnership starts with the default policy as version 1, written once however many ask at once', async () => {
      // A database with no policy yet: the demo seeds one, so this uses the empty template.
      const fresh = await openTestDatabase(backend, 'empty')
      try {
        const reads = await Promise.all([1, 2, 3].map(() => currentEscalationPolicy(fresh.db, PUBLISH_TIME)))
        for (const read of reads) {
          assert.equal(read.version, 1)
          assert.deepEqual(read.policy, DEFAULT_ESCALATION_POLICY)
          assert.equal(read.publishedBy, null)
        }
        assert.equal(await versionCount(fresh), 1)
        const view = await viewEscalationPolicy({ db: fresh.db, clock: fixedClock(PUBLISH_TIME) })
        assert.equal(view.publishedByName, null)
        assert.deepEqual(view.publishedAt, PUBLISH_TIME)
      } finally {
        await fresh.close()
      }
      assert.equal(await versionCount(h), 1, 'the demo starts with version 1 too')
    })

    test('only partnership managers and administrators publish, and nothing is written otherwise', async () => {
      await assert.rejects(publishEscalationPolicy(deps(), ctx(mark), mark, longerStage2(), 1), ForbiddenError)
      await assert.rejects(publishEscalationPolicy(deps(), ctx(hannah), hannah, longerStage2(), 1), ForbiddenError)
      assert.equal(await versionCount(h), 1)
    })

    test('broken JSON says where it breaks; an empty box asks for the policy', async () => {
      const typed = longerStage2().replace('"number": 2,', '"number": 2,,')
      const result = await publishEscalationPolicy(deps(), ctx(beth), beth, typed, 1)
      assert.ok(!result.ok && result.error.kind === 'invalid')
      assert.match(
        result.error.problems[0]!.message,
        /^Correct the JSON on line \d+, column \d+, just after "number": 2,/,
      )
      assert.deepEqual(await publishEscalationPolicy(deps(), ctx(beth), beth, '  ', 1), {
        ok: false,
        error: { kind: 'invalid', problems: [{ message: 'Enter the escalation policy as JSON' }] },
      })
    })

    test('a policy that breaks the rules lists every problem by stage, and nothing is written', async () => {
      const typed = edited(stages => {
        stages[0].respondWithinWorkingDays = 0
        stages[2].notifyPartnershipOnEntry = 'yes'
      })
      const result = await publishEscalationPolicy(deps(), ctx(beth), beth, typed, 1)
      assert.deepEqual(result, {
        ok: false,
        error: {
          kind: 'invalid',
          problems: [
            { stage: 1, message: 'Stage 1: respondWithinWorkingDays must be a whole number from 1 to 30' },
            { stage: 3, message: 'Stage 3: notifyPartnershipOnEntry must be true or false' },
          ],
        },
      })
      assert.equal(await versionCount(h), 1)
    })

    test('publishing the policy already in force is refused', async () => {
      const result = await publishEscalationPolicy(
        deps(),
        ctx(beth),
        beth,
        edited(() => {}),
        1,
      )
      assert.deepEqual(result, { ok: false, error: { kind: 'unchanged', currentVersion: 1 } })
    })

    test('a partnership manager publishes version 2 in one audited transaction; version 1 is kept', async () => {
      const result = await publishEscalationPolicy(deps(), ctx(beth), beth, longerStage2(), 1)
      assert.ok(result.ok)
      assert.equal(result.value.version, 2)

      const current = await currentEscalationPolicy(h.db, PUBLISH_TIME)
      assert.equal(current.version, 2)
      assert.equal(current.policy.stages[1]?.respondWithinWorkingDays, 4)
      assert.equal(current.publishedBy, beth.userId)
      assert.equal((await viewEscalationPolicy(deps())).publishedByName, 'Beth Lawson')

      // A disagreement started under version 1 still reads version 1.
      assert.deepEqual((await escalationPolicyVersion(h.db, 1)).policy, DEFAULT_ESCALATION_POLICY)
      assert.equal((await escalationPolicyVersion(h.db, 2)).policy.stages[1]?.respondWithinWorkingDays, 4)
      await assert.rejects(escalationPolicyVersion(h.db, 3), NotFoundError)

      const rows = await h.db
        .selectFrom('audit_event')
        .select(['actor_user_id', 'subject_type', 'subject_id', 'details', 'correlation_id'])
        .where('action', '=', 'escalation-policy.published')
        .execute()
      assert.equal(rows.length, 1)
      assert.equal(rows[0]?.actor_user_id, beth.userId)
      assert.equal(rows[0]?.subject_type, 'escalation-policy')
      assert.equal(rows[0]?.subject_id, '2')
      assert.equal(rows[0]?.correlation_id, 'test-escalation-policy')
      assert.deepEqual(rows[0]?.details, {
        version: 2,
        previousVersion: 1,
        stages: 5,
        added: [],
        removed: [],
        changed: [2],
      })
    })

    test('an edit started from an older version is reported, not published over the newer one', async () => {
      const typed = edited(stages => {
        stages[0].name = 'Talk to the decision maker'
      })
      const result = await publishEscalationPolicy(deps(), ctx(beth), beth, typed, 1)
      assert.deepEqual(result, { ok: false, error: { kind: 'stale', currentVersion: 2, expectedVersion: 1 } })
      assert.equal((await currentEscalationPolicy(h.db, PUBLISH_TIME)).version, 2)
    })

    test('two managers publishing from the same version at once: one wins, the other is told', async () => {
      const typed = ['A', 'B'].map(tag =>
        edited(stages => {
          stages[1].respondWithinWorkingDays = 4
          stages[0].name = `Practitioner to practitioner ${tag}`
        }),
      )
      const results = await Promise.all(typed.map(t => publishEscalationPolicy(deps(), ctx(beth), beth, t, 2)))
      const published = results.filter(r => r.ok)
      assert.equal(published.length, 1)
      assert.equal(published[0]!.ok && published[0]!.value.version, 3)
      assert.deepEqual(
        results.find(r => !r.ok),
        { ok: false, error: { kind: 'stale', currentVersion: 3, expectedVersion: 2 } },
      )
    })

    test('a shorter policy records the stages removed', async () => {
      const current = await currentEscalationPolicy(h.db, PUBLISH_TIME)
      const typed = JSON.stringify({ stages: current.policy.stages.slice(0, 4) })
      const result = await publishEscalationPolicy(deps(), ctx(beth), beth, typed, 3)
      assert.ok(result.ok)
      const row = await h.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'escalation-policy.published')
        .where('subject_id', '=', '4')
        .executeTakeFirstOrThrow()
      assert.deepEqual(row.details, { version: 4, previousVersion: 3, stages: 4, added: [], removed: [5], changed: [] })
    })

    test('published versions cannot be changed or deleted, even by hand', async () => {
      await assert.rejects(sql`update escalation_policy set policy = '{}'`.execute(h.db), /append-only/)
      await assert.rejects(sql`delete from escalation_policy`.execute(h.db), /append-only/)
      assert.equal(await versionCount(h), 4)
    })
  })
}
