import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import {
  disagreementCommandResponseSchema,
  disagreementResponseSchema,
  myDisagreementsResponseSchema,
  trackerResponseSchema,
} from './disagreements-schema.js'
import { iDisagree, startDisagreementsClient, type DisagreementsClient } from './disagreements-api.test-client.js'
import { assertDocumented } from './front-door-api.test-client.js'
import { testBackends } from '../../test/support/test-db.js'

const types = (body: { timeline: { type: string }[] }) => body.timeline.map(e => e.type)

for (const backend of testBackends()) {
  describe(`disagreements API (${backend})`, () => {
    let c: DisagreementsClient
    before(async () => {
      c = await startDisagreementsClient(backend)
    })
    after(() => c.t.close())

    test('raise, read, respond, escalate, respond, accept and close with an outcome', async () => {
      const contact = await c.referral()
      const res = await c.post('hannah', '/disagreements', {
        raisedVia: 'practitioner',
        referralId: contact.referralId,
        ...iDisagree,
      })
      assert.equal(res.statusCode, 201, res.body)
      assertDocumented(disagreementCommandResponseSchema, res.json())
      const { id, reference } = res.json()
      assert.match(reference, /^D-2026-\d{6}$/)
      assert.equal(res.headers.location, `/api/v1/disagreements/${id}`)
      assert.deepEqual(res.json(), {
        id,
        reference,
        state: 'open',
        stage: 1,
        stageDueAt: '2026-12-01T23:59:59.999Z',
        version: 1,
      })
      const url = `/disagreements/${id}`

      const read = await c.get('hannah', url)
      assert.equal(read.statusCode, 200, read.body)
      assertDocumented(disagreementResponseSchema, read.json())
      const d = read.json()
      assert.equal(d.version, 1)
      assert.equal(d.raisedBy.name, 'Hannah Ward')
      assert.equal(d.raisedByAgency.name, 'Northbridge Community Health Visiting')
      assert.equal(d.aboutAgency, null)
      assert.equal(d.referralId, contact.referralId)
      assert.equal(d.reasons, iDisagree.reasons)
      assert.equal(d.immediateRisk, false)
      assert.equal(d.stage.number, 1)
      assert.equal(d.stage.name, 'Practitioner to practitioner')
      assert.deepEqual(d.stage.responderRoles, ['front_door_practitioner'])
      // Thursday 26 November + 3 working days: Friday, Monday, Tuesday 1 December.
      assert.equal(d.stage.dueAt, '2026-12-01T23:59:59.999Z')
      assert.deepEqual(d.stage.daysLeft, { overdue: false, workingDays: 3, text: '3 working days left' })
      assert.deepEqual(d.allowedActions, ['add-note'], 'the raiser waits for a response')
      assert.deepEqual(types(d), ['raised'])
      assert.deepEqual((await c.get('sam', url)).json().allowedActions, ['respond', 'add-note'])

      let version = 1
      const answered = await c.post('sam', `${url}/responses`, {
        version,
        response: 'We looked again: the health visitor is the right service for now.',
      })
      assert.equal(answered.statusCode, 201, answered.body)
      assert.equal(answered.json().state, 'responded')
      assert.equal(answered.json().version, ++version)
      assert.deepEqual((await c.get('hannah', url)).json().allowedActions, ['accept', 'escalate', 'add-note'])

      const escalated = await c.post('hannah', `${url}/escalations`, {
        version,
        reason: 'The response does not deal with the baby not being seen.',
      })
      assert.equal(escalated.statusCode, 201, escalated.body)
      assert.deepEqual(
        { state: escalated.json().state, stage: escalated.json().stage, version: escalated.json().version },
        { state: 'open', stage: 2, version: ++version },
      )
      const atStage2 = (await c.get('mark', url)).json()
      assert.equal(atStage2.stage.name, 'Line managers')
      assert.deepEqual(atStage2.stage.responderRoles, ['front_door_manager'])
      assert.deepEqual(atStage2.allowedActions, ['respond', 'add-note'])

      const notSam = await c.post('sam', `${url}/responses`, { version, response: 'Still no.' })
      assert.equal(notSam.statusCode, 403)
      assert.equal(notSam.json().detail, 'Only a front door manager can respond at this stage.')
      const byMark = await c.post('mark', `${url}/responses`, {
        version,
        response: 'I have asked the team to arrange an assessment.',
      })
      assert.equal(byMark.statusCode, 201, byMark.body)
      assert.equal(byMark.json().version, ++version)

      const accepted = await c.post('hannah', `${url}/acceptance`, { version })
      assert.equal(accepted.statusCode, 200, accepted.body)
      assert.equal(accepted.json().state, 'resolved')
      assert.equal(accepted.json().version, ++version)

      const ownOutcome = await c.post('hannah', `${url}/closure`, {
        version,
        outcome: 'joint-plan-agreed',
        reasons: 'x',
      })
      assert.equal(ownOutcome.statusCode, 403, 'nobody records the outcome of their own challenge')
      const note = await c.post('mark', `${url}/notes`, { version, note: 'Spoke to Hannah by phone on Friday.' })
      assert.equal(note.statusCode, 201, note.body)
      assert.equal(note.json().version, ++version)
      const closed = await c.post('mark', `${url}/closure`, {
        version,
        outcome: 'joint-plan-agreed',
        reasons: 'A social worker and the health visitor will visit together within 5 working days.',
      })
      assert.equal(closed.statusCode, 200, closed.body)
      assert.equal(closed.json().state, 'closed')
      assert.equal(closed.json().version, ++version)

      const final = (await c.get('hannah', url)).json()
      assertDocumented(disagreementResponseSchema, final)
      assert.equal(final.state, 'closed')
      assert.equal(final.version, version)
      assert.equal(final.stage.daysLeft, null)
      assert.deepEqual(final.allowedActions, [])
      assert.deepEqual(
        { outcome: final.outcome.outcome, label: final.outcome.label, newDecisionId: final.outcome.newDecisionId },
        { outcome: 'joint-plan-agreed', label: 'Joint plan agreed', newDecisionId: null },
      )
      assert.deepEqual(types(final), ['raised', 'responded', 'escalated', 'responded', 'accepted', 'note', 'closed'])
      const [, first, escalation, second, , logged, closing] = final.timeline
      assert.deepEqual([first.by.name, first.stage], ['Sam Taylor', 1])
      assert.match(first.text, /right service/)
      assert.deepEqual([escalation.by.name, escalation.toStage], ['Hannah Ward', 2])
      assert.match(escalation.text, /baby not being seen/)
      assert.deepEqual([second.by.name, second.stage], ['Mark Jennings', 2])
      assert.equal(logged.text, 'Spoke to Hannah by phone on Friday.')
      assert.equal(closing.outcome, 'joint-plan-agreed')
      assert.match(closing.text, /visit together/)

      const mine = await c.get('hannah', '/disagreements?mine=true')
      assert.equal(mine.statusCode, 200, mine.body)
      assertDocumented(myDisagreementsResponseSchema, mine.json())
      const item = mine.json().items.find((i: { id: string }) => i.id === id)
      assert.deepEqual([item.myPart, item.state, item.stageName], ['raised', 'closed', 'Line managers'])
    })

    test('"My disagreements" lists those waiting for my response with the days left', async () => {
      const { id } = await c.raised()
      const sams = (await c.get('sam', '/disagreements?mine=true')).json()
      const item = sams.items.find((i: { id: string }) => i.id === id)
      assert.equal(item.myPart, 'to-respond')
      assert.deepEqual(item.daysLeft, { overdue: false, workingDays: 3, text: '3 working days left' })
      assert.equal(item.raisedByAgencyName, 'Northbridge Community Health Visiting')
      assert.ok(!(await c.get('grace', '/disagreements?mine=true')).body.includes(id))
    })

    test('another agency gets 404 for the disagreement and every command; the raiser’s own lead can read it', async () => {
      const { url } = await c.raised()
      for (const res of [
        await c.get('grace', url),
        await c.post('grace', `${url}/responses`, { version: 1, response: 'x' }),
        await c.post('grace', `${url}/notes`, { version: 1, note: 'x' }),
        await c.post('grace', `${url}/closure`, { version: 1, outcome: 'decision-upheld', reasons: 'x' }),
        await c.get('hannah', '/disagreements/not-a-uuid'),
        await c.get('hannah', '/disagreements/00000000-0000-4000-8000-000000000000'),
        await c.post('hannah', '/disagreements/00000000-0000-4000-8000-000000000000/notes', { version: 1, note: 'x' }),
      ]) {
        assert.equal(res.statusCode, 404, res.body)
        assert.match(String(res.headers['content-type']), /problem\+json/)
      }
      const lead = await c.get('claire', url)
      assert.equal(lead.statusCode, 200, 'the safeguarding lead in the raiser’s agency takes it up at manager stages')
      assert.deepEqual(lead.json().allowedActions, [])
    })

    test('the tracker is 404 for referrers and practitioners, and shows a partnership manager no child', async () => {
      const { id, contact } = await c.raised()
      for (const who of ['hannah', 'grace', 'sam'] as const) {
        const res = await c.get(who, '/disagreement-tracker')
        assert.equal(res.statusCode, 404, `${who}: ${res.body}`)
        assert.match(String(res.headers['content-type']), /problem\+json/)
      }

      const beth = await c.get('beth', '/disagreement-tracker')
      assert.equal(beth.statusCode, 200, beth.body)
      assertDocumented(trackerResponseSchema, beth.json())
      assert.equal(beth.json().caseAccess, false)
      const item = beth.json().items.find((i: { id: string }) => i.id === id)
      assert.equal(item.stage, 1)
      assert.equal(item.raisedByAgencyName, 'Northbridge Community Health Visiting')
      assert.ok(item.children.length > 0)
      for (const child of item.children) {
        assert.match(child.pseudonym, /^Child [0-9A-Z]{6}$/)
        assert.equal(child.personId, null)
      }
      assert.equal(item.caseLink, null)
      for (const secret of ['Ava', 'Okonkwo', 'Byrne', iDisagree.reasons, contact.referralId]) {
        assert.ok(!beth.body.includes(secret), `the tracker must not show "${secret}"`)
      }

      const mark = (await c.get('mark', '/disagreement-tracker')).json()
      assert.equal(mark.caseAccess, true)
      const marks = mark.items.find((i: { id: string }) => i.id === id)
      assert.equal(marks.caseLink.referralId, contact.referralId)
      assert.deepEqual(
        marks.children.map((ch: { pseudonym: string }) => ch.pseudonym),
        item.children.map((ch: { pseudonym: string }) => ch.pseudonym),
        'the same child has the same pseudonym for everyone',
      )
    })

    test('immediate risk starts at stage 3 for senior managers, and the duty manager is alerted at once', async () => {
      const { id, url } = await c.raised({ ...iDisagree, immediateRisk: true, startAtStage: 3 })
      const d = (await c.get('lou', url)).json()
      assert.equal(d.immediateRisk, true)
      assert.equal(d.stage.number, 3)
      assert.equal(d.stage.name, 'Service managers')
      assert.deepEqual(d.stage.responderRoles, ['senior_manager'])
      assert.deepEqual(d.allowedActions, ['respond', 'add-note'])
      // Thursday + 5 working days: Thursday 3 December.
      assert.equal(d.stage.dueAt, '2026-12-03T23:59:59.999Z')
      assert.equal((await c.get('sam', url)).statusCode, 404, 'stage 3 is not for practitioners')
      const alerted = await c.t.deps.db
        .selectFrom('notification')
        .select('recipient_user_id')
        .where('kind', '=', 'disagreement-immediate-risk')
        .where('related_id', '=', id)
        .execute()
      assert.ok(alerted.some(n => n.recipient_user_id === c.actors.mark.userId))
    })

    test("children's social care raises one about a partner agency, which it names", async () => {
      const hv = c.actors.hannah.agencyId
      const res = await c.post('sam', '/disagreements', {
        raisedVia: 'csc-about-partner',
        aboutAgencyId: hv,
        ...iDisagree,
        subject: 'information-sharing',
      })
      assert.equal(res.statusCode, 201, res.body)
      const d = (await c.get('sam', `/disagreements/${res.json().id}`)).json()
      assert.equal(d.raisedVia, 'csc-about-partner')
      assert.deepEqual(d.aboutAgency, { id: hv, name: 'Northbridge Community Health Visiting' })
      assert.equal(d.referralId, null)
    })

    test('the OpenAPI document describes every disagreement path, each a real route', async () => {
      const doc = (await c.t.app.inject({ url: '/api/v1/openapi.json' })).json()
      const expected: [string, string][] = [
        ['post', '/disagreements'],
        ['get', '/disagreements'],
        ['get', '/disagreement-tracker'],
        ['get', '/disagreements/{id}'],
        ['post', '/disagreements/{id}/responses'],
        ['post', '/disagreements/{id}/escalations'],
        ['post', '/disagreements/{id}/acceptance'],
        ['post', '/disagreements/{id}/notes'],
        ['post', '/disagreements/{id}/closure'],
      ]
      for (const [method, path] of expected) {
        const op = doc.paths[path]?.[method]
        assert.ok(op, `${method.toUpperCase()} ${path} is documented`)
        assert.deepEqual(op.tags, ['Disagreements'])
        assert.ok(op.responses['401'], `${path} documents 401`)
        const url = `/api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`
        assert.ok(c.t.app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${path} is served`)
        if (path.startsWith('/disagreements/{id}/')) {
          for (const status of ['400', '403', '404', '409']) {
            assert.ok(op.responses[status], `${path} documents ${status}`)
          }
          assert.equal(
            op.responses['409'].content['application/problem+json'].schema.$ref,
            '#/components/schemas/DisagreementStaleProblem',
          )
          assert.ok(op.requestBody.content['application/json'].schema.$ref)
        }
      }
      assert.equal(doc.paths['/disagreements/{id}/acceptance'].post.responses['422'], undefined)
      assert.ok(doc.paths['/disagreements/{id}/closure'].post.responses['422'])
      const raise = doc.paths['/disagreements'].post
      assert.ok(raise.parameters.some((p: { name: string }) => p.name === 'Idempotency-Key'))
      assert.ok(raise.responses['201'].headers.Location)
      const schemas = doc.components.schemas
      assert.deepEqual(schemas.RaiseDisagreementRequest.properties.raisedVia.enum, [
        'practitioner',
        'csc-about-partner',
      ])
      assert.ok(schemas.DisagreementClosureRequest.properties.outcome.enum.includes('decision-changed'))
      assert.ok(schemas.Disagreement.properties.allowedActions)
      assert.ok(schemas.DisagreementTracker.properties.items)
      assert.ok(doc.tags.some((tag: { name: string }) => tag.name === 'Disagreements'))
    })
  })
}
