import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../../test/support/actors.js'
import { html, text } from '../../../../test/support/html.js'
import { startTestApp, TEST_NOW, type TestApp } from '../../../../test/support/test-app.js'
import { testBackends } from '../../../../test/support/test-db.js'
import { signedInSession, webSession, type WebSession } from '../../../../test/support/web-session.js'
import type { Actor } from '../../../domain/access/actor.js'
import { toLondonDate } from '../../../domain/calendar/index.js'
import { okonkwoByrneReferral } from '../../../domain/referral/referral-personas.js'
import { confirmPerson, linkHousehold, personChecks } from '../../../services/front-door/checks-service.js'
import { submitWholeReferral } from '../../../services/referral-submission-service.js'

// Ava Okonkwo-Byrne (born 26 July 2020): the health visitor referred her family in March,
// decided no further action; her school referred her again today. All fictional.

const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer, health visiting
const GRACE = 'grace.okafor@school.northbridge.example' // referrer and safeguarding lead, school
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner
const LOU = 'lou.harper@csc.northbridge.example' // CSC senior manager
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager
const AVA_BORN = '2020-07-26'
const UNKNOWN = '00000000-0000-4000-8000-00000000beef'
const ctx = { actor: null, correlationId: 'person-history-route-test' }

const tableRows = (body: string) =>
  html(body)
    .querySelectorAll('#chronology tbody tr')
    .map(tr => tr.querySelectorAll('td').map(td => text(td)))

