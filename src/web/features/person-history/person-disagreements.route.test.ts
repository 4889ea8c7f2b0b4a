import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../../test/support/actors.js'
import {
  closeWithDecisionChanged,
  decidedReferral,
  disagreeWithFeedback,
  I_DISAGREE,
  raise,
} from '../../../../test/support/disagreement-fixtures.js'
import { useRules } from '../../../../test/support/front-door.js'
import { html, text } from '../../../../test/support/html.js'
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession } from '../../../../test/support/web-session.js'

// Ava Okonkwo-Byrne's page: the health visitor's disagreement about the no-further-action
// decision changed it to an assessment; a senior manager has raised another at stage 3 because
// Ava may be at immediate risk. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example'
const GRACE = 'grace.okafor@school.northbridge.example'
const SAM = 'sam.taylor@csc.northbridge.example'
const MARK = 'mark.jennings@csc.northbridge.example'
const PRIYA = 'priya.shah@csc.northbridge.example'
const LOU = 'lou.harper@csc.northbridge.example'

const rows = (body: string) =>
  html(body)
    .querySelectorAll('#disagreements tbody tr')
    .map(tr => tr.querySelectorAll('td').map(td => text(td)))

for (const backend of testBackends()) {
  describe(`professional disagreements on a child's page (${backend})`, () => {
    let t: TestApp
    const ids = { ava: '', otherAva: '', changed: '', changedRef: '', urgent: '', urgentRef: '' }

    before(async () => {
      t = await startTestApp(backend)
      const [hannah, grace, sam, mark, lou] = await Promise.all(
        [HANNAH, GRACE, SAM, MARK, LOU].map(e => actorFor(t.deps.db, e)),
      )
      await useRules(t.deps, [])
      const referral = await decidedReferral(t.deps, hannah!, sam!)
      ids.ava = referral.childIds[0]!
      const d = await disagreeWithFeedback(t.deps, hannah!, referral.referralId)
      await closeWithDecisionChanged(t.deps, { referrer: hannah!, practitioner: sam!, manager: mark! }, d)
      Object.assign(ids, { changed: d.id, changedRef: d.reference })
      const urgent = await raise(t.deps, lou!, {
        raisedVia: 'practitioner',
        personId: ids.ava,
        answers: { ...I_DISAGREE, subject: 'plan-not-progressing', immediateRisk: 'yes', startAtStage: '3' },
      })
      Object.assign(ids, { urgent: urgent.id, urgentRef: urgent.reference })
      // The school's referral about the family, recorded as new people: nothing disagreed yet.
      ids.otherAva = (await decidedReferral(t.deps, grace!, sam!)).childIds[0]!
    })
    after(() => t.close())

    test('the responder sees both, newest first, and the changed decision', async () => {
      const lou = await signedInSession(t.app, LOU)
      const res = await lou.get(`/people/${ids.ava}`)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('#disagreements-heading')), 'Professional disagreements')
      assert.deepEqual(rows(res.body), [
        [
          "26 November 2026 Northbridge Children's Services Front Door",
          `${ids.urgentRef} A plan that is not progressing`,
          'Stage 3: Service managers',
          '5 working days left Immediate risk',
        ],
        [
          '26 November 2026 Northbridge Community Health Visiting',
          `${ids.changedRef} A decision about a referral`,
          'Stage 2: Line managers',
          'Closed Decision changed',
        ],
      ])
      assert.ok(doc.querySelector(`#disagreements a[href="/disagreements/${ids.changed}"]`))
      assert.equal(
        doc.querySelector('#disagreements .govuk-tag--green')?.textContent.trim(),
        'Decision changed',
        'a changed decision stands out',
      )
      assert.equal(
        doc.querySelector('#raise-disagreement')?.getAttribute('href'),
        `/disagreements/new?person=${ids.ava}`,
      )
      assert.equal(text(doc.querySelector('#raise-disagreement')), 'Raise a disagreement about this child')
      assert.equal(doc.querySelector('#disagreements-hidden'), null)
    })

    test('the practitioner who answered at stage 1 sees that one and is told of the other', async () => {
      const sam = await signedInSession(t.app, SAM)
      const res = await sam.get(`/people/${ids.ava}`)
      assert.equal(res.statusCode, 200)
      assert.deepEqual(
        rows(res.body).map(r => r[1]),
        [`${ids.changedRef} A decision about a referral`],
      )
      assert.equal(
        text(html(res.body).querySelector('#disagreements-hidden')),
        'There is 1 more disagreement about this child at a stage you cannot open.',
      )
    })

    test('a child with no disagreements says so, and still offers to raise one', async () => {
      const priya = await signedInSession(t.app, PRIYA)
      const res = await priya.get(`/people/${ids.otherAva}`)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(
        text(doc.querySelector('#disagreements')),
        'No professional disagreements have been raised about this child.',
      )
      assert.ok(doc.querySelector('#raise-disagreement'))
    })

    test('a referrer still cannot open the page', async () => {
      const hannah = await signedInSession(t.app, HANNAH)
      assert.equal((await hannah.get(`/people/${ids.ava}`)).statusCode, 404)
    })
  })
}
