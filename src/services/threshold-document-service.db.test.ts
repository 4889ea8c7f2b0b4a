import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { SEED_TIME } from '../../test/support/templates.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import { findUserByEmail, toActor } from '../data/repositories/identity-repository.js'
import type { Actor } from '../domain/access/actor.js'
import type { ThresholdDocumentContent } from '../domain/threshold/threshold-document-rules.js'
import { fixedClock } from './clock.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import { NORTHBRIDGE_THRESHOLD_DOCUMENT } from './seed/northbridge-threshold-document.js'
import {
  currentThresholdDocument,
  NoThresholdDocumentError,
  publishThresholdDocument,
  seedThresholdDocument,
  thresholdDocumentVersion,
  thresholdDocumentVersions,
} from './threshold-document-service.js'

const PUBLISH_TIME = new Date('2026-11-26T10:00:00Z')

/** Version 1 with one example reworded, as a partnership manager would change it. */
function reworded(): ThresholdDocumentContent {
  const doc = structuredClone(NORTHBRIDGE_THRESHOLD_DOCUMENT)
  doc.indicators[0]!.examples[2] = ['Two missed health visitor checks in a row']
  return doc
}

async function actorFor(h: DatabaseHandle, email: string): Promise<Actor> {
  const user = await findUserByEmail(h.db, email)
  assert.ok(user, email)
  return toActor(user)
}

const auditRows = (h: DatabaseHandle) =>
  h.db
    .selectFrom('audit_event')
    .select(['action', 'actor_user_id', 'subject_type', 'subject_id', 'details', 'correlation_id'])
    .where('action', '=', 'threshold-document.published')
    .orderBy('seq')
    .execute()

