import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { iDisagree, startDisagreementsClient, type DisagreementsClient } from './disagreements-api.test-client.js'
import { problemFields } from './front-door-api.test-client.js'
import { testBackends } from '../../test/support/test-db.js'

for (const backend of testBackends()) {
  describe(`disagreements API refusals (${backend})`, () => {
    let c: DisagreementsClient
    before(async () => {
      c = await startDisagreementsClient(backend)
    })
    after(() => c.t.close())

    const countMine = async () => (await c.get('hannah', '/disagreements?mine=true')).json().items.length as number

    test('the wrong shape is a 400 and broken rules a 422, each field listed, and nothing is raised', async () => {
      const before = await countMine()
      const shape = await c.post('hannah', '/disagreements', {
        raisedVia: 'referrer-feedback',
        subject: 'banana',
        immediateRisk: 'perhaps',
        colour: 'red',
      })
      assert.equal(shape.statusCode, 400)
      assert.match(String(shape.headers['content-type']), /problem\+json/)
      assert.deepEqual(problemFields(shape), ['(body)', 'immediateRisk', 'raisedVia', 'subject'])

      const empty = await c.post('hannah', '/disagreements', { raisedVia: 'practitioner', reasons: '  ' })
      assert.equal(empty.statusCode, 422, empty.body)
      assert.deepEqual(problemFields(empty), ['immediateRisk', 'outcomeWanted', 'reasons', 'subject'])
      const messages = Object.fromEntries(
        empty.json().errors.map((e: { field: string; message: string }) => [e.field, e.message]),
      )
      assert.equal(messages.reasons, 'Enter why you disagree')
      assert.equal(messages.subject, 'Select what you disagree with')

      const laterStage = await c.post('hannah', '/disagreements', {
        raisedVia: 'practitioner',
        ...iDisagree,
        startAtStage: 3,
      })
      assert.equal(laterStage.statusCode, 422)
      assert.deepEqual(problemFields(laterStage), ['startAtStage'])
      assert.match(laterStage.json().errors[0].message, /immediate risk/)
      const noStage9 = await c.post('hannah', '/disagreements', {
        raisedVia: 'practitioner',
        ...iDisagree,
        immediateRisk: true,
        startAtStage: 9,
      })
      assert.deepEqual(problemFields(noStage9), ['startAtStage'])

      const malformed = await c.post('hannah', '/disagreements', '{"raisedVia": ')
      assert.equal(malformed.statusCode, 400)
      assert.match(String(malformed.headers['content-type']), /problem\+json/)
      assert.equal(await countMine(), before, 'nothing was raised')
    })

    test('a referral the caller cannot see is a 422 on referralId, whether or not it exists', async () => {
      const contact = await c.referral()
      for (const [who, referralId] of [
        ['grace', contact.referralId],
        ['hannah', 'not-a-uuid'],
        ['hannah', '00000000-0000-4000-8000-000000000000'],
      ] as const) {
        const res = await c.post(who, '/disagreements', { raisedVia: 'practitioner', referralId, ...iDisagree })
        assert.equal(res.statusCode, 422, `${who} ${referralId}: ${res.body}`)
        assert.deepEqual(problemFields(res), ['referralId'])
      }
    })

    test("a child is named only by those who may open the child's record, and only a child on record", async () => {
      const { personIds } = await c.referral()
      const child = personIds[0]!
      const about = (personId: string) => ({ raisedVia: 'practitioner', personId, ...iDisagree })
      const byReferrer = await c.post('hannah', '/disagreements', about(child))
      assert.equal(byReferrer.statusCode, 422, byReferrer.body)
      assert.deepEqual(problemFields(byReferrer), ['personId'])
      const nobody = await c.post('sam', '/disagreements', about('00000000-0000-4000-8000-000000000000'))
      assert.equal(nobody.statusCode, 422, nobody.body)
      assert.deepEqual(problemFields(nobody), ['personId'])

      const bySam = await c.post('sam', '/disagreements', about(child))
      assert.equal(bySam.statusCode, 201, bySam.body)
      const url = `/disagreements/${bySam.json().id}`
      assert.equal((await c.get('sam', url)).json().personId, child)
      const beth = await c.get('beth', url)
      assert.equal(beth.statusCode, 200, 'the partnership sees every disagreement')
      assert.equal(beth.json().personId, null, "but not the child's record")
    })

    test('who may raise: not the partnership, and only CSC about a partner agency, which it must name', async () => {
      const beth = await c.post('beth', '/disagreements', { raisedVia: 'practitioner', ...iDisagree })
      assert.equal(beth.statusCode, 403)
      assert.match(String(beth.headers['content-type']), /problem\+json/)
      const asPartner = await c.post('hannah', '/disagreements', {
        raisedVia: 'csc-about-partner',
        aboutAgencyId: c.actors.grace.agencyId,
        ...iDisagree,
      })
      assert.equal(asPartner.statusCode, 403)
      assert.match(asPartner.json().detail, /Only children's social care/)
      const unnamed = await c.post('sam', '/disagreements', { raisedVia: 'csc-about-partner', ...iDisagree })
      assert.equal(unnamed.statusCode, 422)
      assert.deepEqual(problemFields(unnamed), ['aboutAgencyId'])
      const named = await c.post('hannah', '/disagreements', {
        raisedVia: 'practitioner',
        aboutAgencyId: c.actors.grace.agencyId,
        ...iDisagree,
      })
      assert.equal(named.statusCode, 422)
      assert.deepEqual(problemFields(named), ['aboutAgencyId'])
    })

    test('a retry with the same Idempotency-Key returns the same disagreement; another request with it is a 409', async () => {
      const contact = await c.referral()
      const body = { raisedVia: 'practitioner', referralId: contact.referralId, ...iDisagree }
      const before = await countMine()
      const key = { 'idempotency-key': `hv-system-${contact.id}` }
      const first = await c.post('hannah', '/disagreements', body, key)
      assert.equal(first.statusCode, 201, first.body)
      assert.equal(first.headers['idempotent-replayed'], undefined)
      // Worked on in between: the retry answers with the disagreement as it is now.
      const url = `/disagreements/${first.json().id}`
      assert.equal(
        (await c.post('hannah', `${url}/notes`, { version: 1, note: 'Called the front door.' })).statusCode,
        201,
      )
      const retry = await c.post('hannah', '/disagreements', body, key)
      assert.equal(retry.statusCode, 201, retry.body)
      assert.equal(retry.headers['idempotent-replayed'], 'true')
      assert.equal(retry.headers.location, first.headers.location)
      assert.deepEqual(
        [retry.json().id, retry.json().reference, retry.json().version],
        [first.json().id, first.json().reference, 2],
      )
      assert.equal(await countMine(), before + 1, 'one disagreement, not two')

      const different = await c.post('hannah', '/disagreements', { ...body, outcomeWanted: 'Something else' }, key)
      assert.equal(different.statusCode, 409)
      assert.match(different.json().title, /Idempotency-Key/)
      const otherUser = await c.post('claire', '/disagreements', { ...body, referralId: undefined }, key)
      assert.equal(otherUser.statusCode, 201, 'keys belong to each user')
      assert.notEqual(otherUser.json().id, first.json().id)
    })

    test('two requests with the same key at once raise one disagreement', async () => {
      const contact = await c.referral()
      const body = { raisedVia: 'practitioner', referralId: contact.referralId, ...iDisagree }
      const key = { 'idempotency-key': `race-${contact.id}` }
      const before = await countMine()
      const [a, b] = await Promise.all([
        c.post('hannah', '/disagreements', body, key),
        c.post('hannah', '/disagreements', body, key),
      ])
      assert.equal(a.statusCode, 201, a.body)
      assert.equal(b.statusCode, 201, b.body)
      assert.equal(a.json().id, b.json().id)
      assert.equal(await countMine(), before + 1)
    })

    test('a stale version is a 409 with where the disagreement is now, and changes nothing', async () => {
      const { url } = await c.raised()
      assert.equal(
        (await c.post('sam', `${url}/responses`, { version: 1, response: 'We looked again.' })).statusCode,
        201,
      )
      const stale = await c.post('priya', `${url}/responses`, { version: 1, response: 'Me too.' })
      assert.equal(stale.statusCode, 409)
      assert.match(String(stale.headers['content-type']), /problem\+json/)
      assert.deepEqual(stale.json().current, { state: 'responded', stage: 1, version: 2 })
      const staleNote = await c.post('hannah', `${url}/notes`, { version: 1, note: 'x' })
      assert.equal(staleNote.statusCode, 409)
      const d = (await c.get('hannah', url)).json()
      assert.equal(d.version, 2)
      assert.deepEqual(
        d.timeline.map((e: { type: string }) => e.type),
        ['raised', 'responded'],
      )
    })

    test('commands: the wrong shape is a 400, a broken rule a 422, a refused step a 403 with the reason', async () => {
      const { url } = await c.raised()
      const shape = await c.post('sam', `${url}/responses`, { version: '1', response: 7, extra: true })
      assert.equal(shape.statusCode, 400)
      assert.deepEqual(problemFields(shape), ['(body)', 'response', 'version'])
      assert.deepEqual(problemFields(await c.post('sam', `${url}/responses`)), ['version'])
      const blank = await c.post('sam', `${url}/responses`, { version: 1, response: ' ' })
      assert.equal(blank.statusCode, 422)
      assert.deepEqual(problemFields(blank), ['response'])
      assert.equal(blank.json().errors[0].message, 'Enter your response')

      const own = await c.post('hannah', `${url}/responses`, { version: 1, response: 'I agree with myself' })
      assert.equal(own.statusCode, 403)
      assert.equal(own.json().detail, 'You raised this disagreement, so someone else must respond to it.')
      const early = await c.post('hannah', `${url}/escalations`, { version: 1, reason: 'No reply yet' })
      assert.equal(early.statusCode, 403)
      assert.match(early.json().detail, /still have time to respond/)
      const nothingToAccept = await c.post('hannah', `${url}/acceptance`, { version: 1 })
      assert.equal(nothingToAccept.statusCode, 403)
      assert.match(nothingToAccept.json().detail, /no response to accept yet/)

      assert.equal(
        (await c.post('sam', `${url}/responses`, { version: 1, response: 'We looked again.' })).statusCode,
        201,
      )
      const outcomeShape = await c.post('sam', `${url}/closure`, { version: 2, outcome: 'maybe' })
      assert.equal(outcomeShape.statusCode, 400)
      assert.deepEqual(problemFields(outcomeShape), ['outcome'])
      const noDecision = await c.post('sam', `${url}/closure`, {
        version: 2,
        outcome: 'decision-changed',
        reasons: 'The decision is now an assessment.',
      })
      assert.equal(noDecision.statusCode, 422)
      assert.deepEqual(problemFields(noDecision), ['newDecisionId'])
      const unknownDecision = await c.post('sam', `${url}/closure`, {
        version: 2,
        outcome: 'decision-changed',
        reasons: 'The decision is now an assessment.',
        newDecisionId: '00000000-0000-4000-8000-000000000000',
      })
      assert.equal(unknownDecision.statusCode, 422)
      assert.deepEqual(problemFields(unknownDecision), ['newDecisionId'])
      assert.equal((await c.get('sam', url)).json().state, 'responded', 'nothing was saved')
    })

    test('"My disagreements" needs mine=true, and is refused to roles that neither raise nor respond', async () => {
      const bare = await c.get('hannah', '/disagreements')
      assert.equal(bare.statusCode, 400)
      assert.deepEqual(problemFields(bare), ['mine'])
      assert.equal((await c.get('hannah', '/disagreements?mine=false')).statusCode, 400)
      assert.equal((await c.get('nadia', '/disagreements?mine=true')).statusCode, 403, 'an auditor')
    })
  })
}
