import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { createApiToken } from '../services/auth-service.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import { testBackends } from '../../test/support/test-db.js'

for (const backend of testBackends()) {
  describe(`API base (${backend})`, () => {
    let t: TestApp
    let token: string
    before(async () => {
      t = await startTestApp(backend)
      const created = await createApiToken(
        t.deps,
        { actor: null, correlationId: 'test' },
        {
          email: 'grace.okafor@school.northbridge.example',
          label: 'school MIS',
        },
      )
      assert.ok(created.ok)
      token = created.value.token
    })
    after(() => t.close())

    test('GET /api/v1/me returns the caller, their agency and roles', async () => {
      const res = await t.app.inject({ url: '/api/v1/me', headers: { authorization: `Bearer ${token}` } })
      assert.equal(res.statusCode, 200)
      const body = res.json()
      assert.equal(body.user.email, 'grace.okafor@school.northbridge.example')
      assert.equal(body.agency.name, 'Northbridge Primary School')
      assert.equal(body.agency.kind, 'school')
      assert.deepEqual(body.roles, ['agency_safeguarding_lead', 'referrer'])
    })

    test('a missing token gets a 401 problem document', async () => {
      const res = await t.app.inject({ url: '/api/v1/me' })
      assert.equal(res.statusCode, 401)
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/)
      assert.match(String(res.headers['www-authenticate']), /^Bearer/)
      assert.equal(res.json().status, 401)
      assert.match(res.json().detail, /Authorization: Bearer/)
    })

    test('an invalid token gets a 401 problem document', async () => {
      const res = await t.app.inject({ url: '/api/v1/me', headers: { authorization: 'Bearer thr_not-a-real-token' } })
      assert.equal(res.statusCode, 401)
      assert.equal(res.json().title, 'Unauthorised')
    })

    test('a session cookie is not accepted in place of a token', async () => {
      const res = await t.app.inject({ url: '/api/v1/me', headers: { cookie: 'threshold_session=anything' } })
      assert.equal(res.statusCode, 401)
    })

    test('tokens are stored hashed, never in the clear', async () => {
      const rows = await t.deps.db.selectFrom('api_token').select('token_hash').execute()
      assert.ok(rows.length > 0)
      assert.ok(rows.every(r => r.token_hash !== token && /^[0-9a-f]{64}$/.test(r.token_hash)))
    })

    test('the OpenAPI 3.1 document is served without a token and documents /me', async () => {
      const res = await t.app.inject({ url: '/api/v1/openapi.json' })
      assert.equal(res.statusCode, 200)
      const doc = res.json()
      assert.equal(doc.openapi, '3.1.0')
      assert.ok(doc.paths['/me'].get.responses['401'])
      assert.equal(doc.components.securitySchemes.bearerAuth.scheme, 'bearer')
    })

    test('unknown API routes get a 404 problem document, not an HTML page', async () => {
      const res = await t.app.inject({ url: '/api/v1/nothing-here', headers: { authorization: `Bearer ${token}` } })
      assert.equal(res.statusCode, 404)
      assert.match(String(res.headers['content-type']), /^application\/problem\+json/)
    })
  })
}
