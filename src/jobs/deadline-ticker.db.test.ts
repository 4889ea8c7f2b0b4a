import assert from 'node:assert/strict'
import { afterEach, beforeEach, describe, test } from 'node:test'
import { setTimeout as sleep } from 'node:timers/promises'
import { captureLogger } from '../../test/support/notification-fakes.js'
import { openTestDatabase, testBackends } from '../../test/support/test-db.js'
import type { DatabaseHandle } from '../data/db.js'
import {
  cancelDeadlines,
  claimDueDeadlines,
  insertDeadline,
  listDeadlines,
} from '../data/repositories/deadline-repository.js'
import { findAgencyByName, findUserByEmail, insertUser } from '../data/repositories/identity-repository.js'
import { fixedClock } from '../services/clock.js'
import { CONTACT_DECISION_DEADLINE } from '../services/contact-deadlines.js'
import { deadlineHandlers, type DeadlineHandlers } from '../services/deadline-handlers.js'
import { processDeadlineBatch, startDeadlineTicker } from './deadline-ticker.js'

// The demo template's referrals were all sent in the three weeks before 2 November 2026, so by
// T0 every one of their contact-decision deadlines has fallen due.
const T0 = new Date('2026-11-26T10:00:00Z')
const PUBLIC_URL = 'https://threshold.northbridge.example'
const CSC = "Northbridge Children's Services Front Door"

