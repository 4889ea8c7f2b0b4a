import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../../test/support/actors.js'
import {
  decidedReferral,
  disagreeWithFeedback,
  I_DISAGREE,
  raise,
} from '../../../../test/support/disagreement-fixtures.js'
import { useRules } from '../../../../test/support/front-door.js'
import { html, text } from '../../../../test/support/html.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, type WebSession } from '../../../../test/support/web-session.js'

// Hannah Ward (health visitor) disagreed with two no-further-action decisions about the
// Okonkwo-Byrne family: one a week ago, now overdue, and one today. The front door raised a
// third about the family at stage 3 because a child may be at immediate risk. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'
const LOU = 'lou.harper@csc.northbridge.example'
const BETH = 'beth.lawson@partnership.northbridge.example'
const NADIA = 'nadia.brooks@partnership.northbridge.example'
const TRACKER = '/disagreements/tracker'
// Everyone named on the Okonkwo-Byrne referral: none may appear on the pseudonymised tracker.
const FAMILY_NAMES = ['Ava', 'Okonkwo', 'Brien', 'Daniel', 'Chloe']

const rowsOf = (body: string, table: string) =>
  html(body)
    .querySelectorAll(`#${table} tbody tr`)
    .map(tr => tr.querySelectorAll('td').map(td => text(td)))

/** Label → number, from a summary list or a two-column table. */
const counts = (pairs: string[][]): Record<string, number> =>
  Object.fromEntries(pairs.map(([label, n]) => [label!, Number(n)]))
const totalsOf = (body: string) =>
  counts(
    html(body)
      .querySelectorAll('#tracker-totals .govuk-summary-list__row')
      .map(r => [text(r.querySelector('dt')), text(r.querySelector('dd'))]),
  )
/** The demo seeds disagreements of its own: counts are checked as what was there plus this file's. */
const plus = (base: Record<string, number>, added: Record<string, number>) => {
  const out = { ...base }
  for (const [k, n] of Object.entries(added)) out[k] = (out[k] ?? 0) + n
  return out
}

