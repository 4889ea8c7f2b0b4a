import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import type { DatabaseHandle } from '../../data/db.js'
import { findUserByEmail, toActor } from '../../data/repositories/identity-repository.js'
import type { Actor } from '../../domain/access/actor.js'
import { DEFAULT_DOUBLE_SCREENING_RULES } from '../../domain/screening/index.js'
import { fixedClock } from '../clock.js'
import { ForbiddenError } from '../errors.js'
import { currentRules, recordsEveryContactAsReferral } from './screening-context.js'
import {
  publishScreeningRules,
  setRecordEveryContactAsReferral,
  viewScreeningRules,
} from './screening-settings-service.js'

const PUBLISH_TIME = new Date('2026-11-26T10:00:00Z')
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner
const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer

/** The default rules as a manager edits them, with one change. */
function edited(change: (rules: any[]) => void): string {
  const rules = structuredClone(DEFAULT_DOUBLE_SCREENING_RULES) as any[]
  change(rules)
  return JSON.stringify(rules, null, 2)
}

const withoutSample = () =>
  edited(rules => {
    rules.find(r => r.id === 'random-nfa-sample').enabled = false
  })

async function actorFor(h: DatabaseHandle, email: string): Promise<Actor> {
  const user = await findUserByEmail(h.db, email)
  assert.ok(user, email)
  return toActor(user)
}

const auditRows = (h: DatabaseHandle, action: string) =>
  h.db
    .selectFrom('audit_event')
    .select(['actor_user_id', 'subject_type', 'subject_id', 'details', 'correlation_id'])
    .where('action', '=', action)
    .orderBy('seq')
    .execute()

