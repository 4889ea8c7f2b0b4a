import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import { onlyRule } from '../../domain/repeat-contact/test-support.js'
import { findContact } from '../../data/repositories/front-door-repository.js'
import { actorFor } from '../../../test/support/actors.js'
import { checkEveryone, submitContact, testCtx as ctx, useRules } from '../../../test/support/front-door.js'
import {
  NFA_DECISION,
  familyReferral,
  notificationBody,
  useRepeatContactRules,
} from '../../../test/support/repeat-contact.js'
import { startTestApp, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { ForbiddenError } from '../errors.js'
import { proposeDecision } from './decision-service.js'
import { clearRepeatContactFlag, viewRepeatContactFlags } from './repeat-contact-flags-service.js'
import { evaluateRepeatContactIn } from './repeat-contact-service.js'

const nfa = NFA_DECISION
const assessment = {
  ...nfa,
  outcome: 'assessment',
  level: '3',
  rationale: 'A child and family assessment is needed.',
  feedbackText: 'Thank you. A social worker will assess.',
}

const HANNAH = 'hannah.ward@hv.northbridge.example'
const CLAIRE = 'claire.moss@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const DAN = 'dan.price@police.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'

for (const backend of testBackends()) {
  describe(`repeat-contact detection (${backend})`, () => {
    let t: TestApp
    const people: Record<string, Actor> = {}
    before(async () => {
      t = await startTestApp(backend)
      for (const email of [HANNAH, CLAIRE, GRACE, DAN, SAM, MARK]) people[email] = await actorFor(t.deps.db, email)
      // No double screening, so each proposal's route depends on repeat contacts alone.
      await useRules(t.deps, [])
    })
    after(() => t.close())

    const at = (iso: string) => t.clock.set(new Date(iso))
    const today = () => toLondonDate(t.clock.now())
    const submit = (email: string, surname: string) =>
      submitContact(t.deps, people[email]!, familyReferral(today(), surname))
    const flagsOf = async (contactId: string) => (await viewRepeatContactFlags(t.deps, people[SAM]!, contactId)).flags
    const version = async (contactId: string) => (await findContact(t.deps.db, contactId))!.version
    /** Checks everyone on the contact (as new people, or as the people given) and proposes a decision. */
    const decide = async (contactId: string, decision = nfa, matchTo: string[] = []) => {
      const checked = await checkEveryone(t.deps, people[SAM]!, contactId, matchTo)
      const proposed = await proposeDecision(t.deps, ctx, people[SAM]!, contactId, checked.version, decision)
      assert.ok(proposed.ok, JSON.stringify(!proposed.ok && proposed.error))
      return { ...checked, status: proposed.value.status }
    }

    test('the 3rd contact about a child in 12 months is flagged on arrival, before anyone checks who she is', async () => {
      await useRepeatContactRules(t.deps, onlyRule('contacts-in-window'))
      at('2027-01-11T10:00:00Z')
      const first = await submit(HANNAH, 'Quennell')
      const { personIds, status } = await decide(first.id)
      assert.equal(status, 'decided')
      at('2027-03-01T10:00:00Z')
      const second = await submit(GRACE, 'Quennell')
      assert.deepEqual(await flagsOf(second.id), [], 'two contacts are not a pattern yet')
      assert.equal((await findContact(t.deps.db, second.id))!.repeatContactCount, 2, 'counted on arrival')
      await decide(second.id, nfa, personIds)

      at('2027-05-03T10:00:00Z')
      const third = await submit(HANNAH, 'Quennell')
      const flags = await flagsOf(third.id)
      assert.equal(flags.length, 1)
      const [flag] = flags
      assert.equal(flag!.ruleId, 'repeat-contacts')
      assert.equal(flag!.raisedDuring, 'arrival')
      assert.equal(flag!.status, 'awaiting-review')
      assert.deepEqual(flag!.triggeringContactIds, [first.id, second.id])
      assert.deepEqual(
        flag!.triggeringContacts.map(c => c.reference),
        [first.reference, second.reference],
      )
      assert.equal(
        flag!.pattern,
        '3rd contact in 4 months; 2 previous no-further-action decisions; referred by Northbridge Community Health Visiting twice and Northbridge Primary School once',
      )
      assert.equal((await findContact(t.deps.db, third.id))!.repeatContactCount, 3)

      // Hannah is told at once that she has raised this before, and how to escalate; no names.
      const ack = await notificationBody(t.deps.db, 'referral-acknowledgement', third.referralId)
      assert.match(
        ack.body,
        /You have contacted us about this child or family before\. Including this contact, that is twice in 4 months\./,
      )
      assert.match(ack.body, /escalation policy: \S*\/guidance\/escalation/)
      assert.doesNotMatch(`${ack.subject}\n${ack.body}`, /Quennell|Poppy|Karen/)
      const secondAck = await notificationBody(t.deps.db, 'referral-acknowledgement', second.referralId)
      assert.doesNotMatch(secondAck.body, /contacted us about this child or family before/, 'no flag, no notice')

      // Evaluating again (checks, then the proposal) never raises the same rule twice.
      await evaluateRepeatContactIn(t.deps.db, t.deps, ctx, third.id, 'checks', t.clock.now())
      const { status: thirdStatus } = await decide(third.id, nfa, personIds)
      assert.equal(thirdStatus, 'awaiting-manager', 'a manager reviews before the decision is final')
      assert.equal((await flagsOf(third.id)).length, 1)
      const rows = await t.deps.db
        .selectFrom('repeat_contact_flag')
        .select('id')
        .where('contact_id', '=', third.id)
        .execute()
      assert.equal(rows.length, 1)
    })

    test('a second contact from the same agency within 30 days of no further action is flagged', async () => {
      await useRepeatContactRules(t.deps, onlyRule('again-after-nfa'))
      at('2027-02-01T10:00:00Z')
      const first = await submit(HANNAH, 'Armitage')
      const { personIds } = await decide(first.id)
      at('2027-02-15T10:00:00Z')
      const second = await submit(CLAIRE, 'Armitage')
      const [flag] = await flagsOf(second.id)
      assert.equal(flag?.ruleId, 'again-after-nfa')
      assert.match(
        flag!.explanation,
        /^The same agency, Northbridge Community Health Visiting, contacted us again 14 days after its earlier contact was closed with no further action on 1 February 2027\./,
      )
      const ack = await notificationBody(t.deps.db, 'referral-acknowledgement', second.referralId)
      assert.match(
        ack.body,
        /Your agency, Northbridge Community Health Visiting, has contacted us about this child or family before/,
      )

      // A different child from the same agency is not flagged.
      const other = await submit(CLAIRE, 'Brightwater')
      assert.deepEqual(await flagsOf(other.id), [])
      // Nor is the same family 31 days after the decision.
      at('2027-03-04T10:00:00Z')
      const late = await submit(CLAIRE, 'Armitage')
      const lateFlags = await flagsOf(late.id)
      assert.deepEqual(lateFlags, [], JSON.stringify(lateFlags.map(f => f.explanation)))
      assert.ok(personIds.length > 0)
    })

    test('two agencies about the same child within 90 days', async () => {
      await useRepeatContactRules(t.deps, onlyRule('agencies-in-window'))
      at('2027-04-05T10:00:00Z')
      const first = await submit(HANNAH, 'Castellane')
      await checkEveryone(t.deps, people[SAM]!, first.id)
      at('2027-06-21T10:00:00Z')
      const second = await submit(DAN, 'Castellane')
      const [flag] = await flagsOf(second.id)
      assert.equal(flag?.ruleId, 'several-agencies')
      assert.match(
        flag!.explanation,
        /^2 agencies have contacted us about the same child in the last 90 days: Northbridge Police Public Protection Unit and Northbridge Community Health Visiting\./,
      )
      // Dan and his agency have not raised this before: nothing to tell him.
      const ack = await notificationBody(t.deps.db, 'referral-acknowledgement', second.referralId)
      assert.doesNotMatch(ack.body, /contacted us about this child or family before/)
    })

    test('a re-referral within 12 months, including one revealed when another contact is decided', async () => {
      await useRepeatContactRules(t.deps, onlyRule('re-referral'))
      at('2027-01-18T10:00:00Z')
      const first = await submit(HANNAH, 'Dunmore')
      const open = await submit(GRACE, 'Dunmore')
      assert.deepEqual(await flagsOf(open.id), [], 'nothing accepted as a referral yet')
      const openVersion = await version(open.id)
      const { personIds } = await decide(first.id, assessment)

      // Deciding the first contact changed the open one's history: it is flagged now.
      const [raisedLater] = await flagsOf(open.id)
      assert.equal(raisedLater?.ruleId, 're-referral')
      assert.equal(raisedLater!.raisedDuring, 'related-decision')
      assert.deepEqual(raisedLater!.triggeringContactIds, [first.id])
      assert.equal(await version(open.id), openVersion, "nobody's open form on it goes stale")

      at('2027-04-19T10:00:00Z')
      const later = await submit(GRACE, 'Dunmore')
      const [flag] = await flagsOf(later.id)
      assert.equal(flag?.ruleId, 're-referral')
      assert.match(flag!.explanation, /accepted as a referral/)
      assert.ok(personIds.length > 0)
    })

    test('clearing a flag needs a front door manager and a reason, and keeps the record', async () => {
      await useRepeatContactRules(t.deps, onlyRule('again-after-nfa'))
      at('2027-05-10T10:00:00Z')
      const first = await submit(HANNAH, 'Ellery')
      const { personIds } = await decide(first.id)
      at('2027-05-12T10:00:00Z')
      const second = await submit(HANNAH, 'Ellery')
      const [flag] = await flagsOf(second.id)
      assert.ok(flag)

      await assert.rejects(
        clearRepeatContactFlag(t.deps, ctx, people[SAM]!, second.id, flag.id, 'Not the same child.'),
        ForbiddenError,
      )
      assert.deepEqual(await clearRepeatContactFlag(t.deps, ctx, people[MARK]!, second.id, flag.id, '  '), {
        ok: false,
        error: { kind: 'invalid', message: 'Enter why this flag can be cleared' },
      })
      const cleared = await clearRepeatContactFlag(
        t.deps,
        ctx,
        people[MARK]!,
        second.id,
        flag.id,
        'Same incident as the earlier contact, already dealt with.',
      )
      assert.deepEqual(cleared, { ok: true, value: { flagId: flag.id } })
      assert.deepEqual(
        await clearRepeatContactFlag(t.deps, ctx, people[MARK]!, second.id, flag.id, 'Again, somehow.'),
        {
          ok: false,
          error: { kind: 'invalid', message: 'This flag has already been cleared' },
        },
      )

      const [kept] = await flagsOf(second.id)
      assert.equal(kept?.status, 'cleared')
      assert.deepEqual(kept!.clearance, {
        at: t.clock.now(),
        byUserId: people[MARK]!.userId,
        reason: 'Same incident as the earlier contact, already dealt with.',
      })
      await assert.rejects(
        t.deps.db.deleteFrom('repeat_contact_flag').where('id', '=', flag.id).execute(),
        /never deleted/,
      )
      const audit = await t.deps.db
        .selectFrom('audit_event')
        .select('details')
        .where('action', '=', 'contact.repeat-contact-flag-cleared')
        .where('subject_id', '=', second.id)
        .executeTakeFirstOrThrow()
      assert.doesNotMatch(JSON.stringify(audit.details), /Same incident/, 'the reason stays off the audit trail')

      // With the flag cleared, nothing waits for a manager: the decision is final at once.
      const { status } = await decide(second.id, nfa, personIds)
      assert.equal(status, 'decided')
      assert.equal((await flagsOf(second.id)).length, 1, 're-evaluation does not raise a cleared rule again')
    })
  })
}