for (const backend of testBackends()) {
  describe(`My disagreements and the escalation tracker (${backend})`, () => {
    let t: TestApp
    let hannah: WebSession, beth: WebSession
    const ref = { overdue: '', today: '', urgent: '' }
    const ids = { today: '', childIds: [] as string[], contactId: '' }

    let baseline: { body: string; louReferralLinks: number }

    before(async () => {
      t = await startTestApp(backend)
      beth = await signedInSession(t.app, BETH)
      const lou = await signedInSession(t.app, LOU)
      baseline = {
        body: (await beth.get(TRACKER)).body,
        louReferralLinks: html((await lou.get(TRACKER)).body).querySelectorAll('#tracker a[href^="/referrals/"]')
          .length,
      }
      const hannahActor = await actorFor(t.deps.db, HANNAH)
      const samActor = await actorFor(t.deps.db, SAM)
      await useRules(t.deps, [])
      // Thursday 19 November: stage 1 was due by the end of Tuesday 24th, so it is overdue today.
      t.clock.set(new Date('2026-11-19T10:00:00Z'))
      const older = await decidedReferral(t.deps, hannahActor, samActor)
      ref.overdue = (await disagreeWithFeedback(t.deps, hannahActor, older.referralId)).reference
      t.clock.set(TEST_NOW)
      const latest = await decidedReferral(t.deps, hannahActor, samActor)
      const d = await disagreeWithFeedback(t.deps, hannahActor, latest.referralId)
      Object.assign(ids, { today: d.id, childIds: latest.childIds, contactId: latest.contactId })
      ref.today = d.reference
      const urgent = await raise(t.deps, samActor, {
        raisedVia: 'practitioner',
        personId: latest.childIds[0]!,
        answers: { ...I_DISAGREE, subject: 'plan-not-progressing', immediateRisk: 'yes', startAtStage: '3' },
      })
      ref.urgent = urgent.reference
      hannah = await signedInSession(t.app, HANNAH)
    })
    const ours = (rows: string[][]) =>
      rows.filter(r => [ref.overdue, ref.today, ref.urgent].includes(r[0]!.split(' ')[0]!))
    after(() => t.close())

    test('the referrer sees what she raised with the days left, and that nothing waits for her', async () => {
      const res = await hannah.get('/my-disagreements')
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'My disagreements')
      assert.ok(doc.querySelector('.govuk-service-navigation a[href="/my-disagreements"][aria-current="page"]'))
      assert.equal(text(doc.querySelector('#to-respond-heading')), 'Waiting for your response')
      assert.equal(text(doc.querySelector('#to-respond')), 'Nothing is waiting for your response.')
      assert.equal(text(doc.querySelector('#raised-heading')), 'Raised by you')
      const rows = rowsOf(res.body, 'raised-open')
      assert.deepEqual(
        rows.map(r => r[0]),
        [`${ref.overdue} A decision about a referral`, `${ref.today} A decision about a referral`],
      )
      assert.deepEqual(rows[0]!.slice(1), [
        'Stage 1: Practitioner to practitioner',
        'Northbridge Community Health Visiting 19 November 2026',
        'Overdue by 2 working days Overdue',
      ])
      assert.equal(rows[1]![3], '3 working days left')
      assert.equal(
        doc.querySelector(`#raised-open a[href="/disagreements/${ids.today}"]`)?.textContent,
        ref.today,
        'each reference opens the disagreement',
      )
      assert.doesNotMatch(res.body, new RegExp(ref.urgent), 'not her disagreement')
    })

    test('the front door practitioner sees both of them waiting for a response', async () => {
      const sam = await signedInSession(t.app, SAM)
      const res = await sam.get('/my-disagreements')
      assert.equal(res.statusCode, 200)
      const waiting = rowsOf(res.body, 'to-respond').map(r => r[0])
      assert.deepEqual(waiting, [
        `${ref.overdue} A decision about a referral`,
        `${ref.today} A decision about a referral`,
      ])
      const raised = rowsOf(res.body, 'raised-open')
      assert.equal(raised.length, 1)
      assert.match(raised[0]![3]!, /5 working days left Immediate risk/)
    })

    test('an auditor has no disagreements of their own: refused', async () => {
      const nadia = await signedInSession(t.app, NADIA)
      assert.equal((await nadia.get('/my-disagreements')).statusCode, 403)
    })

    test('the tracker is refused to a referrer and a practitioner, and is not in their navigation', async () => {
      const res = await hannah.get(TRACKER)
      assert.equal(res.statusCode, 403)
      assert.equal(text(html(res.body).querySelector('h1')), 'You cannot do that')
      assert.equal(html(res.body).querySelector(`.govuk-service-navigation a[href="${TRACKER}"]`), null)
      const sam = await signedInSession(t.app, SAM)
      assert.equal((await sam.get(TRACKER)).statusCode, 403)
    })

    test('for the partnership manager: every open one, overdue first, and no child named', async () => {
      const res = await beth.get(TRACKER)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Escalation tracker')
      assert.ok(doc.querySelector(`.govuk-service-navigation a[href="${TRACKER}"][aria-current="page"]`))
      const main = text(doc.querySelector('main'))
      for (const name of FAMILY_NAMES) assert.doesNotMatch(main, new RegExp(name), `${name} is not on the tracker`)

      const all = rowsOf(res.body, 'tracker')
      const overdue = all.map(r => /Overdue/.test(r[5]!))
      assert.deepEqual(
        overdue,
        [...overdue].sort((a, b) => Number(b) - Number(a)),
        'overdue first',
      )
      const rows = ours(all)
      assert.deepEqual(
        rows.map(r => r[0]!.split(' ')[0]),
        [ref.overdue, ref.today, ref.urgent],
        'overdue first, then soonest due',
      )
      assert.equal(rows[0]![4], '5 working days', 'raised five working days ago')
      assert.match(rows[0]![5]!, /^Overdue by 2 working days Overdue$/)
      assert.match(rows[2]![5]!, /Immediate risk/)
      // The child in the urgent one is on today's referral too: the same pseudonym in both.
      const urgentChild = rows[2]![1]!
      assert.match(urgentChild, /^Child [0-9A-Z]{6}$/)
      assert.ok(rows[1]![1]!.includes(urgentChild), 'the same child, the same pseudonym')
      assert.ok(!rows[0]![1]!.includes(urgentChild), 'another family record, another pseudonym')

      assert.equal(doc.querySelectorAll('#tracker a[href^="/people/"]').length, 0)
      assert.equal(doc.querySelectorAll('a[href^="/referrals/"], a[href^="/front-door/contacts/"]').length, 0)
      assert.deepEqual(
        totalsOf(res.body),
        plus(totalsOf(baseline.body), { Open: 3, Overdue: 1, 'A child at immediate risk': 1 }),
      )
      assert.deepEqual(
        counts(rowsOf(res.body, 'by-stage')),
        plus(counts(rowsOf(baseline.body, 'by-stage')), {
          'Stage 1: Practitioner to practitioner': 2,
          'Stage 3: Service managers': 1,
        }),
      )
      assert.deepEqual(
        counts(rowsOf(res.body, 'by-agency')),
        plus(counts(rowsOf(baseline.body, 'by-agency')), {
          'Northbridge Community Health Visiting': 2,
          "Northbridge Children's Services Front Door": 1,
        }),
      )
    })

    test('filters by stage and by agency work from the query string', async () => {
      const stage3 = await beth.get(`${TRACKER}?stage=3`)
      assert.deepEqual(
        ours(rowsOf(stage3.body, 'tracker')).map(r => r[0]!.split(' ')[0]),
        [ref.urgent],
      )
      assert.ok(
        rowsOf(stage3.body, 'tracker').every(r => /Stage 3/.test(r.join(' '))),
        'only stage 3',
      )
      assert.equal(html(stage3.body).querySelector('#stage option[selected]')?.getAttribute('value'), '3')
      assert.ok(html(stage3.body).querySelector('#clear-filters'))
      assert.equal(totalsOf(stage3.body).Open, totalsOf(baseline.body).Open! + 3, 'the summary is for everything')

      const hv = await actorFor(t.deps.db, HANNAH)
      const byAgency = await beth.get(`${TRACKER}?agency=${hv.agencyId}`)
      assert.deepEqual(
        ours(rowsOf(byAgency.body, 'tracker')).map(r => r[0]!.split(' ')[0]),
        [ref.overdue, ref.today],
      )
      const none = await beth.get(`${TRACKER}?stage=4`)
      assert.equal(text(html(none.body).querySelector('#tracker')), 'No open disagreements match this filter.')
      const nonsense = await beth.get(`${TRACKER}?stage=<script>&agency=x`)
      assert.equal(nonsense.statusCode, 200)
      assert.equal(
        rowsOf(nonsense.body, 'tracker').length,
        rowsOf(baseline.body, 'tracker').length + 3,
        'nonsense is ignored',
      )
    })

    test("the front door manager gets links to each child's record and the contact", async () => {
      const mark = await signedInSession(t.app, MARK)
      const res = await mark.get(TRACKER)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      const people = doc.querySelectorAll('#tracker a[href^="/people/"]').map(a => a.getAttribute('href'))
      for (const id of ids.childIds) assert.ok(people.includes(`/people/${id}`))
      const contactLink = doc.querySelector(`#tracker a[href="/front-door/contacts/${ids.contactId}"]`)
      assert.equal(text(contactLink), `Contact for ${ref.today}`)
      for (const name of FAMILY_NAMES) assert.doesNotMatch(text(doc.querySelector('main')), new RegExp(name))
    })

    test('a CSC senior manager has case access but not the contact page: the referral is linked instead', async () => {
      const lou = await signedInSession(t.app, LOU)
      const doc = html((await lou.get(TRACKER)).body)
      assert.equal(doc.querySelectorAll('#tracker a[href^="/front-door/contacts/"]').length, 0)
      assert.equal(doc.querySelectorAll('#tracker a[href^="/referrals/"]').length, baseline.louReferralLinks + 2)
    })
  })
}