for (const backend of testBackends()) {
  describe(`threshold document service (${backend})`, () => {
    let h: DatabaseHandle
    let beth: Actor
    let hannah: Actor
    const clock = fixedClock(PUBLISH_TIME)
    const ctx = (actor: Actor) => ({ actor, correlationId: 'test-publish' })

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      beth = await actorFor(h, 'beth.lawson@partnership.northbridge.example')
      hannah = await actorFor(h, 'hannah.ward@hv.northbridge.example')
    })
    after(() => h.close())

    test('the demo seed published the Northbridge document as version 1, audited without an actor', async () => {
      const doc = await currentThresholdDocument(h)
      assert.equal(doc.version, 1)
      assert.equal(doc.title, 'Northbridge threshold guidance')
      assert.deepEqual(doc.publishedAt, SEED_TIME)
      assert.deepEqual(doc.levels, NORTHBRIDGE_THRESHOLD_DOCUMENT.levels)
      assert.deepEqual(doc.indicators, NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators)
      const [row] = await auditRows(h)
      assert.equal(row?.actor_user_id, null)
      assert.equal(row?.correlation_id, 'test-seed')
      assert.deepEqual(row?.details, {
        version: 1,
        title: 'Northbridge threshold guidance',
        indicators: NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length,
      })
    })

    test('a referrer cannot publish, and nothing is written', async () => {
      await assert.rejects(
        publishThresholdDocument({ db: h.db, clock }, ctx(hannah), hannah, reworded()),
        ForbiddenError,
      )
      assert.equal((await currentThresholdDocument(h)).version, 1)
    })

    test('invalid content comes back as problems, and nothing is written', async () => {
      const content = {
        ...reworded(),
        indicators: reworded().indicators.filter(i => i.domain !== 'family-environment'),
      }
      const result = await publishThresholdDocument({ db: h.db, clock }, ctx(beth), beth, content)
      assert.deepEqual(result, {
        ok: false,
        error: {
          kind: 'invalid',
          problems: [
            { kind: 'empty-domain', message: 'Add at least one indicator for Family and environmental factors' },
          ],
        },
      })
      assert.equal((await thresholdDocumentVersions(h)).length, 1)
    })

    test('publishing the same content again is refused', async () => {
      const result = await publishThresholdDocument(
        { db: h.db, clock },
        ctx(beth),
        beth,
        NORTHBRIDGE_THRESHOLD_DOCUMENT,
      )
      assert.deepEqual(result, { ok: false, error: { kind: 'unchanged', currentVersion: 1 } })
    })

    test('a partnership manager publishes version 2 in one audited transaction', async () => {
      const result = await publishThresholdDocument({ db: h.db, clock }, ctx(beth), beth, reworded(), {
        basedOnVersion: 1,
      })
      assert.ok(result.ok)
      assert.equal(result.value.version, 2)
      assert.deepEqual(result.value.publishedAt, PUBLISH_TIME)

      const current = await currentThresholdDocument(h)
      assert.equal(current.version, 2)
      assert.deepEqual(current.indicators[0]?.examples[2], ['Two missed health visitor checks in a row'])
      assert.deepEqual((await thresholdDocumentVersion(h, 1)).indicators, NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators)

      const rows = await auditRows(h)
      assert.equal(rows.length, 2)
      assert.equal(rows[1]?.actor_user_id, beth.userId)
      assert.equal(rows[1]?.subject_type, 'threshold-document')
      assert.equal(rows[1]?.correlation_id, 'test-publish')
      assert.deepEqual(rows[1]?.details, {
        version: 2,
        title: 'Northbridge threshold guidance',
        indicators: NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length,
      })

      const versions = await thresholdDocumentVersions(h)
      assert.deepEqual(
        versions.map(v => [v.version, v.publishedByName, v.indicatorCount]),
        [
          [2, 'Beth Lawson', NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length],
          [1, null, NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length],
        ],
      )
    })

    test('an edit started from an older version is reported, not silently published over a newer one', async () => {
      const edit = reworded()
      edit.title = 'Northbridge threshold guidance (revised)'
      const result = await publishThresholdDocument({ db: h.db, clock }, ctx(beth), beth, edit, { basedOnVersion: 1 })
      assert.deepEqual(result, { ok: false, error: { kind: 'stale', currentVersion: 2, basedOnVersion: 1 } })
      assert.equal((await currentThresholdDocument(h)).version, 2)
    })

    test('two managers publishing at once get consecutive versions', async () => {
      const edits = ['A', 'B'].map(tag => ({ ...reworded(), title: `Northbridge threshold guidance ${tag}` }))
      const results = await Promise.all(
        edits.map(edit => publishThresholdDocument({ db: h.db, clock }, ctx(beth), beth, edit)),
      )
      assert.deepEqual(results.map(r => r.ok && r.value.version).sort(), [3, 4])
    })

    test('a version that does not exist is a NotFoundError', async () => {
      await assert.rejects(thresholdDocumentVersion(h, 99), NotFoundError)
      await assert.rejects(thresholdDocumentVersion(h, Number.NaN), NotFoundError)
    })

    test('published versions cannot be changed or deleted, even by hand', async () => {
      await assert.rejects(sql`update threshold_document set title = 'changed'`.execute(h.db), /cannot be changed/)
      await assert.rejects(sql`delete from threshold_document`.execute(h.db), /cannot be changed/)
      await assert.rejects(sql`truncate threshold_document`.execute(h.db), /cannot be changed/)
      assert.equal((await thresholdDocumentVersion(h, 1)).title, 'Northbridge threshold guidance')
    })

    test('seeding again does nothing once a version exists', async () => {
      const seeded = await h.db.transaction().execute(trx => seedThresholdDocument(trx, clock))
      assert.equal(seeded, undefined)
    })
  })

  describe(`threshold document service on an empty database (${backend})`, () => {
    let h: DatabaseHandle
    before(async () => {
      h = await openTestDatabase(backend, 'empty')
    })
    after(() => h.close())

    test('with nothing published, asking for the current document fails clearly', async () => {
      await assert.rejects(currentThresholdDocument(h), NoThresholdDocumentError)
      await assert.rejects(currentThresholdDocument(h), /No threshold document has been published/)
      assert.deepEqual(await thresholdDocumentVersions(h), [])
    })

    test('seeding publishes version 1', async () => {
      const clock = fixedClock(SEED_TIME)
      const seeded = await h.db.transaction().execute(trx => seedThresholdDocument(trx, clock))
      assert.equal(seeded?.version, 1)
      assert.equal((await currentThresholdDocument(h)).version, 1)
    })
  })
}
