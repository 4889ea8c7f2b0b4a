import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { assertGovukErrors, html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'
import { NORTHBRIDGE_THRESHOLD_DOCUMENT } from '../../../services/seed/northbridge-threshold-document.js'
import { createAgency, createUser } from '../../../services/user-service.js'

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer, health visitor
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager
const INDICATORS = NORTHBRIDGE_THRESHOLD_DOCUMENT.indicators.length

const h1 = (body: string) => text(html(body).querySelector('h1'))
const texts = (body: string, selector: string) =>
  html(body)
    .querySelectorAll(selector)
    .map(el => text(el))

/** The JSON Beth sees in the box, with one thing changed. */
function edited(json: string, change: (doc: any) => void): string {
  const doc = JSON.parse(json)
  change(doc)
  return JSON.stringify(doc, null, 2)
}

for (const backend of testBackends()) {
  describe(`threshold guidance pages (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession
    let beth: WebSession
    before(async () => {
      t = await startTestApp(backend)
      hannah = await signedInSession(t.app, HANNAH)
      beth = await signedInSession(t.app, BETH)
    })
    after(() => t.close())

    const publishBox = async () => {
      const res = await beth.get('/guidance/thresholds/publish')
      assert.equal(res.statusCode, 200)
      return html(res.body).querySelector('textarea#document-json')?.textContent ?? ''
    }

    test('anyone signed in reads the guidance: levels, then indicators by domain and dimension', async () => {
      const res = await hannah.get('/guidance/thresholds')
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), 'Northbridge threshold guidance')
      assert.match(text(html(res.body).querySelector('title')), /^Northbridge threshold guidance – Threshold/)
      assert.equal(text(html(res.body).querySelector('.govuk-caption-l')), 'Version 1, published 2 November 2026')
      assert.deepEqual(texts(res.body, 'h2.govuk-heading-l'), [
        'Levels of need',
        "Child's developmental needs",
        'Parenting capacity',
        'Family and environmental factors',
      ])
      assert.deepEqual(texts(res.body, '#levels ~ h3').slice(0, 4), [
        'Level 1: Universal',
        'Level 2: Additional needs – early help',
        'Level 3: Complex needs – targeted early help or child in need',
        'Level 4: Specialist – statutory and child protection',
      ])
      assert.deepEqual(
        html(res.body)
          .querySelectorAll('nav[aria-labelledby="contents-heading"] a')
          .map(a => a.getAttribute('href')),
        [
          '#levels',
          '#child-development',
          '#parenting-capacity',
          '#family-environment',
          '/guidance/thresholds/versions',
        ],
      )
      // One table per indicator, anchored by its code, with a row for each level.
      const tables = html(res.body).querySelectorAll('table.govuk-table')
      assert.equal(tables.length, INDICATORS)
      const safety = html(res.body).querySelector('#PC-SAFETY-02')
      assert.match(text(safety?.querySelector('caption')), /^Injuries and physical harm Indicator PC-SAFETY-02$/)
      assert.equal(safety?.querySelectorAll('tbody tr').length, 4)
      assert.match(
        text(safety?.querySelectorAll('tbody tr')[3]),
        /^Level 4: Specialist .* bruise, mark or injury on a baby/,
      )
      // Dimensions follow the Assessment Framework: Health before Education.
      const dimensions = texts(res.body, 'h3.govuk-heading-m')
      assert.ok(dimensions.indexOf('Health') < dimensions.indexOf('Education'))
      assert.equal(
        html(res.body).querySelector('a[href="/guidance/thresholds/publish"]'),
        null,
        'no publish for Hannah',
      )
      assert.ok(
        html(res.body).querySelector('.govuk-service-navigation a[href="/guidance/thresholds"][aria-current="page"]'),
        'the navigation has Threshold guidance, marked as the current page',
      )
    })

    test('a level page lists every indicator’s examples at that level', async () => {
      const res = await hannah.get('/guidance/thresholds/levels/3')
      assert.equal(res.statusCode, 200)
      assert.equal(h1(res.body), 'Level 3: Complex needs – targeted early help or child in need')
      assert.equal(html(res.body).querySelectorAll('h4').length, INDICATORS)
      assert.match(res.body, /A young carer whose caring role is affecting their health, education or development/)
      assert.doesNotMatch(res.body, /Growing and developing as expected/, 'no level 1 examples')
      const pagination = html(res.body)
        .querySelectorAll('.govuk-pagination a')
        .map(a => a.getAttribute('href'))
      assert.deepEqual(pagination, ['/guidance/thresholds/levels/2', '/guidance/thresholds/levels/4'])
      assert.ok(html(res.body).querySelector('a[href="/guidance/thresholds#FE-DOMESTIC-ABUSE-01"]'))
    })

    test('bad levels and versions get the GOV.UK 404 page, never a 500', async () => {
      for (const url of [
        '/guidance/thresholds/levels/7',
        '/guidance/thresholds/levels/0',
        '/guidance/thresholds/levels/abc',
        '/guidance/thresholds/levels/3?version=abc',
        '/guidance/thresholds?version=abc',
        '/guidance/thresholds?version=99',
        '/guidance/thresholds?version=0',
        '/guidance/thresholds?version=1.5',
        '/guidance/thresholds?version=1&version=1',
        '/guidance/thresholds?version=99999999999999999999',
      ]) {
        const res = await hannah.get(url)
        assert.equal(res.statusCode, 404, url)
        assert.equal(h1(res.body), 'Page not found', url)
      }
    })

    test('a referrer cannot open or post the publish page', async () => {
      assert.equal((await hannah.get('/guidance/thresholds/publish')).statusCode, 403)
      const posted = await hannah.post('/guidance/thresholds/publish', { 'document-json': '{}' }, { csrf: null })
      assert.equal(posted.statusCode, 403)
      const versions = await hannah.get('/guidance/thresholds/versions')
      assert.equal(html(versions.body).querySelectorAll('tbody tr').length, 1)
    })

    test('the publish page starts from the current version’s JSON', async () => {
      const box = await publishBox()
      assert.deepEqual(JSON.parse(box), NORTHBRIDGE_THRESHOLD_DOCUMENT)
      const res = await beth.get('/guidance/thresholds/publish')
      assert.equal(h1(res.body), 'Publish a new version of the threshold guidance')
      assert.equal(html(res.body).querySelector('input[name="based-on-version"]')?.getAttribute('value'), '1')
    })

    test('broken JSON comes back with the GOV.UK error pattern, keeping what was typed', async () => {
      const typed = (await publishBox()).replace('"levels": [', '"levels": [,')
      const res = await beth.post('/guidance/thresholds/publish', { 'document-json': typed, 'based-on-version': '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, {
        'document-json': /Correct the JSON on line 3, column 14, just after "levels": \[\. Check for a missing/,
      })
      assert.equal(html(res.body).querySelector('textarea#document-json')?.textContent, typed)
    })

    test('a document that breaks the rules lists every problem, safely escaped', async () => {
      const typed = edited(await publishBox(), doc => {
        doc.indicators[0].code = '<b>bad</b>'
        doc.indicators[1].examples['4'] = []
        doc.levels.pop()
      })
      const res = await beth.post('/guidance/thresholds/publish', { 'document-json': typed, 'based-on-version': '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { 'document-json': /Describe level 4/ })
      assert.deepEqual(texts(res.body, '.govuk-error-summary a'), [
        'Describe level 4',
        'Change the code of indicator <b>bad</b> to use only capital letters, numbers and hyphens, like PC-SAFETY-01',
        'Give at least one example at level 4 for indicator CD-EDUCATION-01',
      ])
      assert.doesNotMatch(res.body, /<b>bad<\/b>/, 'what was typed is escaped')
      assert.match(text(html(res.body).querySelector('#document-json-error')), /Describe level 4.*CD-EDUCATION-01$/)
    })

    test('a valid edit publishes version 2, and the guidance shows it', async () => {
      const typed = edited(await publishBox(), doc => {
        doc.indicators[0].examples['2'] = ['Two missed health visitor checks in a row']
      })
      const res = await beth.post('/guidance/thresholds/publish', { 'document-json': typed, 'based-on-version': '1' })
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, '/guidance/thresholds?published=2')

      const page = await beth.get('/guidance/thresholds?published=2')
      assert.equal(
        text(html(page.body).querySelector('.govuk-notification-banner--success .govuk-notification-banner__heading')),
        'Version 2 published',
      )
      assert.match(text(html(page.body).querySelector('.govuk-caption-l')), /^Version 2, published /)
      assert.match(page.body, /Two missed health visitor checks in a row/)
      assert.equal(
        html((await beth.get('/guidance/thresholds?published=1')).body).querySelector('.govuk-notification-banner'),
        null,
      )

      const old = await hannah.get('/guidance/thresholds?version=1')
      assert.equal(old.statusCode, 200)
      assert.match(
        text(html(old.body).querySelector('.govuk-warning-text')),
        /This is version 1, which has been replaced/,
      )
      assert.doesNotMatch(old.body, /Two missed health visitor checks/)
      assert.ok(
        html(old.body).querySelector('a[href="/guidance/thresholds/levels/1?version=1"]'),
        'links stay in version 1',
      )

      const versions = await hannah.get('/guidance/thresholds/versions')
      assert.deepEqual(
        html(versions.body)
          .querySelectorAll('tbody tr')
          .map(tr => tr.querySelectorAll('td').map(td => text(td))),
        [
          ['Version 2 Current', '26 November 2026', 'Beth Lawson', String(INDICATORS)],
          ['Version 1', '2 November 2026', 'Threshold set-up', String(INDICATORS)],
        ],
      )
    })

    test('an edit started before someone else published is not silently published over theirs', async () => {
      const typed = edited(await publishBox(), doc => {
        doc.title = 'Northbridge threshold guidance (draft)'
      })
      const res = await beth.post('/guidance/thresholds/publish', { 'document-json': typed, 'based-on-version': '1' })
      assert.equal(res.statusCode, 400)
      assertGovukErrors(res.body, { 'document-json': /Someone else published version 2 while you were editing/ })
      assert.equal(html(res.body).querySelector('textarea#document-json')?.textContent, typed)
      assert.equal(html(res.body).querySelector('input[name="based-on-version"]')?.getAttribute('value'), '2')
    })
  })
}

for (const backend of testBackends()) {
  describe(`threshold guidance before any is published (${backend})`, () => {
    let t: TestApp
    const ctx = { actor: null, correlationId: 'test' }
    before(async () => {
      t = await startTestApp(backend, { template: 'empty' })
      await createAgency(t.deps, ctx, { name: 'Anytown Partnership', kind: 'partnership' })
      for (const [email, role] of [
        ['manager@anytown.example', 'partnership_manager'],
        ['gp@anytown.example', 'referrer'],
      ] as const) {
        const created = await createUser(t.deps, ctx, {
          email,
          displayName: role,
          agencyName: 'Anytown Partnership',
          roles: [role],
          password: 'a-long-test-password',
        })
        assert.ok(created.ok)
      }
    })
    after(() => t.close())

    test('the guidance says none is published, and a partnership manager publishes the first version', async () => {
      const referrer = await signedInSession(t.app, 'gp@anytown.example', 'a-long-test-password')
      const empty = await referrer.get('/guidance/thresholds')
      assert.equal(empty.statusCode, 200)
      assert.match(text(html(empty.body).querySelector('main')), /No threshold guidance has been published yet/)
      assert.equal((await referrer.get('/guidance/thresholds/levels/2')).statusCode, 200)

      const manager = await signedInSession(t.app, 'manager@anytown.example', 'a-long-test-password')
      const form = await manager.get('/guidance/thresholds/publish')
      assert.equal(html(form.body).querySelector('textarea#document-json')?.textContent, '')
      const res = await manager.post('/guidance/thresholds/publish', {
        'document-json': JSON.stringify({ ...NORTHBRIDGE_THRESHOLD_DOCUMENT, title: 'Anytown threshold guidance' }),
        'based-on-version': '0',
      })
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, '/guidance/thresholds?published=1')
      assert.equal(h1((await referrer.get('/guidance/thresholds')).body), 'Anytown threshold guidance')
    })
  })
}
