import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { after, before, describe, test } from 'node:test'
import { sql } from 'kysely'
import { actorFor } from '../../test/support/actors.js'
import { SEED_TIME } from '../../test/support/templates.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import type { Actor } from '../domain/access/actor.js'
import { EARLY_HELP_SOURCES } from '../domain/early-help/early-help-service.js'
import { fixedClock } from './clock.js'
import {
  getEarlyHelpService,
  importOpenReferralUk,
  listEarlyHelpServices,
  seedEarlyHelpDirectory,
} from './early-help-service.js'
import { ForbiddenError } from './errors.js'
import { NORTHBRIDGE_EARLY_HELP_SERVICES } from './seed/northbridge-early-help.js'

const SAMPLE = JSON.parse(
  readFileSync(new URL('../../test/fixtures/oruk-northbridge-sample.json', import.meta.url), 'utf8'),
) as { content: Array<Record<string, unknown>> }
const CHATTERBOX = '3f6c2a1e-5b7d-4c1a-9e2f-8a0b1c2d3e4f'
const IMPORT_TIME = new Date('2026-11-26T10:00:00Z')

const names = (services: ReadonlyArray<{ name: string }>) => services.map(s => s.name)

const importAudits = (h: DatabaseHandle) =>
  h.db
    .selectFrom('audit_event')
    .select(['actor_user_id', 'subject_type', 'details', 'correlation_id'])
    .where('action', '=', 'early-help.imported')
    .orderBy('seq')
    .execute()

