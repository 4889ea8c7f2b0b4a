import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { findUserByEmail, toActor, type UserAccount } from '../data/repositories/identity-repository.js'
import type { Actor } from '../domain/access/actor.js'
import { DEFAULT_ESCALATION_POLICY } from '../domain/disagreement/index.js'
import { fixedClock } from './clock.js'
import { ForbiddenError } from './errors.js'
import { publishEscalationPolicy } from './escalation-policy-service.js'
import {
  escalationCheck,
  escalationIntroDue,
  escalationTrainingByAgency,
  latestEscalationCheckResult,
  recordEscalationGuidanceSeen,
  submitEscalationCheck,
} from './training-service.js'

const NOW = new Date('2026-11-26T10:00:00Z')
const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer, health visiting
const CLAIRE = 'claire.moss@hv.northbridge.example' // safeguarding lead, health visiting
const GRACE = 'grace.okafor@school.northbridge.example' // school
const SAM = 'sam.taylor@csc.northbridge.example' // front door, CSC
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager

const ALL_RIGHT = {
  'stage-1-response-time': '3',
  'immediate-risk': 'protect-first',
  'not-a-complaint': 'no-healthy',
  'no-response': 'next-stage',
  'who-responds': 'stage-2',
}

for (const backend of testBackends()) {
  describe(`training service (${backend})`, () => {
    let h: DatabaseHandle
    const clock = fixedClock(NOW)
    const deps = () => ({ db: h.db, clock, contactPoints: { publicUrl: '', frontDoorPhone: '0300 555 0100' } })
    const ctx = (actor: Actor) => ({ actor, correlationId: 'test-training' })
    const user = async (email: string): Promise<UserAccount> => {
      const found = await findUserByEmail(h.db, email)
      assert.ok(found, email)
      return found
    }
    const actor = async (email: string) => toActor(await user(email))
    const attempts = async (a: Actor) =>
      h.db.selectFrom('training_completion').selectAll().where('user_id', '=', a.userId).orderBy('seq').execute()

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
    })
    after(() => h.close())

    test('a partner-agency user is welcomed until they have seen the guidance; CSC and the partnership never', async () => {
      assert.equal(await escalationIntroDue(deps(), await user(HANNAH)), true)
      assert.equal(await escalationIntroDue(deps(), await user(GRACE)), true)
      assert.equal(await escalationIntroDue(deps(), await user(SAM)), false)
      assert.equal(await escalationIntroDue(deps(), await user(BETH)), false)

      await recordEscalationGuidanceSeen(deps(), await actor(HANNAH))
      clock.advance(60_000)
      await recordEscalationGuidanceSeen(deps(), await actor(HANNAH))
      assert.equal(await escalationIntroDue(deps(), await user(HANNAH)), false)
      assert.equal(await escalationIntroDue(deps(), await user(GRACE)), true, 'only Hannah has seen it')
      const seen = await h.db.selectFrom('training_intro_seen').selectAll().execute()
      assert.equal(seen.length, 1)
      assert.deepEqual(seen[0]!.seen_at, NOW, 'the first time is kept')
    })

    test('a check with unanswered questions names each one and records nothing', async () => {
      const hannah = await actor(HANNAH)
      const { 'no-response': _n, 'immediate-risk': _i, ...some } = ALL_RIGHT
      const result = await submitEscalationCheck(deps(), ctx(hannah), hannah, 1, some)
      assert.ok(!result.ok)
      assert.deepEqual(
        result.error.unanswered.map(u => u.question.number),
        [2, 4],
      )
      assert.equal(result.error.check.policyVersion, 1)
      assert.equal((await attempts(hannah)).length, 0)
      assert.equal(await latestEscalationCheckResult(deps(), hannah), undefined)
    })

    test('every completed attempt is kept with its score and answers, whatever the score', async () => {
      const hannah = await actor(HANNAH)
      const first = await submitEscalationCheck(deps(), ctx(hannah), hannah, 1, {
        ...ALL_RIGHT,
        'stage-1-response-time': '2',
        'not-a-complaint': 'yes-complaint',
      })
      assert.ok(first.ok)
      assert.equal(first.value.marked.score, 3)
      clock.advance(3_600_000)
      const second = await submitEscalationCheck(deps(), ctx(hannah), hannah, 1, ALL_RIGHT)
      assert.ok(second.ok)

      const rows = await attempts(hannah)
      assert.deepEqual(
        rows.map(r => [r.module, r.policy_version, r.score, r.question_count]),
        [
          ['escalation', 1, 3, 5],
          ['escalation', 1, 5, 5],
        ],
      )
      assert.deepEqual(rows[0]!.answers, {
        ...ALL_RIGHT,
        'stage-1-response-time': '2',
        'not-a-complaint': 'yes-complaint',
      })
      assert.deepEqual(rows[1]!.completed_at, clock.now())

      const latest = await latestEscalationCheckResult(deps(), hannah)
      assert.ok(latest)
      assert.equal(latest.marked.score, 5)
      assert.equal(latest.attempts, 2)
      assert.deepEqual(latest.completedAt, clock.now())
      assert.match(latest.marked.answers[1]!.question.explanation, /call the front door on 0300 555 0100/)

      const audited = await h.db
        .selectFrom('audit_event')
        .select(['action', 'details'])
        .where('action', '=', 'training.check-completed')
        .where('subject_id', '=', hannah.userId)
        .execute()
      assert.equal(audited.length, 2)
      assert.deepEqual(audited[0]!.details, { module: 'escalation', policyVersion: 1, score: 3, total: 5 })

      await assert.rejects(
        sql`update training_completion set score = 5 where user_id = ${hannah.userId}`.execute(h.db),
        /append-only/,
      )
    })

    test('a check started before a new policy version is marked against the version it was built from', async () => {
      const beth = await actor(BETH)
      const policy = structuredClone(DEFAULT_ESCALATION_POLICY) as any
      policy.stages[0].respondWithinWorkingDays = 4
      const published = await publishEscalationPolicy(deps(), ctx(beth), beth, JSON.stringify(policy), 1)
      assert.ok(published.ok)

      const current = await escalationCheck(deps())
      assert.equal(current.policyVersion, 2)
      assert.equal(current.questions[0]!.correct, '4')
      assert.equal((await escalationCheck(deps(), 1)).questions[0]!.correct, '3')
      assert.equal((await escalationCheck(deps(), 99)).policyVersion, 2, 'an unknown version falls back to the current')

      const claire = await actor(CLAIRE)
      const old = await submitEscalationCheck(deps(), ctx(claire), claire, 1, ALL_RIGHT)
      assert.ok(old.ok)
      assert.equal(old.value.marked.score, 5)
      const now = await submitEscalationCheck(deps(), ctx(claire), claire, 2, ALL_RIGHT)
      assert.ok(now.ok)
      assert.equal(now.value.marked.score, 4, 'stage 1 now has 4 working days')
      assert.equal((await latestEscalationCheckResult(deps(), claire))?.policyVersion, 2)
    })

    test('completion counts by agency: users, seen, completed (once each) and attempts', async () => {
      await recordEscalationGuidanceSeen(deps(), await actor(GRACE))
      const beth = await actor(BETH)
      const counts = await escalationTrainingByAgency(deps(), beth)
      const agency = (name: string) => counts.find(c => c.agencyName === name)
      const activeUsers = async (name: string) =>
        Number(
          (
            await h.db
              .selectFrom('app_user as u')
              .innerJoin('agency as a', 'a.id', 'u.agency_id')
              .select(eb => eb.fn.countAll<string>().as('n'))
              .where('a.name', '=', name)
              .where('u.active', '=', true)
              .executeTakeFirstOrThrow()
          ).n,
        )

      const hv = agency('Northbridge Community Health Visiting')
      assert.ok(hv)
      assert.equal(hv.agencyKind, 'health_visiting')
      assert.equal(hv.users, await activeUsers('Northbridge Community Health Visiting'))
      // Hannah saw the page and completed twice; Claire completed twice, which counts as having seen it.
      assert.deepEqual([hv.introSeen, hv.completed, hv.attempts], [2, 2, 4])
      const school = agency('Northbridge Primary School')
      assert.deepEqual([school?.introSeen, school?.completed, school?.attempts], [1, 0, 0])
      const csc = agency("Northbridge Children's Services Front Door")
      assert.deepEqual([csc?.completed, csc?.attempts], [0, 0])
      assert.ok((csc?.users ?? 0) > 0)
      assert.equal(
        counts.length,
        Number((await sql<{ n: number }>`select count(*)::int as n from agency`.execute(h.db)).rows[0]!.n),
      )
    })

    test('only partnership roles see completion by agency', async () => {
      await assert.rejects(escalationTrainingByAgency(deps(), await actor(HANNAH)), ForbiddenError)
      await assert.rejects(escalationTrainingByAgency(deps(), await actor(SAM)), ForbiddenError)
    })
  })
}
