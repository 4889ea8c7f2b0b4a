import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { nfa, problemFields, startFrontDoorClient, type FrontDoorClient } from './front-door-api.test-client.js'
import { checkEveryone, submitContact } from '../../test/support/front-door.js'
import { testBackends } from '../../test/support/test-db.js'

for (const backend of testBackends()) {
  describe(`front door API refusals and OpenAPI (${backend})`, () => {
    let c: FrontDoorClient
    before(async () => {
      c = await startFrontDoorClient(backend)
    })
    after(() => c.t.close())

    test('a referrer gets 404 for the queue and every contact, as if nothing were there', async () => {
      const contact = await submitContact(c.t.deps, c.actors.hannah)
      const url = `/front-door/contacts/${contact.id}`
      for (const res of [
        await c.get('hannah', '/front-door/contacts'),
        await c.get('hannah', '/front-door/screeners'),
        await c.get('hannah', url),
        await c.get('hannah', `${url}/checks`),
        await c.post('hannah', `${url}/assignment`, { version: 1, assigneeUserId: null }),
        await c.post('hannah', `${url}/household`, { version: 1 }),
        await c.post('hannah', `${url}/decision`, { version: 1, ...nfa }),
        await c.post('hannah', `${url}/phone-feedback`),
      ]) {
        assert.equal(res.statusCode, 404, res.body)
        assert.match(String(res.headers['content-type']), /problem\+json/)
      }
      assert.equal((await c.get('sam', '/front-door/contacts/not-a-uuid')).statusCode, 404)
      assert.equal((await c.get('sam', '/front-door/contacts/00000000-0000-4000-8000-000000000000')).statusCode, 404)
      assert.equal(
        (await c.get('hannah', `/referrals/${contact.referralId}/feedback`)).statusCode,
        404,
        'no feedback yet',
      )
    })

    test('a stale version is a 409 with where the contact is now, and changes nothing', async () => {
      const contact = await submitContact(c.t.deps, c.actors.hannah)
      const url = `/front-door/contacts/${contact.id}`
      const { version } = (await c.get('sam', url)).json()
      assert.equal(
        (await c.post('sam', `${url}/assignment`, { version, assigneeUserId: c.actors.priya.userId })).statusCode,
        200,
      )
      const stale = await c.post('mark', `${url}/assignment`, { version, assigneeUserId: c.actors.mark.userId })
      assert.equal(stale.statusCode, 409)
      assert.match(String(stale.headers['content-type']), /problem\+json/)
      assert.deepEqual(stale.json().current, { status: 'awaiting-screening', version: version + 1 })
      assert.equal((await c.get('sam', url)).json().assignee.name, 'Priya Shah')
      const notScreener = await c.post('sam', `${url}/assignment`, {
        version: version + 1,
        assigneeUserId: c.actors.hannah.userId,
      })
      assert.equal(notScreener.statusCode, 422)
      assert.deepEqual(problemFields(notScreener), ['assigneeUserId'])
    })

    test('a decision that breaks the rules is a 422 listing each problem; the wrong shape is a 400', async () => {
      const contact = await submitContact(c.t.deps, c.actors.hannah)
      const url = `/front-door/contacts/${contact.id}`
      const { version } = await checkEveryone(c.t.deps, c.actors.sam, contact.id)
      const invalid = await c.post('sam', `${url}/decision`, {
        version,
        level: 2,
        indicatorCodes: ['NOT-A-CODE'],
        rationale: ' ',
        feedbackText: '',
      })
      assert.equal(invalid.statusCode, 422)
      assert.deepEqual(problemFields(invalid), ['feedbackText', 'indicatorCodes', 'outcome', 'rationale'])
      assert.ok(invalid.json().errors.every((e: { message: string }) => e.message.length > 0))
      assert.equal((await c.get('sam', url)).json().version, version, 'nothing was saved')

      const shape = await c.post('sam', `${url}/decision`, { version: '3', outcome: 'maybe', level: 9, colour: 'red' })
      assert.equal(shape.statusCode, 400)
      assert.deepEqual(problemFields(shape), ['(body)', 'level', 'outcome', 'version'])
      const secondScreenExtra = await c.post('sam', `${url}/second-screen`, { version, ...nfa })
      assert.equal(secondScreenExtra.statusCode, 400, 'a second screen takes no feedback text or indicators')
      const both = await c.post('sam', `${url}/people/${contact.id}/link`, { version, personId: 'x', newPerson: true })
      assert.equal(both.statusCode, 400)
      const malformed = await c.post('sam', `${url}/household`, '{"version": ')
      assert.equal(malformed.statusCode, 400)
      assert.match(String(malformed.headers['content-type']), /problem\+json/)
    })

    test('the OpenAPI document lists every front door and feedback path, each a real route', async () => {
      const doc = (await c.t.app.inject({ url: '/api/v1/openapi.json' })).json()
      const expected: [string, string][] = [
        ['get', '/front-door/contacts'],
        ['get', '/front-door/screeners'],
        ['get', '/front-door/contacts/{id}'],
        ['post', '/front-door/contacts/{id}/assignment'],
        ['get', '/front-door/contacts/{id}/checks'],
        ['post', '/front-door/contacts/{id}/people/{referralPersonId}/link'],
        ['post', '/front-door/contacts/{id}/household'],
        ['post', '/front-door/contacts/{id}/decision'],
        ['post', '/front-door/contacts/{id}/second-screen'],
        ['post', '/front-door/contacts/{id}/settlement'],
        ['post', '/front-door/contacts/{id}/phone-feedback'],
        ['get', '/referrals/{id}/feedback'],
        ['post', '/referrals/{id}/feedback/response'],
      ]
      for (const [method, path] of expected) {
        const op = doc.paths[path]?.[method]
        assert.ok(op, `${method.toUpperCase()} ${path} is documented`)
        assert.ok(['Front door', 'Feedback'].includes(op.tags?.[0]), `${path} is tagged`)
      }
      for (const [path, methods] of Object.entries<Record<string, unknown>>(doc.paths)) {
        for (const method of Object.keys(methods)) {
          const url = `/api/v1${path.replace(/\{(\w+)\}/g, ':$1')}`
          assert.ok(c.t.app.hasRoute({ method: method.toUpperCase() as 'GET', url }), `${method} ${path} is served`)
        }
      }
      assert.deepEqual(
        doc.tags.map((tag: { name: string }) => tag.name),
        ['Front door', 'Feedback', 'Disagreements'],
      )
      assert.ok(doc.components.schemas.ProposalRequest.properties.outcome.enum.includes('no-further-action'))
      assert.ok(doc.components.schemas.Contact.properties.decision)
      assert.ok(doc.paths['/front-door/contacts/{id}/second-screen'].post.responses['403'])
      assert.equal(
        doc.paths['/front-door/contacts/{id}/decision'].post.responses['409'].content['application/problem+json'].schema
          .$ref,
        '#/components/schemas/StaleProblem',
      )
    })
  })
}
