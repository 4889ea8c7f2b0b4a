import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import type { DatabaseHandle } from '../../data/db.js'
import { findDecisionForContact } from '../../data/repositories/decision-repository.js'
import { findFeedbackForContact } from '../../data/repositories/feedback-repository.js'
import { listContactPeople, type ContactRecord } from '../../data/repositories/front-door-repository.js'
import { getPeople } from '../../data/repositories/person-repository.js'
import { listFlagsForContacts } from '../../data/repositories/repeat-contact-flag-repository.js'
import { actorFor } from '../../../test/support/actors.js'
import { SEED_TIME } from '../../../test/support/templates.js'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import { fixedClock } from '../clock.js'
import type { ServiceDeps } from '../index.js'
import { createPasswordHasher } from '../passwords.js'
import { confirmPerson, personChecks } from '../front-door/checks-service.js'
import { householdHistory } from '../front-door/history-service.js'
import { findDemoContact } from './demo-screening.js'
import { DEMO_SCREENING, MARK, PRIYA, SAM } from './demo-screening-plan.js'

// The 'demo' test template is built by seedDemo, so it holds the front door as the demo seeds it.

const OPEN = ['hughes-second', 'eze-hospital-call', 'qureshi-vague']
const ctx = { actor: null, correlationId: 'test' }

