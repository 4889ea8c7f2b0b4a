import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { toLondonDate } from '../domain/calendar/index.js'
import { millsVagueReferral, okonkwoByrneReferral } from '../domain/referral/referral-personas.js'
import { findUserByEmail, toActor } from '../data/repositories/identity-repository.js'
import type { Actor } from '../domain/access/actor.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import { testBackends } from '../../test/support/test-db.js'
import { saveDraft, startReferral, viewReferral } from './referral-service.js'
import { submitReferral, submitWholeReferral } from './referral-submission-service.js'

const ctx = { actor: null, correlationId: 'test' }

for (const backend of testBackends()) {
  describe(`referral submission (${backend})`, () => {
    let t: TestApp
    let hannah: Actor
    let grace: Actor
    let claire: Actor
    before(async () => {
      t = await startTestApp(backend)
      const actorFor = async (email: string) => toActor((await findUserByEmail(t.deps.db, email))!)
      hannah = await actorFor('hannah.ward@hv.northbridge.example')
      grace = await actorFor('grace.okafor@school.northbridge.example')
      claire = await actorFor('claire.moss@hv.northbridge.example')
    })
    after(() => t.close())

    const today = () => toLondonDate(t.clock.now())
    const draftWith = async (actor: Actor, content: ReturnType<typeof okonkwoByrneReferral>) => {
      const started = await startReferral(t.deps, ctx, actor, 'web')
      assert.ok(started.ok)
      const saved = await saveDraft(t.deps, ctx, actor, started.value.id, 1, 'all', () => content)
      assert.ok(saved.ok)
      return started.value.id
    }
    const count = async (
      table: 'contact' | 'deadline' | 'notification' | 'referral_person',
      column: string,
      value: string,
    ) =>
      Number(
        (
          await t.deps.db
            .selectFrom(table)
            .select(eb => eb.fn.countAll().as('n'))
            .where(column as never, '=', value as never)
            .executeTakeFirstOrThrow()
        ).n,
      )

    test('submitting makes a contact due by the end of the next working day, with its people, deadline, event, audit and acknowledgement', async () => {
      // Thursday 26 November 2026, 10am: due by the end of Friday 27 November.
      const content = okonkwoByrneReferral(today())
      const id = await draftWith(hannah, content)
      const result = await submitReferral(t.deps, ctx, hannah, id)
      assert.ok(result.ok, JSON.stringify(!result.ok && result.error))
      assert.match(result.value.reference, /^R-2026-\d{6}$/)
      assert.equal(result.value.decisionDueAt.toISOString(), '2026-11-27T23:59:59.999Z')
      assert.ok(result.value.quality.score >= 90)

      const contact = await t.deps.db
        .selectFrom('contact')
        .selectAll()
        .where('referral_id', '=', id)
        .executeTakeFirstOrThrow()
      assert.equal(contact.status, 'awaiting-screening')
      assert.equal(contact.source_code, '3B', 'a health visitor is CIN source 3B')
      assert.equal(await count('deadline', 'subject_id', contact.id), 1)
      assert.equal(await count('referral_person', 'referral_id', id), content.children.length + content.adults.length)
      const notification = await t.deps.db
        .selectFrom('notification')
        .selectAll()
        .where('related_id', '=', id)
        .executeTakeFirstOrThrow()
      assert.equal(notification.kind, 'referral-acknowledgement')
      assert.equal(notification.to_address, 'hannah.ward@hv.northbridge.example')
      assert.match(notification.body_text, /by 27 November 2026, 11:59pm/)
      assert.match(notification.body_text, /^Dear Hannah Ward,/)
      for (const child of content.children) {
        for (const name of [child.givenName, child.familyName].filter(Boolean)) {
          assert.ok(
            !(notification.subject + notification.body_text).includes(name!),
            `no child's name (${name}) in email`,
          )
        }
      }

      const referral = await viewReferral(t.deps, ctx, hannah, id)
      assert.equal(referral.status, 'submitted')
      assert.equal(referral.thresholdDocumentVersion, 1)
      const events = await t.deps.db
        .selectFrom('referral_event')
        .select('type')
        .where('referral_id', '=', id)
        .orderBy('seq')
        .execute()
      assert.deepEqual(
        events.map(e => e.type),
        ['draft-started', 'draft-saved', 'submitted'],
      )
      const audit = await t.deps.db.selectFrom('audit_event').select('action').where('subject_id', '=', id).execute()
      assert.ok(audit.some(a => a.action === 'referral.submitted'))
    })

    test('a second submit returns the same referral and makes nothing new', async () => {
      const id = await draftWith(hannah, okonkwoByrneReferral(today()))
      const [first, second] = await Promise.all([
        submitReferral(t.deps, ctx, hannah, id),
        submitReferral(t.deps, ctx, hannah, id),
      ])
      assert.ok(first.ok && second.ok)
      assert.equal(first.value.reference, second.value.reference)
      assert.equal(await count('contact', 'referral_id', id), 1)
      assert.equal(await count('notification', 'related_id', id), 1)
    })

    test('an incomplete draft is refused with every problem, and nothing is written', async () => {
      const started = await startReferral(t.deps, ctx, hannah, 'web')
      assert.ok(started.ok)
      const result = await submitReferral(t.deps, ctx, hannah, started.value.id)
      assert.equal(result.ok, false)
      assert.ok(!result.ok && result.error.kind === 'incomplete')
      const sections = new Set(
        !result.ok && result.error.kind === 'incomplete' ? result.error.problems.map(p => p.section) : [],
      )
      for (const s of ['immediate-danger', 'children', 'concerns', 'level', 'consent'])
        assert.ok(sections.has(s as never), s)
      assert.equal(await count('contact', 'referral_id', started.value.id), 0)
      assert.equal((await viewReferral(t.deps, ctx, hannah, started.value.id)).status, 'draft')
    })

    test('a vague referral can still be sent, and its low quality score is stored for reporting', async () => {
      const id = await draftWith(hannah, millsVagueReferral(today()))
      const result = await submitReferral(t.deps, ctx, hannah, id)
      assert.ok(result.ok)
      assert.ok(result.value.quality.score < 60, `score ${result.value.quality.score}`)
      const row = await t.deps.db
        .selectFrom('referral')
        .select(['quality_score', 'quality_prompts'])
        .where('id', '=', id)
        .executeTakeFirstOrThrow()
      assert.equal(row.quality_score, result.value.quality.score)
      assert.ok(Array.isArray(row.quality_prompts) && row.quality_prompts.length > 0)
    })

    test('only the author can see a draft; once sent, their agency lead can, another agency cannot', async () => {
      const id = await draftWith(hannah, okonkwoByrneReferral(today()))
      await assert.rejects(viewReferral(t.deps, ctx, claire, id), { name: 'NotFoundError' })
      assert.ok((await submitReferral(t.deps, ctx, hannah, id)).ok)
      assert.equal((await viewReferral(t.deps, ctx, claire, id)).id, id)
      await assert.rejects(viewReferral(t.deps, ctx, grace, id), { name: 'NotFoundError' })
      await assert.rejects(submitReferral(t.deps, ctx, grace, id), { name: 'NotFoundError' })
    })

    test('a whole referral from the API is idempotent by key, and a refused one leaves nothing behind', async () => {
      const content = okonkwoByrneReferral(today())
      const first = await submitWholeReferral(t.deps, ctx, hannah, content, 'his-system-42')
      const again = await submitWholeReferral(t.deps, ctx, hannah, content, 'his-system-42')
      assert.ok(first.ok && again.ok)
      assert.equal(again.value.referralId, first.value.referralId)
      assert.equal(again.value.replayed, true)
      const reused = await submitWholeReferral(t.deps, ctx, hannah, millsVagueReferral(today()), 'his-system-42')
      assert.deepEqual(reused, { ok: false, error: { kind: 'idempotency-key-reused' } })

      const before = Number(
        (
          await t.deps.db
            .selectFrom('referral')
            .select(eb => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
      const refused = await submitWholeReferral(t.deps, ctx, hannah, { ...content, children: [] }, 'another-key')
      assert.ok(!refused.ok && refused.error.kind === 'incomplete')
      const after = Number(
        (
          await t.deps.db
            .selectFrom('referral')
            .select(eb => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )
      assert.equal(after, before, 'no half-saved referral')
    })
  })
}