for (const backend of testBackends()) {
  describe(`early help directory: reading (${backend})`, () => {
    let h: DatabaseHandle
    const deps = () => ({ db: h.db })
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
    })
    after(() => h.close())

    test('the demo seed added every Northbridge service, by name, once, and audited it', async () => {
      const all = await listEarlyHelpServices(deps())
      assert.equal(all.length, NORTHBRIDGE_EARLY_HELP_SERVICES.length)
      assert.deepEqual(
        names(all),
        names(NORTHBRIDGE_EARLY_HELP_SERVICES).sort((a, b) => a.toLowerCase().localeCompare(b.toLowerCase())),
      )
      assert.ok(all.every(s => s.source === 'northbridge-seed' && s.active))
      const seeded = await h.db
        .selectFrom('audit_event')
        .select(['details', 'occurred_at'])
        .where('action', '=', 'early-help.seeded')
        .execute()
      assert.deepEqual(
        seeded.map(r => r.details),
        [{ added: NORTHBRIDGE_EARLY_HELP_SERVICES.length }],
      )
      // Seeding again adds nothing and writes no audit row.
      assert.equal(await seedEarlyHelpDirectory(h.db, fixedClock(SEED_TIME)), 0)
      assert.equal((await listEarlyHelpServices(deps())).length, NORTHBRIDGE_EARLY_HELP_SERVICES.length)
    })

    test('a stored service reads back exactly as it was seeded', async () => {
      const [hubs] = await listEarlyHelpServices(deps(), { text: 'Family Hubs' })
      assert.ok(hubs)
      const seed = NORTHBRIDGE_EARLY_HELP_SERVICES.find(s => s.name === 'Northbridge Family Hubs')
      assert.deepEqual(hubs, { ...seed, id: hubs.id, active: true })
      assert.deepEqual(await getEarlyHelpService(deps(), hubs.id), hubs)
    })

    test('text search needs every word, in any field, ignoring case', async () => {
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { text: 'YOUNG carers' })), [
        'Northbridge Young Carers Service',
      ])
      // "MARAC" is only in an eligibility.
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { text: 'marac' })), [
        'Harbour Family Domestic Abuse Support',
      ])
      assert.deepEqual(await listEarlyHelpServices(deps(), { text: 'carers trampoline' }), [])
    })

    test('% and _ in a search are plain characters, not wildcards', async () => {
      assert.deepEqual(await listEarlyHelpServices(deps(), { text: '%' }), [])
      assert.deepEqual(await listEarlyHelpServices(deps(), { text: '_' }), [])
    })

    test("a child's age keeps services whose range includes it, and those with no range", async () => {
      const forBaby = names(await listEarlyHelpServices(deps(), { childAgeYears: 0 }))
      assert.ok(forBaby.includes('Bump to Baby Peer Support'))
      assert.ok(forBaby.includes('Northbridge Family Money Advice'), 'no age range: any age')
      assert.ok(!forBaby.includes('Northbridge Youth Service'))
      const forTeen = names(await listEarlyHelpServices(deps(), { childAgeYears: 17 }))
      assert.ok(forTeen.includes('Northbridge Youth Service'))
      assert.ok(forTeen.includes('Healthy Relationships Project'))
      assert.ok(!forTeen.includes('Bump to Baby Peer Support'))
      assert.ok(!forTeen.includes('Harbour Family Domestic Abuse Support'), '4 to 16')
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { childAgeYears: 30 })), [
        'Northbridge Family Money Advice',
      ])
    })

    test('area, text and age combine', async () => {
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { area: 'eastgate' })), [
        'Northbridge Family Hubs',
        'Northbridge Youth Service',
      ])
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { area: 'Eastgate', childAgeYears: 3 })), [
        'Northbridge Family Hubs',
      ])
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { text: 'youth', area: 'Riverside' })), [])
    })

    test('an unknown or malformed id is no service', async () => {
      assert.equal(await getEarlyHelpService(deps(), '00000000-0000-4000-8000-000000000000'), undefined)
      assert.equal(await getEarlyHelpService(deps(), 'not-a-uuid'), undefined)
      assert.equal(await getEarlyHelpService(deps(), "' or 1=1 --"), undefined)
    })

    test('the source check constraint matches the TypeScript union', async () => {
      const { rows } = await sql<{ def: string }>`
        select pg_get_constraintdef(c.oid) as def from pg_constraint c
        where c.conname = 'early_help_service_source_check'`.execute(h.db)
      const values = [...(rows[0]?.def ?? '').matchAll(/'([a-z-]+)'::text/g)].map(m => m[1]).sort()
      assert.deepEqual(values, [...EARLY_HELP_SOURCES].sort())
    })
  })

  describe(`early help directory: importing Open Referral UK (${backend})`, () => {
    let h: DatabaseHandle
    let beth: Actor
    let hannah: Actor
    const deps = () => ({ db: h.db, clock: fixedClock(IMPORT_TIME) })
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      beth = await actorFor(h.db, 'beth.lawson@partnership.northbridge.example')
      hannah = await actorFor(h.db, 'hannah.ward@hv.northbridge.example')
    })
    after(() => h.close())

    test('the sample feed adds three services, skips the broken record and audits the counts', async () => {
      const result = await importOpenReferralUk(deps(), SAMPLE, null, { correlationId: 'cli:directory import' })
      assert.ok(result.ok)
      assert.deepEqual(result.value, {
        created: 3,
        updated: 0,
        unchanged: 0,
        withdrawn: 0,
        skipped: [
          { ref: 'record 4 (Toddler Talk)', reason: 'it has no id, so a later import could not find it again' },
        ],
      })
      const [chatterbox] = await listEarlyHelpServices(deps(), { text: 'Chatterbox' })
      assert.equal(chatterbox?.externalId, CHATTERBOX)
      assert.equal(chatterbox?.source, 'open-referral-uk')
      assert.deepEqual(names(await listEarlyHelpServices(deps(), { text: 'dads', childAgeYears: 10 })), [
        "Riverside Dads' Group",
      ])
      assert.deepEqual(await importAudits(h), [
        {
          actor_user_id: null,
          subject_type: 'early-help-directory',
          correlation_id: 'cli:directory import',
          details: { format: 'open-referral-uk', created: 3, updated: 0, unchanged: 0, withdrawn: 0, skipped: 1 },
        },
      ])
    })

    test('importing the same feed again changes nothing; a changed record is updated in place', async () => {
      const again = await importOpenReferralUk(deps(), SAMPLE, beth)
      assert.ok(again.ok)
      assert.deepEqual([again.value.created, again.value.updated, again.value.unchanged], [0, 0, 3])

      const before = await listEarlyHelpServices(deps(), { text: 'Chatterbox' })
      const changed = structuredClone(SAMPLE)
      changed.content[0]!.maximum_age = 7
      changed.content[0]!.name = 'Chatterbox Speech and Language Drop-in (Tuesdays)'
      const result = await importOpenReferralUk(deps(), changed, beth)
      assert.ok(result.ok)
      assert.deepEqual([result.value.created, result.value.updated, result.value.unchanged], [0, 1, 2])
      const after = await getEarlyHelpService(deps(), before[0]!.id)
      assert.equal(after?.name, 'Chatterbox Speech and Language Drop-in (Tuesdays)')
      assert.equal(after?.maxAgeYears, 7)
      assert.equal((await importAudits(h)).at(-1)?.actor_user_id, beth.userId)
    })

    test('a service the feed marks defunct leaves the list but can still be read by id', async () => {
      const [chatterbox] = await listEarlyHelpServices(deps(), { text: 'Chatterbox' })
      assert.ok(chatterbox)
      const withdrawn = structuredClone(SAMPLE)
      withdrawn.content[0]!.status = 'defunct'
      const result = await importOpenReferralUk(deps(), withdrawn, null)
      assert.ok(result.ok)
      assert.equal(result.value.withdrawn, 1)
      assert.deepEqual(await listEarlyHelpServices(deps(), { text: 'Chatterbox' }), [])
      assert.equal((await getEarlyHelpService(deps(), chatterbox.id))?.active, false)

      // Withdrawing it again counts nothing; listing it as active again brings it back.
      const twice = await importOpenReferralUk(deps(), withdrawn, null)
      assert.ok(twice.ok)
      assert.equal(twice.value.withdrawn, 0)
      const back = await importOpenReferralUk(deps(), SAMPLE, null)
      assert.ok(back.ok)
      assert.equal(back.value.updated, 1)
      assert.equal((await getEarlyHelpService(deps(), chatterbox.id))?.active, true)
    })

    test('a file that is not a feed is refused and writes nothing', async () => {
      const audits = (await importAudits(h)).length
      const result = await importOpenReferralUk(deps(), { services: 'none' }, null)
      assert.equal(result.ok, false)
      if (!result.ok) assert.equal(result.error.kind, 'not-a-feed')
      assert.equal((await importAudits(h)).length, audits)
    })

    test('only partnership managers and administrators may import', async () => {
      await assert.rejects(importOpenReferralUk(deps(), SAMPLE, hannah), ForbiddenError)
    })
  })
}
