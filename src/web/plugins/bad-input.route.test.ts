import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { html, text } from '../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../test/support/test-app.js'
import { testBackends } from '../../../test/support/test-db.js'
import { signedInSession, webSession } from '../../../test/support/web-session.js'

// Bad input never produces a 500, a stack trace or a partial write (issue 2, "Bad input").
for (const backend of testBackends()) {
  describe(`bad input (${backend})`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(backend)
    })
    after(() => t.close())

    const countSessions = async () =>
      Number(
        (
          await t.deps.db
            .selectFrom('web_session')
            .select(eb => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      )

    test('an unknown page gets a GOV.UK-styled 404, signed in or not', async () => {
      const anonymous = await t.app.inject({ url: '/no-such-page' })
      assert.equal(anonymous.statusCode, 404)
      assert.equal(text(html(anonymous.body).querySelector('h1')), 'Page not found')
      assert.match(text(html(anonymous.body).querySelector('title')), /^Page not found – Threshold/)
      const session = await signedInSession(t.app, 'sam.taylor@csc.northbridge.example')
      const signedIn = await session.get('/referrals/123/nothing')
      assert.equal(signedIn.statusCode, 404)
      assert.ok(html(signedIn.body).querySelector('.govuk-service-navigation'), 'the page keeps the navigation')
    })

    test('a body over the size limit gets a 413 page and nothing is saved', async () => {
      const before = await countSessions()
      const res = await t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        payload: 'email=a%40b.example&password=' + 'x'.repeat(600 * 1024),
      })
      assert.equal(res.statusCode, 413)
      assert.equal(text(html(res.body).querySelector('h1')), 'What you sent is too large')
      assert.equal(await countSessions(), before)
    })

    test('a malformed body gets a 400 page, not a 500', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { 'content-type': 'application/json' },
        payload: '{"email": ',
      })
      assert.equal(res.statusCode, 400)
      assert.match(text(html(res.body).querySelector('h1')), /problem with what was sent/)
      assert.doesNotMatch(res.body, /at .*\.ts:\d+/, 'no stack trace')
    })

    test('an unsupported content type is refused with a GOV.UK page', async () => {
      const res = await t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: { 'content-type': 'text/csv' },
        payload: 'a,b',
      })
      assert.equal(res.statusCode, 415)
      assert.ok(html(res.body).querySelector('h1'))
    })

    test('a form field sent twice or as an array is read as text, not crashed on', async () => {
      const session = webSession(t.app)
      const csrf = await session.csrfFrom('/sign-in')
      const res = await t.app.inject({
        method: 'POST',
        url: '/sign-in',
        headers: {
          'content-type': 'application/x-www-form-urlencoded',
          cookie: [...session.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
        },
        payload: `_csrf=${encodeURIComponent(csrf)}&email=a%40b.example&email=c%40d.example&password=x&password=y`,
      })
      assert.equal(res.statusCode, 400)
      assert.equal(html(res.body).querySelector('#email')?.getAttribute('value'), 'a@b.example')
    })

    test('HTML typed into a field is shown as text, never run', async () => {
      const res = await webSession(t.app).post('/sign-in', { email: '<script>alert(1)</script>', password: 'x' })
      assert.equal(res.statusCode, 400)
      assert.doesNotMatch(res.body, /<script>alert\(1\)<\/script>/)
      assert.match(res.body, /&lt;script&gt;alert\(1\)&lt;\/script&gt;/)
    })

    test('every page carries a strict Content-Security-Policy with a nonce and no unsafe-inline', async () => {
      const res = await t.app.inject({ url: '/sign-in' })
      const csp = String(res.headers['content-security-policy'])
      assert.match(csp, /script-src 'self' 'nonce-[0-9a-f]+'/)
      assert.doesNotMatch(csp, /unsafe-inline/)
      const nonce = /'nonce-([0-9a-f]+)'/.exec(csp)![1]
      const inline = html(res.body).querySelectorAll('script:not([src])')
      assert.ok(inline.length > 0)
      assert.ok(inline.every(s => s.getAttribute('nonce') === nonce))
    })

    test('stylesheets, scripts and fonts are served without signing in', async () => {
      for (const url of [
        '/stylesheets/govuk-frontend.min.css',
        '/javascripts/govuk-frontend.min.js',
        '/public/threshold.css',
        '/public/init.js',
        '/assets/images/favicon.svg',
      ]) {
        assert.equal((await t.app.inject({ url })).statusCode, 200, url)
      }
      // Only the compiled files are served from govuk-frontend, not its sources.
      assert.equal((await t.app.inject({ url: '/stylesheets/index.scss' })).statusCode, 404)
    })

    test('health and readiness answer without signing in', async () => {
      assert.deepEqual((await t.app.inject({ url: '/health' })).json(), { status: 'ok' })
      assert.deepEqual((await t.app.inject({ url: '/ready' })).json(), { status: 'ready' })
    })
  })
}
