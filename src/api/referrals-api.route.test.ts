import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { toLondonDate } from '../domain/calendar/index.js'
import { okonkwoByrneReferral } from '../domain/referral/referral-personas.js'
import { createApiToken } from '../services/auth-service.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import { testBackends } from '../../test/support/test-db.js'

for (const backend of testBackends()) {
  describe(`referrals API (${backend})`, () => {
    let t: TestApp
    const tokens: Record<string, string> = {}
    before(async () => {
      t = await startTestApp(backend)
      for (const [who, email] of [
        ['hannah', 'hannah.ward@hv.northbridge.example'],
        ['claire', 'claire.moss@hv.northbridge.example'],
        ['grace', 'grace.okafor@school.northbridge.example'],
        ['beth', 'beth.lawson@partnership.northbridge.example'],
      ] as const) {
        const created = await createApiToken(t.deps, { actor: null, correlationId: 'test' }, { email, label: 'test' })
        assert.ok(created.ok)
        tokens[who] = created.value.token
      }
    })
    after(() => t.close())

    const post = (who: string, body: unknown, headers: Record<string, string> = {}) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/referrals',
        headers: { authorization: `Bearer ${tokens[who]}`, 'content-type': 'application/json', ...headers },
        payload: JSON.stringify(body),
      })
    const get = (who: string, id: string) =>
      t.app.inject({ url: `/api/v1/referrals/${id}`, headers: { authorization: `Bearer ${tokens[who]}` } })
    const persona = () => {
      const { call: _call, ...content } = okonkwoByrneReferral(toLondonDate(t.clock.now()))
      return content
    }

    test('a whole referral is accepted with 201, its id, reference, status and quality', async () => {
      const res = await post('hannah', persona())
      assert.equal(res.statusCode, 201, res.body)
      const body = res.json()
      assert.match(body.id, /^[0-9a-f-]{36}$/)
      assert.match(body.reference, /^R-2026-\d{6}$/)
      assert.equal(body.status, 'submitted')
      assert.equal(body.decisionDueAt, '2026-11-27T23:59:59.999Z')
      assert.ok(body.quality.score >= 90)
      assert.ok(Array.isArray(body.quality.prompts))
    })

    test('a retry with the same Idempotency-Key returns the same id and makes no second referral', async () => {
      const first = await post('hannah', persona(), { 'idempotency-key': 'mis-7781' })
      const retry = await post('hannah', persona(), { 'idempotency-key': 'mis-7781' })
      assert.equal(first.statusCode, 201)
      assert.equal(retry.statusCode, 201)
      assert.equal(retry.json().id, first.json().id)
      assert.equal(retry.json().reference, first.json().reference)
      assert.equal(retry.headers['idempotent-replayed'], 'true')
      const other = await post(
        'hannah',
        { ...persona(), referrerView: { level: 2 } },
        { 'idempotency-key': 'mis-7781' },
      )
      assert.equal(other.statusCode, 409)
    })

    test('the wrong shape is a 400 problem naming each field', async () => {
      const res = await post('hannah', {
        children: [{ givenName: 7, sex: 'robot' }],
        concerns: {},
        referrerView: {},
        consent: {},
        referrer: {},
        extra: true,
      })
      assert.equal(res.statusCode, 400)
      assert.match(String(res.headers['content-type']), /application\/problem\+json/)
      const fields = res.json().errors.map((e: { field: string }) => e.field)
      assert.ok(fields.includes('children[0].givenName'), fields.join())
      assert.ok(fields.includes('children[0].sex'), fields.join())
    })

    test('broken rules are a 422 problem with the same messages as the web journey, and nothing is saved', async () => {
      const content = persona()
      content.children[0] = {
        ...content.children[0]!,
        nhsNumber: '123 456 7890',
        dateOfBirth: '2099-01-01',
        unborn: false,
      }
      const res = await post('hannah', content)
      assert.equal(res.statusCode, 422)
      const errors: { field: string; message: string }[] = res.json().errors
      assert.ok(
        errors.some(e => e.field === 'children[0].nhsNumber' && /NHS number/.test(e.message)),
        JSON.stringify(errors),
      )
      assert.ok(
        errors.some(e => e.field === 'children[0].dateOfBirth' && /past/.test(e.message)),
        JSON.stringify(errors),
      )
    })

    test('a referrer reads their own referral; their agency lead can; another agency cannot', async () => {
      const id = (await post('hannah', persona())).json().id
      const own = await get('hannah', id)
      assert.equal(own.statusCode, 200)
      assert.equal(own.json().content.children[1].givenName, persona().children[1]!.givenName)
      assert.equal((await get('claire', id)).statusCode, 200)
      const other = await get('grace', id)
      assert.equal(other.statusCode, 404)
      assert.match(String(other.headers['content-type']), /problem\+json/)
      assert.equal((await get('grace', 'not-a-uuid')).statusCode, 404)
    })

    test('a partnership manager cannot submit referrals', async () => {
      assert.equal((await post('beth', persona())).statusCode, 403)
    })

    test('the OpenAPI document describes the referral endpoints and request schema', async () => {
      const doc = (await t.app.inject({ url: '/api/v1/openapi.json' })).json()
      assert.ok(doc.paths['/referrals'].post.responses['201'])
      assert.ok(doc.paths['/referrals/{id}'].get)
      assert.equal(doc.components.schemas.ReferralRequest.type, 'object')
      assert.ok(doc.components.schemas.ReferralRequest.properties.children)
    })
  })
}
