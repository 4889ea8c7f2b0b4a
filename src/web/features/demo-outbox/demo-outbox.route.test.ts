import assert from 'node:assert/strict'
import { after, before, beforeEach, describe, test } from 'node:test'
import { html, text } from '../../../../test/support/html.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, webSession } from '../../../../test/support/web-session.js'
import { enqueueNotification } from '../../../services/notification-service.js'

const HANNAH = 'hannah.ward@hv.northbridge.example'

for (const backend of testBackends()) {
  describe(`demo outbox (${backend})`, () => {
    let t: TestApp
    before(async () => {
      t = await startTestApp(backend)
    })
    after(() => t.close())
    beforeEach(async () => {
      await t.deps.db.deleteFrom('notification').execute()
      t.clock.set(TEST_NOW)
    })

    const enqueue = (subject: string, bodyText: string) =>
      t.deps.db.transaction().execute(trx =>
        enqueueNotification(trx, {
          kind: 'referral-acknowledgement',
          toAddress: HANNAH,
          subject,
          bodyText,
          now: t.clock.now(),
        }),
      )

    test('with no messages it says so, and explains what the page is', async () => {
      const session = await signedInSession(t.app, HANNAH)
      const res = await session.get('/demo/outbox')
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Demo outbox')
      assert.match(
        text(doc.querySelector('.govuk-inset-text')),
        /In a real deployment these are emails; this page exists only in demo mode/,
      )
      assert.match(text(doc.querySelector('.govuk-inset-text')), /everyone who signs in can see every message/)
      assert.equal(doc.querySelector('table'), null)
      assert.match(text(doc.querySelector('main')), /No messages yet/)
      const nav = doc.querySelector('a.govuk-service-navigation__link[href="/demo/outbox"]')
      assert.equal(text(nav), 'Demo outbox')
      assert.equal(nav?.getAttribute('aria-current'), 'page')
    })

    test('it lists messages newest first, with who they went to, kind, status and London time', async () => {
      await enqueue('Referral received: older', 'first')
      t.clock.advance(90 * 60_000)
      const newer = await enqueue('Referral received: newer', 'second')
      const session = await signedInSession(t.app, 'mark.jennings@csc.northbridge.example')
      const res = await session.get('/demo/outbox')
      assert.equal(res.statusCode, 200)
      const rows = html(res.body).querySelectorAll('tbody tr')
      assert.equal(rows.length, 2)
      const cells = rows[0]!.querySelectorAll('td').map(c => text(c))
      assert.deepEqual(cells, [
        '26 November 2026, 11:30am',
        HANNAH,
        'Referral received: newer',
        'Referral acknowledgement',
        'Waiting to send',
      ])
      assert.equal(rows[0]!.querySelector('a')?.getAttribute('href'), `/demo/outbox/${newer}`)
      assert.equal(text(rows[1]!.querySelectorAll('td')[2]), 'Referral received: older')
    })

    test('a message page shows the whole text, escaped, with its line breaks', async () => {
      const body = 'Dear Hannah,\n\nWe received your referral <script>alert("x")</script> & notes.\nSecond line.'
      const id = await enqueue('Subject with <b>markup</b>', body)
      const session = await signedInSession(t.app, HANNAH)
      const res = await session.get(`/demo/outbox/${id}`)
      assert.equal(res.statusCode, 200)
      assert.doesNotMatch(res.body, /<script>alert/)
      assert.doesNotMatch(res.body, /<b>markup<\/b>/)
      assert.match(
        res.body,
        /We received your referral &lt;script&gt;alert\(&quot;x&quot;\)&lt;\/script&gt; &amp; notes\.<br \/>\s*Second line\./,
      )
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Message')
      assert.match(text(doc.querySelector('title')), /^Message – Demo outbox – /)
      const paragraphs = doc.querySelectorAll('main .govuk-body').map(p => text(p))
      assert.ok(paragraphs.includes('Dear Hannah,'))
      const summary = text(doc.querySelector('.govuk-summary-list'))
      assert.match(summary, /To hannah\.ward@hv\.northbridge\.example/)
      assert.match(summary, /Subject Subject with <b>markup<\/b>/)
      assert.equal(doc.querySelector('.govuk-back-link')?.getAttribute('href'), '/demo/outbox')
      // Reading a message is audited, as it can name a child.
      const audited = await t.deps.db
        .selectFrom('audit_event')
        .select(['action', 'subject_type'])
        .where('subject_id', '=', id)
        .execute()
      assert.deepEqual(audited, [{ action: 'record.viewed', subject_type: 'notification' }])
    })

    test('a bad or unknown message id is a GOV.UK 404, never a 500', async () => {
      const session = await signedInSession(t.app, HANNAH)
      for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000', "1'%20or%20'1'='1", '%00']) {
        const res = await session.get(`/demo/outbox/${id}`)
        assert.equal(res.statusCode, 404, id)
        assert.equal(text(html(res.body).querySelector('h1')), 'Page not found')
      }
    })

    test('signing in is needed', async () => {
      const id = await enqueue('Referral received', 'text')
      for (const url of ['/demo/outbox', `/demo/outbox/${id}`]) {
        const res = await webSession(t.app).get(url)
        assert.equal(res.statusCode, 303, url)
        assert.equal(res.headers.location, '/sign-in')
      }
    })

    test('outside demo mode there is no outbox, for anyone', async () => {
      const live = await startTestApp(backend, { env: { THRESHOLD_DEMO: 'false', SESSION_SECRET: 'x'.repeat(40) } })
      try {
        const id = await live.deps.db.transaction().execute(trx =>
          enqueueNotification(trx, {
            kind: 'referral-acknowledgement',
            toAddress: HANNAH,
            subject: 'Referral received',
            bodyText: 'text',
            now: live.clock.now(),
          }),
        )
        const session = await signedInSession(live.app, HANNAH)
        for (const url of ['/demo/outbox', `/demo/outbox/${id}`]) {
          const res = await session.get(url)
          assert.equal(res.statusCode, 404, url)
          assert.equal(text(html(res.body).querySelector('h1')), 'Page not found')
          assert.equal((await webSession(live.app).get(url)).statusCode, 404, `${url} signed out`)
        }
        const home = await session.get('/my-referrals')
        assert.equal(home.statusCode, 200)
        assert.doesNotMatch(home.body, /Demo outbox/)
      } finally {
        await live.close()
      }
    })
  })
}
