import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { Actor } from '../../domain/access/actor.js'
import { childPseudonym, isChildPseudonym } from '../../domain/access/pseudonym.js'
import { actorFor } from '../../../test/support/actors.js'
import {
  closeWithDecisionChanged,
  decidedReferral,
  I_DISAGREE,
  raise as raiseAs,
} from '../../../test/support/disagreement-fixtures.js'
import { submitContact, useRules } from '../../../test/support/front-door.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { raiseDisagreement } from './disagreement-service.js'
import {
  childPseudonymKey,
  disagreementsAboutPerson,
  disagreementsAboutReferral,
  escalationTracker,
  myDisagreementLists,
} from './disagreement-lists.js'

// Hannah Ward, health visitor, disagrees with the no-further-action decision on her referral
// about Ava Okonkwo-Byrne and her unborn sibling; the front door also raises one about Ava from
// her page, and a wider one about the school. All fictional.

for (const backend of testBackends()) {
  describe(`disagreement lists (${backend})`, () => {
    let t: TestApp
    let hannah: Actor, grace: Actor, sam: Actor, mark: Actor, lou: Actor, beth: Actor
    const ids = {
      referralId: '',
      contactId: '',
      children: [] as string[],
      fromFeedback: '',
      fromPage: '',
      urgent: '',
      thematic: '',
      unchecked: '',
      uncheckedReferralId: '',
    }

    before(async () => {
      t = await startTestApp(backend)
      const as = (email: string) => actorFor(t.deps.db, email)
      hannah = await as('hannah.ward@hv.northbridge.example')
      grace = await as('grace.okafor@school.northbridge.example')
      sam = await as('sam.taylor@csc.northbridge.example')
      mark = await as('mark.jennings@csc.northbridge.example')
      lou = await as('lou.harper@csc.northbridge.example')
      beth = await as('beth.lawson@partnership.northbridge.example')
      await useRules(t.deps, [])
      t.clock.set(TEST_NOW)

      // Hannah's referral, its people checked and decided no further action, then "I disagree".
      const decided = await decidedReferral(t.deps, hannah, sam)
      ids.referralId = decided.referralId
      ids.contactId = decided.contactId
      ids.children = decided.childIds
      assert.equal(ids.children.length, 2, 'Ava and her unborn sibling')

      const raise = async (who: Actor, input: Parameters<typeof raiseDisagreement>[3]) =>
        (await raiseAs(t.deps, who, input)).id
      ids.fromFeedback = await raise(hannah, {
        raisedVia: 'referrer-feedback',
        referralId: decided.referralId,
        answers: I_DISAGREE,
      })
      // From Ava's page, by the front door, at stage 3 because she may be at immediate risk.
      ids.urgent = await raise(sam, {
        raisedVia: 'practitioner',
        personId: ids.children[0]!,
        answers: { ...I_DISAGREE, subject: 'plan-not-progressing', immediateRisk: 'yes', startAtStage: '3' },
      })
      ids.fromPage = await raise(lou, {
        raisedVia: 'practitioner',
        personId: ids.children[0]!,
        answers: { ...I_DISAGREE, subject: 'information-sharing' },
      })
      ids.thematic = await raise(sam, {
        raisedVia: 'csc-about-partner',
        aboutAgencyId: grace.agencyId,
        answers: { ...I_DISAGREE, subject: 'thematic' },
      })
      // Grace's referral, whose people nobody has checked yet.
      const unchecked = await submitContact(t.deps, grace)
      ids.uncheckedReferralId = unchecked.referralId
      ids.unchecked = await raise(grace, {
        raisedVia: 'practitioner',
        referralId: unchecked.referralId,
        answers: I_DISAGREE,
      })
    })
    after(() => t.close())

    test('the tracker names each child by a stable pseudonym and never links a case for the partnership', async () => {
      const tracker = await escalationTracker(t.deps, beth)
      assert.equal(tracker.caseAccess, false)
      const key = await childPseudonymKey(t.deps.db, t.clock.now())
      const item = (id: string) => tracker.items.find(i => i.id === id)!
      const fromFeedback = item(ids.fromFeedback)
      assert.deepEqual(
        fromFeedback.children.map(c => c.pseudonym).sort(),
        ids.children.map(id => childPseudonym(key, id)).sort(),
      )
      assert.ok(fromFeedback.children.every(c => isChildPseudonym(c.pseudonym) && c.personId === null))
      assert.equal(fromFeedback.caseLink, null)
      assert.equal(fromFeedback.raisedByAgencyId, hannah.agencyId)

      // Ava is in three disagreements: the same pseudonym in each.
      const ava = childPseudonym(key, ids.children[0]!)
      const withAva = tracker.items.filter(i => i.children.some(c => c.pseudonym === ava)).map(i => i.id)
      assert.deepEqual(withAva.sort(), [ids.fromFeedback, ids.urgent, ids.fromPage].sort())
      assert.deepEqual((await escalationTracker(t.deps, beth)).items.find(i => i.id === ids.urgent)?.children, [
        { pseudonym: ava, personId: null },
      ])

      assert.equal(item(ids.thematic).noChild, 'none-named')
      assert.equal(item(ids.thematic).aboutAgencyName, 'Northbridge Primary School')
      assert.equal(item(ids.unchecked).noChild, 'not-linked-yet')
      assert.equal(item(ids.fromFeedback).noChild, null)
      assert.equal(item(ids.fromFeedback).aboutAgencyName, null)
    })

    test('the front door manager has case access: the child records, the referral and its contact', async () => {
      const tracker = await escalationTracker(t.deps, mark)
      assert.equal(tracker.caseAccess, true)
      const item = tracker.items.find(i => i.id === ids.fromFeedback)!
      assert.deepEqual(item.caseLink, { referralId: ids.referralId, contactId: ids.contactId })
      assert.deepEqual(item.children.map(c => c.personId).sort(), ids.children)
    })

    test('the tracker is refused to a referrer and a practitioner', async () => {
      await assert.rejects(escalationTracker(t.deps, hannah), ForbiddenError)
      await assert.rejects(escalationTracker(t.deps, sam), ForbiddenError)
    })

    test('the pseudonym key is made once and kept', async () => {
      const first = await childPseudonymKey(t.deps.db, t.clock.now())
      assert.match(first, /^[0-9a-f]{64}$/)
      assert.equal(await childPseudonymKey(t.deps.db, t.clock.now()), first)
    })

    test("Ava's page lists the disagreements about her, direct and through a referral, newest first", async () => {
      const forLou = await disagreementsAboutPerson(t.deps, lou, ids.children[0]!)
      assert.deepEqual(
        forLou.visible.map(d => d.id),
        [ids.fromPage, ids.urgent, ids.fromFeedback],
      )
      assert.equal(forLou.hiddenCount, 0)
      assert.equal(
        forLou.visible.find(d => d.id === ids.fromFeedback)?.raisedByAgencyName,
        'Northbridge Community Health Visiting',
      )
      // Her unborn sibling is only on the referral.
      const sibling = await disagreementsAboutPerson(t.deps, lou, ids.children[1]!)
      assert.deepEqual(
        sibling.visible.map(d => d.id),
        [ids.fromFeedback],
      )
    })

    test('a practitioner sees the ones open to them and is told how many others there are', async () => {
      const forSam = await disagreementsAboutPerson(t.deps, sam, ids.children[0]!)
      // Sam raised the urgent one; the one Lou raised is at stage 1, so Sam responds to it.
      assert.deepEqual(forSam.visible.map(d => d.id).sort(), [ids.fromPage, ids.urgent, ids.fromFeedback].sort())
      const practitioner = { ...sam, userId: '00000000-0000-4000-8000-0000000000aa' }
      const forOther = await disagreementsAboutPerson(t.deps, practitioner, ids.children[0]!)
      assert.deepEqual(forOther.visible.map(d => d.id).sort(), [ids.fromPage, ids.fromFeedback].sort())
      assert.equal(forOther.hiddenCount, 1, 'the stage 3 one is for senior managers')
    })

    test("a referrer cannot read a child's disagreements; an id that is not a uuid is not found", async () => {
      await assert.rejects(disagreementsAboutPerson(t.deps, hannah, ids.children[0]!), NotFoundError)
      await assert.rejects(disagreementsAboutPerson(t.deps, lou, 'not-an-id'), NotFoundError)
    })

    test("a referral's page lists the disagreements about that referral, for those who may read it", async () => {
      for (const who of [hannah, sam, mark]) {
        const about = await disagreementsAboutReferral(t.deps, who, ids.referralId)
        assert.deepEqual(
          about.visible.map(d => [d.id, d.raisedVia]),
          [[ids.fromFeedback, 'referrer-feedback']],
          who.userId,
        )
        assert.equal(about.hiddenCount, 0)
      }
      // Raised from Grace's referral, not linked to Ava: only on Grace's.
      const graces = await disagreementsAboutReferral(t.deps, grace, ids.uncheckedReferralId)
      assert.deepEqual(
        graces.visible.map(d => d.id),
        [ids.unchecked],
      )
      await assert.rejects(disagreementsAboutReferral(t.deps, grace, ids.referralId), NotFoundError)
      await assert.rejects(disagreementsAboutReferral(t.deps, beth, ids.referralId), NotFoundError)
      await assert.rejects(disagreementsAboutReferral(t.deps, hannah, 'not-an-id'), NotFoundError)
    })

    test('My disagreements: to respond, raised and open, then raised and closed with the outcome', async () => {
      const forSam = await myDisagreementLists(t.deps, sam)
      assert.ok(forSam.toRespond.some(d => d.id === ids.fromFeedback))
      assert.deepEqual(forSam.raisedOpen.map(d => d.id).sort(), [ids.urgent, ids.thematic].sort())
      await assert.rejects(myDisagreementLists(t.deps, { ...beth, roles: ['auditor'] }), ForbiddenError)

      const d = (await myDisagreementLists(t.deps, hannah)).raisedOpen.find(i => i.id === ids.fromFeedback)!
      assert.deepEqual(d.daysLeft, { overdue: false, workingDaysLeft: 3 })
      const version = (
        await t.deps.db.selectFrom('disagreement').select('version').where('id', '=', d.id).executeTakeFirstOrThrow()
      ).version
      await closeWithDecisionChanged(
        t.deps,
        { referrer: hannah, practitioner: sam, manager: mark },
        { id: d.id, version },
      )

      const forHannah = await myDisagreementLists(t.deps, hannah)
      assert.deepEqual(forHannah.raisedOpen, [])
      assert.deepEqual(
        forHannah.raisedClosed.map(i => [i.id, i.state, i.outcome]),
        [[ids.fromFeedback, 'closed', 'decision-changed']],
      )
      assert.ok(!(await myDisagreementLists(t.deps, sam)).toRespond.some(i => i.id === ids.fromFeedback))

      const onPage = await disagreementsAboutPerson(t.deps, lou, ids.children[0]!)
      assert.equal(onPage.visible.find(i => i.id === ids.fromFeedback)?.outcome, 'decision-changed')
      const tracked = await escalationTracker(t.deps, beth)
      assert.ok(!tracked.items.some(i => i.id === ids.fromFeedback), 'closed: off the tracker')
    })
  })
}