const versionCount = async (h: DatabaseHandle) =>
  Number(
    (
      await h.db
        .selectFrom('screening_ruleset')
        .select(eb => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow()
    ).n,
  )

for (const backend of testBackends()) {
  describe(`screening settings service (${backend})`, () => {
    let h: DatabaseHandle
    let beth: Actor
    let sam: Actor
    let hannah: Actor
    const clock = fixedClock(PUBLISH_TIME)
    const deps = () => ({ db: h.db, clock })
    const ctx = (actor: Actor) => ({ actor, correlationId: 'test-screening-rules' })

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      beth = await actorFor(h, BETH)
      sam = await actorFor(h, SAM)
      hannah = await actorFor(h, HANNAH)
    })
    after(() => h.close())

    test('front door staff read the default rules as version 1; a referrer may not', async () => {
      const view = await viewScreeningRules(deps(), sam)
      assert.equal(view.version, 1)
      assert.deepEqual(view.rules, DEFAULT_DOUBLE_SCREENING_RULES)
      assert.equal(view.publishedByName, null)
      assert.equal(view.recordEveryContactAsReferral, false)
      await assert.rejects(viewScreeningRules(deps(), hannah), ForbiddenError)
    })

    test('only partnership managers and administrators publish, and nothing is written otherwise', async () => {
      await assert.rejects(publishScreeningRules(deps(), ctx(sam), sam, withoutSample(), 1), ForbiddenError)
      await assert.rejects(publishScreeningRules(deps(), ctx(hannah), hannah, withoutSample(), 1), ForbiddenError)
      assert.equal(await versionCount(h), 1)
    })

    test('broken JSON says where it breaks', async () => {
      const typed = withoutSample().replace('"enabled": true', '"enabled": true,,')
      const result = await publishScreeningRules(deps(), ctx(beth), beth, typed, 1)
      assert.equal(result.ok, false)
      assert.ok(!result.ok && result.error.kind === 'invalid')
      assert.match(
        result.error.problems[0]!.message,
        /^Correct the JSON on line 6, column 21, just after "enabled": true,/,
      )
      assert.deepEqual(await publishScreeningRules(deps(), ctx(beth), beth, '  ', 1), {
        ok: false,
        error: { kind: 'invalid', problems: [{ message: 'Enter the rules as JSON' }] },
      })
    })

    test('rules that break the rules list every problem, and nothing is written', async () => {
      const typed = edited(rules => {
        rules[1].condition.minimumGap = 7
        rules[4].condition.percent = 'ten'
      })
      const result = await publishScreeningRules(deps(), ctx(beth), beth, typed, 1)
      assert.deepEqual(result, {
        ok: false,
        error: {
          kind: 'invalid',
          problems: [
            { rule: 2, message: 'Rule 2: minimumGap must be a whole number from 1 to 3' },
            { rule: 5, message: 'Rule 5: percent must be a whole number from 0 to 100' },
          ],
        },
      })
      assert.equal(await versionCount(h), 1)
    })

    test('publishing the rules already in force is refused', async () => {
      const result = await publishScreeningRules(
        deps(),
        ctx(beth),
        beth,
        edited(() => {}),
        1,
      )
      assert.deepEqual(result, { ok: false, error: { kind: 'unchanged', currentVersion: 1 } })
    })

    test('a partnership manager publishes version 2 in one audited transaction, and decisions use it', async () => {
      const result = await publishScreeningRules(deps(), ctx(beth), beth, withoutSample(), 1)
      assert.ok(result.ok)
      assert.equal(result.value.version, 2)

      const rules = await currentRules(h.db, PUBLISH_TIME)
      assert.equal(rules.version, 2)
      assert.equal(rules.rules.find(r => r.id === 'random-nfa-sample')?.enabled, false)

      const view = await viewScreeningRules(deps(), sam)
      assert.equal(view.version, 2)
      assert.equal(view.publishedByName, 'Beth Lawson')
      assert.deepEqual(view.publishedAt, PUBLISH_TIME)

      const rows = await auditRows(h, 'screening-rules.published')
      assert.equal(rows.length, 1)
      assert.equal(rows[0]?.actor_user_id, beth.userId)
      assert.equal(rows[0]?.subject_type, 'screening-ruleset')
      assert.equal(rows[0]?.subject_id, '2')
      assert.equal(rows[0]?.correlation_id, 'test-screening-rules')
      assert.deepEqual(rows[0]?.details, {
        version: 2,
        previousVersion: 1,
        added: [],
        removed: [],
        changed: ['random-nfa-sample'],
        enabled: ['young-child-nfa', 'below-referrer-level', 'repeat-contact', 'police-domestic-abuse-nfa'],
      })
    })

    test('an edit started from an older version is reported, not published over the newer one', async () => {
      const typed = edited(rules => {
        rules[2].condition.minContacts = 4
      })
      const result = await publishScreeningRules(deps(), ctx(beth), beth, typed, 1)
      assert.deepEqual(result, { ok: false, error: { kind: 'stale', currentVersion: 2, expectedVersion: 1 } })
      assert.equal((await currentRules(h.db, PUBLISH_TIME)).version, 2)
    })

    test('two managers publishing from the same version at once: one wins, the other is told', async () => {
      const typed = ['A', 'B'].map(tag =>
        edited(rules => {
          rules[0].name = `Young children ${tag}`
        }),
      )
      const results = await Promise.all(typed.map(t => publishScreeningRules(deps(), ctx(beth), beth, t, 2)))
      const published = results.filter(r => r.ok)
      assert.equal(published.length, 1)
      assert.equal(published[0]!.ok && published[0]!.value.version, 3)
      assert.deepEqual(
        results.find(r => !r.ok),
        { ok: false, error: { kind: 'stale', currentVersion: 3, expectedVersion: 2 } },
      )
    })

    test('published versions cannot be changed or deleted, even by hand', async () => {
      await assert.rejects(sql`update screening_ruleset set rules = '[]'`.execute(h.db), /append-only/)
      await assert.rejects(sql`delete from screening_ruleset`.execute(h.db), /append-only/)
      assert.equal(await versionCount(h), 3)
    })

    test('recording every contact as a referral is a partnership setting, changed with an audit row', async () => {
      await assert.rejects(setRecordEveryContactAsReferral(deps(), ctx(sam), sam, true), ForbiddenError)
      assert.equal(await recordsEveryContactAsReferral(h.db), false)

      assert.deepEqual(await setRecordEveryContactAsReferral(deps(), ctx(beth), beth, true), { changed: true })
      assert.equal(await recordsEveryContactAsReferral(h.db), true)
      assert.equal((await viewScreeningRules(deps(), sam)).recordEveryContactAsReferral, true)
      // Saving the same answer again changes nothing and adds nothing to the trail.
      assert.deepEqual(await setRecordEveryContactAsReferral(deps(), ctx(beth), beth, true), { changed: false })
      assert.deepEqual(await setRecordEveryContactAsReferral(deps(), ctx(beth), beth, false), { changed: true })
      assert.equal(await recordsEveryContactAsReferral(h.db), false)

      const rows = await auditRows(h, 'partnership-setting.changed')
      assert.deepEqual(
        rows.map(r => [r.actor_user_id, r.subject_id, r.details]),
        [
          [beth.userId, 'record-every-contact-as-referral', { from: false, to: true }],
          [beth.userId, 'record-every-contact-as-referral', { from: true, to: false }],
        ],
      )
    })
  })
}