for (const backend of testBackends()) {
  describe(`demo screening (${backend})`, () => {
    let h: DatabaseHandle
    let deps: ServiceDeps
    let contacts: Map<string, ContactRecord>
    let users: Map<string, Actor>
    const contact = (key: string) => contacts.get(key)!
    const decision = async (key: string) => (await findDecisionForContact(h.db, contact(key).id))!
    const userId = (email: string) => users.get(email)!.userId

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      deps = { db: h.db, clock: fixedClock(SEED_TIME), passwords: createPasswordHasher('fast'), sessionTtlHours: 8 }
      contacts = new Map()
      for (const key of [...DEMO_SCREENING.map(p => p.key), ...OPEN]) {
        const found = await findDemoContact(h.db, key, toLondonDate(SEED_TIME))
        assert.ok(found, key)
        contacts.set(key, found)
      }
      users = new Map()
      for (const email of [SAM, PRIYA, MARK]) users.set(email, await actorFor(h.db, email))
    })
    after(() => h.close())

    test('the nine older contacts are checked and decided within a working day, as planned', async () => {
      for (const plan of DEMO_SCREENING) {
        const c = contact(plan.key)
        assert.equal(c.status, 'decided', plan.key)
        assert.ok(c.decidedAt! > c.receivedAt && c.decidedAt! < c.decisionDueAt, plan.key)
        assert.equal(c.finalOutcome, (plan.settlement ?? plan.proposal).outcome, plan.key)
        assert.equal(c.finalLevel, (plan.settlement ?? plan.proposal).level, plan.key)
        const people = await listContactPeople(h.db, [c.referralId])
        assert.ok(people.length > 0 && people.every(p => p.personId !== null), `${plan.key}: everyone checked`)
      }
      const outcomes = new Set(DEMO_SCREENING.map(p => contact(p.key).finalOutcome))
      for (const outcome of [
        'no-further-action',
        'information-and-advice',
        'signpost',
        'early-help',
        'assessment',
        'strategy-discussion',
      ]) {
        assert.ok(outcomes.has(outcome), outcome)
      }
      const proposers = new Set(
        await Promise.all(DEMO_SCREENING.map(async p => (await decision(p.key)).proposedByUserId)),
      )
      assert.deepEqual(proposers, new Set([userId(SAM), userId(PRIYA)]))
    })

    test('assessments and strategy discussions are statutory referrals, one per child', async () => {
      for (const plan of DEMO_SCREENING) {
        const c = contact(plan.key)
        const rows = await h.db
          .selectFrom('statutory_referral')
          .select('person_id')
          .where('contact_id', '=', c.id)
          .execute()
        const children = (await listContactPeople(h.db, [c.referralId])).filter(p => p.role === 'child')
        const statutory = c.finalOutcome === 'assessment' || c.finalOutcome === 'strategy-discussion'
        assert.equal(rows.length, statutory ? children.length : 0, plan.key)
      }
      const all = await h.db.selectFrom('statutory_referral').select('id').execute()
      assert.ok(all.length >= 2)
    })

    test('the first Hughes contact: advice at level 2, sent to a blind second screen that agreed', async () => {
      const d = await decision('hughes-first')
      assert.equal(d.outcome, 'information-and-advice')
      assert.equal(d.level, 2)
      assert.deepEqual(
        d.rulesFired.map(f => f.ruleId),
        ['young-child-nfa'],
      )
      assert.equal(d.proposedByUserId, userId(SAM))
      assert.equal(d.secondScreen?.byUserId, userId(PRIYA))
      assert.deepEqual([d.secondScreen?.outcome, d.secondScreen?.level], ['information-and-advice', 2])
      assert.equal(d.settlement, null)
    })

    test('the police domestic abuse notification: the screeners disagreed and the manager settled it', async () => {
      const c = contact('popescu')
      assert.equal(c.sourceCode, '6')
      const d = await decision('popescu')
      assert.deepEqual(
        d.rulesFired.map(f => f.ruleId),
        ['below-referrer-level'],
      )
      assert.equal(d.proposedByUserId, userId(SAM))
      assert.equal(d.secondScreen?.byUserId, userId(PRIYA))
      assert.notDeepEqual([d.secondScreen?.outcome, d.secondScreen?.level], [d.outcome, d.level])
      assert.equal(d.settlement?.byUserId, userId(MARK))
      assert.equal(c.finalOutcome, 'assessment')
    })

    test('no further action stands whether or not the random sample picked it for a second screen', async () => {
      const d = await decision('bennett-vague')
      assert.equal(contact('bennett-vague').finalOutcome, 'no-further-action')
      if (d.secondScreen) {
        assert.deepEqual(
          d.rulesFired.map(f => f.ruleId),
          ['random-nfa-sample'],
        )
        assert.equal(d.secondScreen.outcome, 'no-further-action')
        assert.notEqual(d.secondScreen.byUserId, d.proposedByUserId)
      } else {
        assert.deepEqual(d.rulesFired, [])
      }
    })

    test('some referrers accepted the feedback, others have not answered, and the neighbour was told by phone', async () => {
      const answers = new Map<string, string>()
      for (const plan of DEMO_SCREENING) {
        const f = await findFeedbackForContact(h.db, contact(plan.key).id)
        assert.ok(f, plan.key)
        answers.set(plan.key, f.response?.kind ?? f.status)
        if (f.response) assert.equal(f.response.byUserId, f.recipientUserId, `${plan.key}: answered by the referrer`)
      }
      const values = [...answers.values()]
      assert.ok(values.filter(v => v === 'accepted').length >= 2)
      assert.ok(values.filter(v => v === 'sent').length >= 2, 'sent and not yet answered')
      assert.equal(answers.get('hughes-first'), 'accepted')
      assert.equal(answers.get('clarke-neighbour-call'), 'given-by-phone')
    })

    test('the three newest contacts stay open with their decision clocks running; decided ones have none', async () => {
      const open = await h.db.selectFrom('contact').select('id').where('status', '!=', 'decided').execute()
      assert.deepEqual(open.map(c => c.id).sort(), OPEN.map(k => contact(k).id).sort())
      const pending = await h.db
        .selectFrom('deadline')
        .select('subject_id')
        .where('kind', '=', 'contact-decision')
        .where('status', '=', 'pending')
        .execute()
      assert.deepEqual(pending.map(d => d.subject_id).sort(), open.map(c => c.id).sort())
      // Overdue work shows on the queue, and the seed never took a contact off it before it was due.
      assert.ok(OPEN.some(key => contact(key).decisionDueAt <= SEED_TIME))
      assert.ok(
        OPEN.some(key => contact(key).decisionDueAt > SEED_TIME),
        'and work that is not overdue yet',
      )
      for (const plan of DEMO_SCREENING) assert.ok(contact(plan.key).decisionDueAt <= SEED_TIME, plan.key)
    })

    test('the second Hughes contact is flagged: Hannah came back within 30 days of advice, before any checks', async () => {
      const flags = await listFlagsForContacts(
        h.db,
        OPEN.map(key => contact(key).id),
      )
      assert.deepEqual(
        flags.map(f => [f.contactId, f.ruleId, f.raisedDuring, f.triggeringContactIds]),
        [[contact('hughes-second').id, 'again-after-nfa', 'related-decision', [contact('hughes-first').id]]],
      )
      assert.match(
        flags[0]!.pattern,
        /^2nd contact in 2 weeks; 1 previous no-further-action decision; referred by Northbridge Community Health Visiting twice$/,
      )
      assert.equal(contact('hughes-second').repeatContactCount, 2)
    })

    test('the Hughes family is one household; checking the second contact finds them and shows both contacts', async () => {
      const first = await listContactPeople(h.db, [contact('hughes-first').referralId])
      const people = await getPeople(
        h.db,
        first.map(p => p.personId!),
      )
      assert.equal(people.length, 3)
      const householdId = people[0]!.householdId
      assert.ok(householdId && people.every(p => p.householdId === householdId))

      const sam = users.get(SAM)!
      const second = contact('hughes-second')
      const { checks } = await personChecks(deps, ctx, sam, second.id)
      let version = second.version
      for (const check of checks) {
        const expected = first.find(p => p.contentId === check.person.contentId)!.personId!
        assert.equal(check.matches[0]?.candidate.id, expected, `${check.person.contentId} is proposed first`)
        const linked = await confirmPerson(deps, ctx, sam, second.id, version++, check.person.id, {
          kind: 'match',
          personId: expected,
        })
        assert.ok(linked.ok)
      }
      const history = await householdHistory(deps, ctx, sam, householdId)
      assert.deepEqual(
        history.chronology.entries.map(e => e.contactId),
        [second.id, contact('hughes-first').id],
      )
    })
  })
}
