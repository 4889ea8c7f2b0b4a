import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { toLondonDate } from '../domain/calendar/index.js'
import { okonkwoByrneReferral } from '../domain/referral/referral-personas.js'
import {
  checksResponseSchema,
  commandResponseSchema,
  contactResponseSchema,
  queueResponseSchema,
  referralFeedbackResponseSchema,
} from './front-door-schema.js'
import {
  assertDocumented,
  nfa,
  problemFields,
  startFrontDoorClient,
  type FrontDoorClient,
} from './front-door-api.test-client.js'
import { checkEveryone, submitContact } from '../../test/support/front-door.js'
import { withoutRepeatContactRules } from '../../test/support/repeat-contact.js'
import { testBackends } from '../../test/support/test-db.js'

for (const backend of testBackends()) {
  describe(`front door API (${backend})`, () => {
    let c: FrontDoorClient
    before(async () => {
      c = await startFrontDoorClient(backend)
      // These tests submit the same family again and again; repeat contacts are tested on their own.
      await withoutRepeatContactRules(c.t.deps)
    })
    after(() => c.t.close())

    test('the whole flow: assign, check, propose, blind second screen, settle, and the referrer disagrees', async () => {
      const contact = await submitContact(c.t.deps, c.actors.hannah)
      const url = `/front-door/contacts/${contact.id}`

      const queue = await c.get('sam', '/front-door/contacts')
      assert.equal(queue.statusCode, 200, queue.body)
      assertDocumented(queueResponseSchema, queue.json())
      const item = queue.json().items.find((i: { contactId: string }) => i.contactId === contact.id)
      assert.equal(item.status, 'awaiting-screening')
      assert.ok(item.children.some((c: { name: string }) => c.name === 'Ava Okonkwo-Byrne'))
      assert.ok(Array.isArray(item.flags))

      let version: number = (await c.get('sam', url)).json().version
      const assigned = await c.post('sam', `${url}/assignment`, { version, assigneeUserId: c.actors.sam.userId })
      assert.equal(assigned.statusCode, 200, assigned.body)
      assert.equal(assigned.json().version, ++version)
      const mine = (await c.get('sam', '/front-door/contacts?assigned=me')).json().items
      assert.ok(mine.some((i: { contactId: string }) => i.contactId === contact.id))
      assert.ok(
        !(await c.get('priya', '/front-door/contacts?assigned=me'))
          .json()
          .items.some((i: { contactId: string }) => i.contactId === contact.id),
      )

      const early = await c.post('sam', `${url}/decision`, { version, ...nfa })
      assert.equal(early.statusCode, 422, 'checks come before a decision')
      assert.deepEqual(problemFields(early), ['people'])

      const checks = await c.get('sam', `${url}/checks`)
      assert.equal(checks.statusCode, 200, checks.body)
      assertDocumented(checksResponseSchema, checks.json())
      assert.equal(checks.json().version, version)
      const people: { id: string; role: string; link: unknown; matches: unknown[] }[] = checks.json().people
      assert.equal(people.length, 4)
      assert.ok(people.every(p => p.link === null && Array.isArray(p.matches)))
      for (const person of people) {
        const linked = await c.post('sam', `${url}/people/${person.id}/link`, { version, newPerson: true })
        assert.equal(linked.statusCode, 200, linked.body)
        assert.match(linked.json().personId, /^[0-9a-f-]{36}$/)
        assert.equal(linked.json().version, ++version)
      }
      const household = await c.post('sam', `${url}/household`, { version })
      assert.equal(household.statusCode, 200, household.body)
      assert.equal(household.json().version, ++version)

      const checked = (await c.get('sam', url)).json()
      assert.equal(checked.version, version)
      assert.ok(
        checked.people.every((p: { link: { kind: string; by: { name: string } } }) => p.link.kind === 'new-person'),
      )
      assert.equal(checked.people[0].link.by.name, 'Sam Taylor')

      const proposed = await c.post('sam', `${url}/decision`, { version, ...nfa })
      assert.equal(proposed.statusCode, 201, proposed.body)
      assertDocumented(commandResponseSchema, proposed.json())
      assert.equal(proposed.json().status, 'awaiting-second-screen')
      assert.equal(proposed.json().version, ++version)

      const ownView = (await c.get('sam', url)).json()
      assert.equal(ownView.decision.blind, false)
      assert.equal(ownView.decision.proposal.outcome, 'no-further-action')
      assert.deepEqual(
        ownView.decision.proposal.rulesFired.map((r: { ruleId: string }) => r.ruleId),
        ['test-any-child-nfa'],
      )

      for (const who of ['priya', 'mark'] as const) {
        const blind = await c.get(who, url)
        assert.equal(blind.statusCode, 200)
        assertDocumented(contactResponseSchema, blind.json())
        const { decision } = blind.json()
        assert.equal(decision.blind, true)
        assert.equal(decision.proposal, null)
        assert.equal(decision.proposedBy.name, 'Sam Taylor')
        for (const secret of [
          'no-further-action',
          nfa.rationale,
          nfa.feedbackText,
          'FE-HOUSING-01',
          'test-any-child-nfa',
        ]) {
          assert.ok(!blind.body.includes(secret), `${who} must not see "${secret}" before the second screen`)
        }
      }

      const self = await c.post('sam', `${url}/second-screen`, {
        version,
        outcome: 'no-further-action',
        level: 1,
        rationale: 'x',
      })
      assert.equal(self.statusCode, 403)
      assert.match(String(self.headers['content-type']), /problem\+json/)
      assert.equal(self.json().detail, 'You proposed this decision, so another screener must do the second screen.')

      const stale = await c.post('priya', `${url}/second-screen`, {
        version: version - 1,
        outcome: 'early-help',
        level: 2,
        rationale: 'The housing worries will grow without support.',
      })
      assert.equal(stale.statusCode, 409)
      assert.deepEqual(stale.json().current, { status: 'awaiting-second-screen', version })

      const second = await c.post('priya', `${url}/second-screen`, {
        version,
        outcome: 'early-help',
        level: 2,
        rationale: 'The housing worries will grow without support.',
      })
      assert.equal(second.statusCode, 200, second.body)
      assert.equal(second.json().status, 'awaiting-manager')
      assert.equal(second.json().version, ++version)
      const noFeedbackYet = await c.get('sam', `/referrals/${contact.referralId}/feedback`)
      assert.equal(noFeedbackYet.statusCode, 404, 'no feedback before the decision is final')

      const settlement = { version, ...nfa, rationale: 'Needs are met; the school nurse is involved.' }
      const { indicatorCodes: _codes, ...settleBody } = settlement
      const bySam = await c.post('sam', `${url}/settlement`, settleBody)
      assert.equal(bySam.statusCode, 403)
      assert.match(bySam.json().detail, /Only a front door manager/)
      const settled = await c.post('mark', `${url}/settlement`, settleBody)
      assert.equal(settled.statusCode, 200, settled.body)
      assert.equal(settled.json().status, 'decided')
      version++

      const final = (await c.get('priya', url)).json()
      assertDocumented(contactResponseSchema, final)
      assert.equal(final.status, 'decided')
      assert.equal(final.version, version)
      assert.equal(final.decision.blind, false)
      assert.equal(final.decision.proposal.rationale, nfa.rationale)
      assert.equal(final.decision.secondScreen.agrees, false)
      assert.equal(final.decision.settlement.by.name, 'Mark Jennings')
      assert.deepEqual(
        { outcome: final.decision.final.outcome, level: final.decision.final.level },
        { outcome: 'no-further-action', level: 1 },
      )
      assert.equal(final.feedback.status, 'sent')

      const feedbackUrl = `/referrals/${contact.referralId}/feedback`
      const read = await c.get('hannah', feedbackUrl)
      assert.equal(read.statusCode, 200, read.body)
      assertDocumented(referralFeedbackResponseSchema, read.json())
      assert.equal(read.json().canRespond, true)
      assert.match(read.json().feedback.text, /escalation policy/)
      assert.equal((await c.get('grace', feedbackUrl)).statusCode, 404, 'another agency cannot read it')
      assert.equal((await c.get('sam', feedbackUrl)).json().canRespond, false)

      const noReason = await c.post('hannah', `${feedbackUrl}/response`, { response: 'disagreed' })
      assert.equal(noReason.statusCode, 422)
      assert.deepEqual(problemFields(noReason), ['immediateRisk', 'outcomeWanted', 'reasons', 'subject'])
      assert.equal((await c.post('sam', `${feedbackUrl}/response`, { response: 'accepted' })).statusCode, 404)
      const disagreed = await c.post('hannah', `${feedbackUrl}/response`, {
        response: 'disagreed',
        disagreement: {
          subject: 'decision',
          reasons: 'Ava told me about the shouting again this week.',
          outcomeWanted: 'An assessment',
          immediateRisk: false,
        },
      })
      assert.equal(disagreed.statusCode, 201, disagreed.body)
      assertDocumented(referralFeedbackResponseSchema, disagreed.json())
      assert.equal(disagreed.json().feedback.response.kind, 'disagreed')
      assert.match(disagreed.json().disagreementId, /^[0-9a-f-]{36}$/)
      assert.equal((await c.post('hannah', `${feedbackUrl}/response`, { response: 'accepted' })).statusCode, 409)
      assert.equal((await c.get('hannah', feedbackUrl)).json().canRespond, false)

      const phone = await c.post('sam', `${url}/phone-feedback`)
      assert.equal(phone.statusCode, 409, 'emailed feedback is not given again by phone')
    })

    test('checks list the people on record who may be each person, with band, score and reasons', async () => {
      // A child nobody else in this file is about, so the matches are not crowded by other tests' Avas.
      const marigold = () => {
        const content = okonkwoByrneReferral(toLondonDate(c.t.clock.now()))
        const { nhsNumber: _nhs, ...ava } = content.children[0]!
        return { ...content, children: [{ ...ava, givenName: 'Marigold' }, ...content.children.slice(1)] }
      }
      const first = await submitContact(c.t.deps, c.actors.hannah, marigold())
      await checkEveryone(c.t.deps, c.actors.sam, first.id)
      const known = (await c.get('sam', `/front-door/contacts/${first.id}`)).json()
      const onRecord = known.people.find((p: { givenName: string }) => p.givenName === 'Marigold').link.personId

      const again = await submitContact(c.t.deps, c.actors.hannah, marigold())
      const checks = (await c.get('priya', `/front-door/contacts/${again.id}/checks`)).json()
      const child = checks.people.find((p: { givenName: string }) => p.givenName === 'Marigold')
      const best = child.matches[0]
      assert.equal(best.personId, onRecord, JSON.stringify(child.matches))
      assert.equal(best.band, 'strong')
      assert.equal(typeof best.score, 'number')
      assert.equal(best.givenName, 'Marigold')
      assert.equal(best.dateOfBirth, child.dateOfBirth)
      assert.ok(best.reasons.includes('Date of birth matches'), best.reasons.join())

      const link = `/front-door/contacts/${again.id}/people/${child.id}/link`
      const wrong = await c.post('priya', link, { version: checks.version, personId: 'not-a-person' })
      assert.equal(wrong.statusCode, 403)
      assert.match(wrong.json().detail, /possible matches/)
      const linked = await c.post('priya', link, { version: checks.version, personId: best.personId })
      assert.equal(linked.statusCode, 200, linked.body)
      assert.equal(linked.json().personId, onRecord)
      const after = (await c.get('priya', `/front-door/contacts/${again.id}`)).json()
      assert.equal(after.people.find((p: { id: string }) => p.id === child.id).link.kind, 'matched')
      assert.equal(after.people.find((p: { id: string }) => p.id === child.id).link.by.name, 'Priya Shah')
    })

    test('a proposal no rule sends to a second screen is final at once', async () => {
      const contact = await submitContact(c.t.deps, c.actors.hannah)
      const { version } = await checkEveryone(c.t.deps, c.actors.sam, contact.id)
      const res = await c.post('sam', `/front-door/contacts/${contact.id}/decision`, {
        version,
        outcome: 'assessment',
        level: 3,
        indicatorCodes: ['FE-HOUSING-01'],
        rationale: 'The pattern of incidents needs an assessment.',
        feedbackText: 'A social worker will assess Ava and the family.',
      })
      assert.equal(res.statusCode, 201, res.body)
      assert.equal(res.json().status, 'decided')
      const view = (await c.get('priya', `/front-door/contacts/${contact.id}`)).json()
      assert.equal(view.decision.status, 'final')
      assert.equal(view.decision.final.outcome, 'assessment')
    })
  })
}