for (const backend of testBackends()) {
  describe(`person and household history pages (${backend})`, () => {
    let t: TestApp
    let sam: WebSession
    let samActor: Actor
    const ids = {
      ava: '',
      household: '',
      first: { referralId: '', reference: '' },
      second: { referralId: '', reference: '' },
    }

    /** The Okonkwo-Byrne referral from `email` at `at`, with Ava's date of birth the same each time. */
    async function refer(email: string, at: string) {
      t.clock.set(new Date(at))
      const content = okonkwoByrneReferral(toLondonDate(t.clock.now()))
      content.children[0]!.dateOfBirth = AVA_BORN
      const sent = await submitWholeReferral(t.deps, ctx, await actorFor(t.deps.db, email), content, undefined)
      assert.ok(sent.ok, JSON.stringify(!sent.ok && sent.error))
      return sent.value
    }

    before(async () => {
      t = await startTestApp(backend)
      samActor = await actorFor(t.deps.db, SAM)

      // March: everyone on the health visitor's referral is new; they are linked as a household.
      const first = await refer(HANNAH, '2026-03-10T10:00:00Z')
      ids.first = { referralId: first.referralId, reference: first.reference }
      const contactId = await contactFor(first.referralId)
      const { screening, checks } = await personChecks(t.deps, ctx, samActor, contactId)
      let version = screening.contact.version
      for (const check of checks) {
        const linked = await confirmPerson(t.deps, ctx, samActor, contactId, version++, check.person.id, {
          kind: 'new',
        })
        assert.ok(linked.ok)
        if (check.person.givenName === 'Ava') ids.ava = linked.value.personId
      }
      const household = await linkHousehold(t.deps, ctx, samActor, contactId, version)
      assert.ok(household.ok)
      ids.household = household.value.householdId
      await t.deps.db
        .updateTable('contact')
        .set({ status: 'decided', final_outcome: 'no-further-action', final_level: 1, decided_at: t.clock.now() })
        .where('id', '=', contactId)
        .execute()

      // Today: the school refers Ava again, and she is matched to the person on record.
      const second = await refer(GRACE, TEST_NOW.toISOString())
      ids.second = { referralId: second.referralId, reference: second.reference }
      const againId = await contactFor(second.referralId)
      const again = await personChecks(t.deps, ctx, samActor, againId)
      const ava = again.checks.find(c => c.person.givenName === 'Ava')
      assert.ok(ava)
      const matched = await confirmPerson(
        t.deps,
        ctx,
        samActor,
        againId,
        again.screening.contact.version,
        ava.person.id,
        {
          kind: 'match',
          personId: ids.ava,
        },
      )
      assert.ok(matched.ok)

      sam = await signedInSession(t.app, SAM)
    })
    after(() => t.close())

    async function contactFor(referralId: string): Promise<string> {
      const row = await t.deps.db
        .selectFrom('contact')
        .select('id')
        .where('referral_id', '=', referralId)
        .executeTakeFirstOrThrow()
      return row.id
    }

    test("a front door practitioner sees the person's details, summary and chronology, newest first", async () => {
      const res = await sam.get(`/people/${ids.ava}`)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Ava Okonkwo-Byrne')
      assert.match(text(doc.querySelector('title')), /^Person history – Threshold/)
      assert.doesNotMatch(text(doc.querySelector('title')), /Ava/, 'no name in the title, so none in browser history')

      const details = doc
        .querySelectorAll('#person-details .govuk-summary-list__row')
        .map(r => [text(r.querySelector('dt')), text(r.querySelector('dd'))])
      assert.deepEqual(details, [
        ['Name', 'Ava Okonkwo-Byrne'],
        ['Date of birth', '26 July 2020'],
        ['Age today', '6 years'],
        ['NHS number', '999 000 0018'],
        ['Postcode', 'NB1 4GH'],
      ])
      assert.equal(doc.querySelector('#household-link')?.getAttribute('href'), `/households/${ids.household}`)
      assert.equal(doc.querySelectorAll('#household-others a').length, 3, 'her mother, father and the unborn baby')

      assert.deepEqual(
        doc.querySelectorAll('#referring-agencies li').map(li => text(li)),
        ['Northbridge Community Health Visiting (1)', 'Northbridge Primary School (1)'],
      )
      assert.match(
        text(doc.querySelector('#history-summary')),
        /Contacts in the last 12 months 2 \(2 contacts in all\)/,
      )
      assert.match(text(doc.querySelector('#history-summary')), /No further action decisions including advice only 1/)

      assert.deepEqual(tableRows(res.body), [
        [
          '26 November 2026',
          ids.second.reference,
          'Northbridge Primary School',
          '6 years',
          'Waiting for screening',
          'None recorded',
        ],
        [
          '10 March 2026',
          ids.first.reference,
          'Northbridge Community Health Visiting',
          '5 years',
          'No further action Level 1 Decided 10 March 2026',
          'None recorded',
        ],
      ])
      const links = doc.querySelectorAll('#chronology tbody a').map(a => a.getAttribute('href'))
      assert.deepEqual(links, [`/referrals/${ids.second.referralId}`, `/referrals/${ids.first.referralId}`])
    })

    test('each reference opens the referral for the practitioner', async () => {
      const res = await sam.get(`/referrals/${ids.first.referralId}`)
      assert.equal(res.statusCode, 200)
      assert.equal(text(html(res.body).querySelector('h1')), `Referral ${ids.first.reference}`)
    })

    test('viewing the page is audited by the person id', async () => {
      const res = await sam.get(`/people/${ids.ava}`)
      assert.equal(res.statusCode, 200)
      const last = await t.deps.db
        .selectFrom('audit_event')
        .select(['action', 'actor_user_id', 'subject_type', 'subject_id', 'details'])
        .orderBy('seq', 'desc')
        .executeTakeFirstOrThrow()
      assert.deepEqual(last, {
        action: 'record.viewed',
        actor_user_id: samActor.userId,
        subject_type: 'person',
        subject_id: ids.ava,
        details: { page: 'person-history' },
      })
    })

    test('the household page lists its members with links and merges their chronologies', async () => {
      const res = await sam.get(`/households/${ids.household}`)
      assert.equal(res.statusCode, 200)
      const doc = html(res.body)
      assert.equal(text(doc.querySelector('h1')), 'Household history')
      const members = doc.querySelectorAll('#household-members a')
      assert.deepEqual(
        members.map(a => text(a)),
        ['Daniel Okonkwo', "Chloe O'Brien", 'Ava Okonkwo-Byrne', 'Unborn baby'],
      )
      assert.ok(members.some(a => a.getAttribute('href') === `/people/${ids.ava}`))
      const rows = tableRows(res.body)
      assert.equal(rows.length, 2, 'one row per contact, however many members were on it')
      assert.equal(rows[0]?.[3], 'Ava Okonkwo-Byrne (6 years)')
      assert.equal(
        rows[1]?.[3],
        "Ava Okonkwo-Byrne (5 years) Unborn baby (unborn) Daniel Okonkwo (33 years) Chloe O'Brien (29 years)",
      )
    })

    test('a CSC senior manager may read histories', async () => {
      const lou = await signedInSession(t.app, LOU)
      assert.equal((await lou.get(`/people/${ids.ava}`)).statusCode, 200)
      assert.equal((await lou.get(`/households/${ids.household}`)).statusCode, 200)
    })

    test('a referrer from an agency, even the one that referred, gets "page not found"', async () => {
      for (const email of [HANNAH, GRACE, BETH]) {
        const session = await signedInSession(t.app, email)
        for (const url of [`/people/${ids.ava}`, `/households/${ids.household}`]) {
          const res = await session.get(url)
          assert.equal(res.statusCode, 404, `${email} ${url}`)
          assert.equal(text(html(res.body).querySelector('h1')), 'Page not found')
          assert.doesNotMatch(res.body, /Okonkwo/)
        }
      }
    })

    test('an unknown or malformed id is "page not found"', async () => {
      for (const url of [
        `/people/${UNKNOWN}`,
        '/people/not-an-id',
        `/households/${UNKNOWN}`,
        `/households/${ids.ava}`,
        '/households/..%2Fpeople',
      ]) {
        const res = await sam.get(url)
        assert.equal(res.statusCode, 404, url)
        assert.equal(text(html(res.body).querySelector('h1')), 'Page not found')
      }
    })

    test('signed out, the pages send you to sign in', async () => {
      const res = await webSession(t.app).get(`/people/${ids.ava}`)
      assert.equal(res.statusCode, 303)
      assert.equal(res.headers.location, '/sign-in')
    })
  })
}