for (const backend of testBackends()) {
  describe(`deadline ticker (${backend})`, () => {
    let h: DatabaseHandle
    const clock = fixedClock(T0)
    const deps = () => ({ db: h.db, clock })
    const handlers = () => deadlineHandlers(deps(), { publicUrl: PUBLIC_URL })

    beforeEach(async () => {
      h = await openTestDatabase(backend, 'demo')
      // The demo's decided contacts leave feedback clocks and cancelled decision clocks; these
      // tests work on the open contacts' decision clocks alone.
      await h.db
        .deleteFrom('deadline')
        .where(eb => eb.or([eb('kind', '!=', CONTACT_DECISION_DEADLINE), eb('status', '!=', 'pending')]))
        .execute()
      clock.set(T0)
    })
    afterEach(() => h.close())

    const pendingDecisionDeadlines = () =>
      h.db
        .selectFrom('deadline')
        .selectAll()
        .where('kind', '=', CONTACT_DECISION_DEADLINE)
        .where('status', '=', 'pending')
        .orderBy('due_at')
        .execute()
    const deadlineRow = (id: string) =>
      h.db.selectFrom('deadline').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const contactRow = (id: string) =>
      h.db.selectFrom('contact').selectAll().where('id', '=', id).executeTakeFirstOrThrow()
    const overdueNotices = (contactId?: string) => {
      let q = h.db.selectFrom('notification').selectAll().where('kind', '=', 'contact-decision-overdue')
      if (contactId) q = q.where('related_id', '=', contactId)
      return q.execute()
    }
    const overdueEvents = (referralId?: string) => {
      let q = h.db.selectFrom('referral_event').selectAll().where('type', '=', 'decision-overdue')
      if (referralId) q = q.where('referral_id', '=', referralId)
      return q.execute()
    }
    const userId = async (email: string) => (await findUserByEmail(h.db, email))!.id

    test('the demo has due contact-decision deadlines to work on', async () => {
      const due = await pendingDecisionDeadlines()
      assert.ok(due.length >= 3, `${due.length} pending deadlines`)
      assert.ok(due.every(d => d.subject_type === 'contact' && d.due_at <= T0))
    })

    test('due deadlines fire once, earliest first; later ones wait; a second batch fires nothing', async () => {
      const all = await pendingDecisionDeadlines()
      // Stand between the deadlines: those due by then fire, the rest are not yet due.
      const cut = all[Math.floor(all.length / 2)]!.due_at
      const due = all.filter(d => d.due_at <= cut)
      const notYet = all.filter(d => d.due_at > cut)
      assert.ok(notYet.length > 0)
      clock.set(cut)

      const first = await processDeadlineBatch(deps(), handlers(), { batchSize: 100 })
      assert.deepEqual(first, { fired: due.length, unknown: 0, failed: 0 })
      for (const d of due) {
        const row = await deadlineRow(d.id)
        assert.equal(row.status, 'fired')
        assert.deepEqual(row.fired_at, cut)
      }
      for (const d of notYet) assert.equal((await deadlineRow(d.id)).status, 'pending')
      assert.equal((await overdueEvents()).length, due.length)
      // One front door manager in the demo, and no contact is assigned yet.
      assert.equal((await overdueNotices()).length, due.length)

      assert.deepEqual(await processDeadlineBatch(deps(), handlers()), { fired: 0, unknown: 0, failed: 0 })
      assert.equal((await overdueNotices()).length, due.length, 'nothing fired twice')

      clock.set(T0)
      const rest = await processDeadlineBatch(deps(), handlers(), { batchSize: 100 })
      assert.equal(rest.fired, notYet.length)
      assert.equal((await overdueEvents()).length, all.length)
      assert.deepEqual(await pendingDecisionDeadlines(), [])
    })

    test('a batch takes at most batchSize deadlines, the earliest due first', async () => {
      const all = await pendingDecisionDeadlines()
      assert.deepEqual(await processDeadlineBatch(deps(), handlers(), { batchSize: 2 }), {
        fired: 2,
        unknown: 0,
        failed: 0,
      })
      const fired = await h.db.selectFrom('deadline').select('id').where('status', '=', 'fired').execute()
      assert.deepEqual(
        fired.map(r => r.id).sort(),
        all
          .slice(0, 2)
          .map(d => d.id)
          .sort(),
      )
    })

    test('an overdue contact is marked, its referral records it, and the assignee and managers are told', async () => {
      const [deadline] = await pendingDecisionDeadlines()
      const contactId = deadline!.subject_id
      const before = await contactRow(contactId)
      const sam = await userId('sam.taylor@csc.northbridge.example')
      const mark = await userId('mark.jennings@csc.northbridge.example')
      await h.db
        .updateTable('contact')
        .set({ assigned_to_user_id: sam, assigned_at: T0 })
        .where('id', '=', contactId)
        .execute()
      // A second front door manager is told too; a former one and one outside CSC are not.
      const csc = (await findAgencyByName(h.db, CSC))!
      const partnership = (await findAgencyByName(h.db, 'Northbridge Safeguarding Children Partnership'))!
      const newManager = await insertUser(h.db, {
        email: 'kim.ellis@csc.northbridge.example',
        displayName: 'Kim Ellis',
        agencyId: csc.id,
        passwordHash: null,
        roles: ['front_door_manager'],
      })
      const leaver = await insertUser(h.db, {
        email: 'former.manager@csc.northbridge.example',
        displayName: 'Former Manager',
        agencyId: csc.id,
        passwordHash: null,
        roles: ['front_door_manager'],
      })
      await h.db.updateTable('app_user').set({ active: false }).where('id', '=', leaver).execute()
      await insertUser(h.db, {
        email: 'not.csc@partnership.northbridge.example',
        displayName: 'Not CSC',
        agencyId: partnership.id,
        passwordHash: null,
        roles: ['front_door_manager'],
      })

      clock.set(deadline!.due_at)
      const now = clock.now()
      assert.equal((await processDeadlineBatch(deps(), handlers(), { batchSize: 1 })).fired, 1)

      const after = await contactRow(contactId)
      assert.deepEqual(after.overdue_at, now)
      assert.equal(after.version, before.version, 'the clock is not an edit')
      assert.equal(after.status, before.status)

      const events = await overdueEvents(before.referral_id)
      assert.equal(events.length, 1)
      assert.equal(events[0]!.actor_user_id, null)
      assert.deepEqual(events[0]!.occurred_at, now)
      assert.deepEqual(events[0]!.data, {
        contactId,
        deadlineId: deadline!.id,
        dueAt: deadline!.due_at.toISOString(),
      })

      const notices = await overdueNotices(contactId)
      assert.deepEqual(notices.map(n => n.recipient_user_id).sort(), [sam, mark, newManager].sort())
      const referral = await h.db
        .selectFrom('referral')
        .select('reference')
        .where('id', '=', before.referral_id)
        .executeTakeFirstOrThrow()
      const people = await h.db
        .selectFrom('referral_person')
        .select(['given_name', 'family_name', 'postcode', 'nhs_number'])
        .where('referral_id', '=', before.referral_id)
        .execute()
      const childDetails = people.flatMap(p => [p.given_name, p.family_name, p.postcode, p.nhs_number])
      assert.ok(childDetails.some(Boolean), 'the referral names people, so the check below means something')
      for (const n of notices) {
        assert.equal(n.related_type, 'contact')
        assert.equal(n.related_id, contactId)
        assert.equal(n.status, 'pending')
        assert.equal(n.subject, `Front door decision overdue: ${referral.reference}`)
        assert.ok(n.body_text.includes(`${PUBLIC_URL}/front-door/contacts/${contactId}`), n.body_text)
        assert.match(n.body_text, new RegExp(`decision on ${referral.reference} was due by`))
        for (const detail of childDetails.filter((d): d is string => !!d)) {
          assert.ok(!(n.subject + n.body_text).includes(detail), `no personal detail (${detail}) in the email`)
        }
      }
      const toSam = notices.find(n => n.recipient_user_id === sam)!
      assert.equal(toSam.to_address, 'sam.taylor@csc.northbridge.example')
      assert.match(toSam.body_text, /assigned to you/)
      assert.match(notices.find(n => n.recipient_user_id === mark)!.body_text, /you are a front door manager/)
    })

    test('an assignee who is also a manager gets one notice; without a base URL the link is a path', async () => {
      const [deadline] = await pendingDecisionDeadlines()
      const contactId = deadline!.subject_id
      const mark = await userId('mark.jennings@csc.northbridge.example')
      await h.db.updateTable('contact').set({ assigned_to_user_id: mark }).where('id', '=', contactId).execute()
      await processDeadlineBatch(deps(), deadlineHandlers(deps()), { batchSize: 1 })
      const notices = await overdueNotices(contactId)
      assert.equal(notices.length, 1)
      assert.match(notices[0]!.body_text, /assigned to you/)
      assert.match(notices[0]!.body_text, new RegExp(`Open the contact: /front-door/contacts/${contactId}\\n`))
    })

    test('a decided contact is not marked overdue and nobody is told', async () => {
      const [deadline] = await pendingDecisionDeadlines()
      const contactId = deadline!.subject_id
      await h.db
        .updateTable('contact')
        .set({ status: 'decided', decided_at: deadline!.due_at })
        .where('id', '=', contactId)
        .execute()
      assert.equal((await processDeadlineBatch(deps(), handlers(), { batchSize: 1 })).fired, 1)
      assert.equal((await deadlineRow(deadline!.id)).status, 'fired', 'the clock has run out either way')
      assert.equal((await contactRow(contactId)).overdue_at, null)
      assert.deepEqual(await overdueNotices(contactId), [])
      assert.deepEqual(await overdueEvents((await contactRow(contactId)).referral_id), [])
    })

    test('a handler that throws rolls back everything it wrote and leaves its deadline pending', async () => {
      const [bad, good] = await pendingDecisionDeadlines()
      const real = handlers()[CONTACT_DECISION_DEADLINE]!
      const failing: DeadlineHandlers = {
        [CONTACT_DECISION_DEADLINE]: async (trx, d, now) => {
          await real(trx, d, now)
          if (d.id === bad!.id) {
            throw Object.assign(new Error('Could not reach Poppy Fairweather at 12 Quay Street'), { code: 'XX000' })
          }
        },
      }
      const { lines, logger } = captureLogger()
      const all = (await pendingDecisionDeadlines()).length
      const result = await processDeadlineBatch(deps(), failing, { batchSize: 100, logger })
      assert.deepEqual(result, { fired: all - 1, unknown: 0, failed: 1 }, 'the others still fire')
      assert.equal((await deadlineRow(bad!.id)).status, 'pending')
      assert.equal((await deadlineRow(good!.id)).status, 'fired')
      assert.equal((await contactRow(bad!.subject_id)).overdue_at, null)
      assert.deepEqual(await overdueNotices(bad!.subject_id), [])
      assert.deepEqual(await overdueEvents((await contactRow(bad!.subject_id)).referral_id), [])

      assert.equal(lines.length, 1)
      assert.deepEqual(JSON.parse(lines[0]!), {
        level: 'error',
        deadlineId: bad!.id,
        kind: CONTACT_DECISION_DEADLINE,
        code: 'XX000',
        msg: 'Deadline handler failed; the deadline stays pending and is tried again on the next tick',
      })
      assert.doesNotMatch(lines[0]!, /Poppy|Fairweather|Quay/)

      // Next tick, with the handler fixed, it fires.
      assert.deepEqual(await processDeadlineBatch(deps(), handlers()), { fired: 1, unknown: 0, failed: 0 })
      assert.equal((await deadlineRow(bad!.id)).status, 'fired')
      assert.equal((await overdueNotices(bad!.subject_id)).length, 1)
    })

    test('a deadline of a kind nobody handles is marked fired with a warning', async () => {
      const [some] = await pendingDecisionDeadlines()
      const id = await insertDeadline(h.db, {
        kind: 'retired-kind',
        subjectType: 'contact',
        subjectId: some!.subject_id,
        dueAt: new Date(0),
        now: T0,
      })
      const { lines, logger } = captureLogger()
      // The earliest due is the unknown one; 'constructor' shows the lookup ignores the prototype.
      await insertDeadline(h.db, {
        kind: 'constructor',
        subjectType: 'contact',
        subjectId: some!.subject_id,
        dueAt: new Date(1),
        now: T0,
      })
      assert.deepEqual(await processDeadlineBatch(deps(), handlers(), { batchSize: 2, logger }), {
        fired: 0,
        unknown: 2,
        failed: 0,
      })
      assert.equal((await deadlineRow(id)).status, 'fired')
      assert.deepEqual(
        lines.map(l => (JSON.parse(l) as { level: string; kind: string }).kind),
        ['retired-kind', 'constructor'],
      )
      assert.ok(lines.every(l => (JSON.parse(l) as { level: string }).level === 'warn'))
    })

    test('cancelDeadlines cancels only pending ones of the kinds given; listDeadlines lists a subject’s', async () => {
      const [deadline] = await pendingDecisionDeadlines()
      const contactId = deadline!.subject_id
      const later = new Date(T0.getTime() + 86_400_000)
      const chase = await insertDeadline(h.db, {
        kind: 'feedback-chase',
        subjectType: 'contact',
        subjectId: contactId,
        dueAt: later,
        now: T0,
      })
      const fired = await insertDeadline(h.db, {
        kind: 'feedback-due',
        subjectType: 'contact',
        subjectId: contactId,
        dueAt: new Date(0),
        now: T0,
      })
      await h.db.updateTable('deadline').set({ status: 'fired', fired_at: T0 }).where('id', '=', fired).execute()

      assert.equal(await cancelDeadlines(h.db, { subjectType: 'contact', subjectId: contactId, kinds: [], now: T0 }), 0)
      assert.equal(
        await cancelDeadlines(h.db, {
          subjectType: 'contact',
          subjectId: contactId,
          kinds: [CONTACT_DECISION_DEADLINE, 'feedback-due'],
          now: T0,
        }),
        1,
      )
      const listed = await listDeadlines(h.db, 'contact', contactId)
      assert.deepEqual(
        listed.map(d => [d.kind, d.status]),
        [
          ['feedback-due', 'fired'],
          [CONTACT_DECISION_DEADLINE, 'cancelled'],
          ['feedback-chase', 'pending'],
        ],
      )
      assert.equal(listed[2]!.id, chase)
      assert.deepEqual(listed[2]!.dueAt, later)
      assert.equal(await cancelDeadlines(h.db, { subjectType: 'contact', subjectId: contactId, now: T0 }), 1)
      assert.deepEqual(await listDeadlines(h.db, 'contact', 'e0000000-0000-4000-8000-000000000000'), [])

      // A cancelled deadline never fires.
      await processDeadlineBatch(deps(), handlers(), { batchSize: 100 })
      assert.deepEqual(await overdueNotices(contactId), [])
      assert.equal((await deadlineRow(deadline!.id)).status, 'cancelled')
    })

    test('claiming outside a transaction is refused, since the lock would end at once', async () => {
      await assert.rejects(claimDueDeadlines(h.db, { now: T0, limit: 1 }), /inside a transaction/)
    })

    test('the running ticker fires what falls due and stops cleanly', async () => {
      const all = await pendingDecisionDeadlines()
      const { logger } = captureLogger()
      const stop = startDeadlineTicker(deps(), { handlers: handlers(), logger, intervalMs: 10, batchSize: 3 })
      try {
        for (let i = 0; i < 300 && (await pendingDecisionDeadlines()).length > 0; i++) await sleep(10)
      } finally {
        await stop()
      }
      assert.equal((await overdueEvents()).length, all.length)
      const [some] = all
      const late = await insertDeadline(h.db, {
        kind: CONTACT_DECISION_DEADLINE,
        subjectType: 'contact',
        subjectId: some!.subject_id,
        dueAt: new Date(0),
        now: T0,
      })
      await sleep(50)
      assert.equal((await deadlineRow(late)).status, 'pending', 'a stopped ticker fires nothing more')
    })
  })
}
