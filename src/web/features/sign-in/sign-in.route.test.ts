import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { DEMO_PASSWORD, DEMO_USERS } from '../../../services/demo-seed.js'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, webSession } from '../../../../test/support/web-session.js'

const hannah = DEMO_USERS.find(u => u.name === 'Hannah Ward')!

for (const backend of testBackends()) {
  describe(`sign-in (${backend})`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(backend, { env: { SIGN_IN_RATE_LIMIT_MAX: '3' } })
    })
    after(() => t.close())

    test('the sign-in page lists the demo accounts and says it is a demo', async () => {
      const res = await webSession(t.app).get('/sign-in')
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Sign in to Threshold')
      assert.match(text(doc.querySelector('.govuk-phase-banner')), /demonstration with fictional people/)
      assert.match(res.body, new RegExp(DEMO_PASSWORD))
      assert.equal(doc.querySelectorAll('.threshold-demo-accounts tbody tr').length, DEMO_USERS.length)
    })

    test('signing in lands a referrer on My referrals, with a secure session cookie', async () => {
      const session = webSession(t.app)
      const res = await session.post('/sign-in', { email: hannah.email, password: DEMO_PASSWORD })
      assert.equal(res.statusCode, 303)
      const cookie = res.cookies.find(c => c.name === 'threshold_session')
      assert.ok(cookie)
      assert.equal(cookie.httpOnly, true)
      assert.equal(cookie.sameSite, 'Lax')
      const home = await session.get('/')
      assert.equal(home.headers.location, '/my-referrals')
      const page = await session.get('/my-referrals')
      assert.equal(page.statusCode, 200)
      assert.equal(text(html(page.body).querySelector('h1')), 'My referrals')
    })

    test('the session cookie is Secure when the service is served over https', async () => {
      const https = await startTestApp(backend, { env: { COOKIE_SECURE: 'true' } })
      try {
        const res = await webSession(https.app).post('/sign-in', { email: hannah.email, password: DEMO_PASSWORD })
        assert.equal(res.cookies.find(c => c.name === 'threshold_session')?.secure, true)
      } finally {
        await https.close()
      }
    })

    test('empty fields get the GOV.UK error pattern with status 400', async () => {
      const res = await webSession(t.app).post('/sign-in', { email: '', password: '' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { email: 'Enter your email address', password: 'Enter your password' })
    })

    test('a wrong password keeps the email typed, never echoes the password, and makes no session', async () => {
      const session = webSession(t.app)
      const res = await session.post('/sign-in', { email: hannah.email, password: 'not-the-password-123' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { email: /Enter a correct email address and password/ })
      assert.equal(html(res.body).querySelector('#email')?.getAttribute('value'), hannah.email)
      assert.doesNotMatch(res.body, /not-the-password-123/)
      assert.equal(session.cookies.has('threshold_session'), false)
    })

    test('a missing or forged CSRF token is refused with 403 and nothing happens', async () => {
      const missing = await webSession(t.app).post(
        '/sign-in',
        { email: hannah.email, password: DEMO_PASSWORD },
        { csrf: null },
      )
      assert.equal(missing.statusCode, 403)
      assert.match(text(html(missing.body).querySelector('h1')), /Your form could not be sent/)
      const forged = await webSession(t.app).post(
        '/sign-in',
        { email: hannah.email, password: DEMO_PASSWORD },
        { csrf: 'forged-token' },
      )
      assert.equal(forged.statusCode, 403)
      assert.equal(
        forged.cookies.some(c => c.name === 'threshold_session'),
        false,
      )
    })

    test('pages need a session; signing out ends it', async () => {
      const anonymous = await webSession(t.app).get('/front-door')
      assert.equal(anonymous.statusCode, 303)
      assert.equal(anonymous.headers.location, '/sign-in')
      const session = await signedInSession(t.app, hannah.email)
      const out = await session.get('/sign-out')
      assert.equal(out.headers.location, '/sign-in?signed-out=1')
      assert.equal((await session.get('/my-referrals')).statusCode, 303)
    })

    test('a referrer cannot open the front door or the audit trail', async () => {
      const session = await signedInSession(t.app, hannah.email)
      for (const url of ['/front-door', '/audit', '/administration']) {
        const res = await session.get(url)
        assert.equal(res.statusCode, 403, url)
        assert.match(text(html(res.body).querySelector('h1')), /You cannot do that/)
      }
    })

    test('repeated failures are rate-limited with a clear message', async () => {
      // A separate app, so the other tests' failures do not count here.
      const limited = await startTestApp(backend, { env: { SIGN_IN_RATE_LIMIT_MAX: '2' } })
      try {
        const s = webSession(limited.app)
        for (let i = 0; i < 2; i++) {
          assert.equal(
            (await s.post('/sign-in', { email: hannah.email, password: 'wrong-password-xx' })).statusCode,
            400,
          )
        }
        const blocked = await s.post('/sign-in', { email: hannah.email, password: DEMO_PASSWORD })
        assert.equal(blocked.statusCode, 429)
        assertGovukErrors(blocked.body, { email: /too many times\. Wait 15 minutes/ })
        limited.clock.advance(16 * 60_000)
        assert.equal((await s.post('/sign-in', { email: hannah.email, password: DEMO_PASSWORD })).statusCode, 303)
      } finally {
        await limited.close()
      }
    })
  })
}
