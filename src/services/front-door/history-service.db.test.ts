import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import { actorFor } from '../../../test/support/actors.js'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import type { DatabaseHandle } from '../../data/db.js'
import { listAuditEvents } from '../../data/repositories/audit-repository.js'
import { insertDecision } from '../../data/repositories/decision-repository.js'
import { insertFeedback, recordFeedbackResponse } from '../../data/repositories/feedback-repository.js'
import {
  findContactForReferral,
  linkReferralPerson,
  listContactPeople,
  updateContact,
} from '../../data/repositories/front-door-repository.js'
import { listContactsAboutPeople } from '../../data/repositories/history-repository.js'
import { createHousehold, insertPerson, setPersonHousehold } from '../../data/repositories/person-repository.js'
import { findCurrentRuleset, insertRuleset } from '../../data/repositories/screening-settings-repository.js'
import { insertStatutoryReferral } from '../../data/repositories/statutory-referral-repository.js'
import type { Actor } from '../../domain/access/actor.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import type { ChildDetails, ReferralContent } from '../../domain/referral/referral-content.js'
import { millsVagueReferral } from '../../domain/referral/referral-personas.js'
import type { DecisionOutcome } from '../../domain/screening/outcomes.js'
import { fixedClock } from '../clock.js'
import { NotFoundError } from '../errors.js'
import { DEFAULT_CONTACT_POINTS, type ServiceDeps } from '../index.js'
import { createPasswordHasher } from '../passwords.js'
import { submitWholeReferral } from '../referral-submission-service.js'
import { householdHistory, personHistory } from './history-service.js'

// The Quinn household: Harper (born 14 March 2024) and her brother Leo (born 2 June 2019).
// The health visitor has referred Harper three times and the school Leo once; the second
// health visiting referral was about both, decided "advice only", and the health visitor
// disagreed. All fictional.

const NOW = new Date('2026-11-26T10:00:00Z')
const HANNAH = 'hannah.ward@hv.northbridge.example' // referrer, health visiting
const GRACE = 'grace.okafor@school.northbridge.example' // referrer, school
const SAM = 'sam.taylor@csc.northbridge.example' // front door practitioner
const LOU = 'lou.harper@csc.northbridge.example' // senior manager, children's social care
const BETH = 'beth.lawson@partnership.northbridge.example' // partnership manager
const UNKNOWN = '00000000-0000-4000-8000-00000000beef'

const HV = 'Northbridge Community Health Visiting'
const SCHOOL = 'Northbridge Primary School'

const harperChild: ChildDetails = {
  id: 'child-harper',
  givenName: 'Harper',
  familyName: 'Quinn',
  dateOfBirth: '2024-03-14',
  sex: 'female',
}
const leoChild: ChildDetails = {
  id: 'child-leo',
  givenName: 'Leo',
  familyName: 'Quinn',
  dateOfBirth: '2019-06-02',
  sex: 'male',
}

const ctx = { actor: null, correlationId: 'history-test' }

for (const backend of testBackends()) {
  describe(`person and household history (${backend})`, () => {
    let h: DatabaseHandle
    let deps: ServiceDeps
    const clock = fixedClock(NOW)
    let sam: Actor
    let harper: string
    let leo: string
    let household: string
    let alone: string
    const contacts: Record<'a' | 'b' | 'c' | 'd', { contactId: string; referralId: string; reference: string }> =
      {} as never

    /** A referral about these children, sent by `referrer` at `at`, its children linked to these people. */
    async function contactAbout(referrer: Actor, at: string, children: Array<[ChildDetails, string | null]>) {
      clock.set(new Date(at))
      const content: ReferralContent = {
        ...millsVagueReferral(toLondonDate(clock.now())),
        children: children.map(([c]) => c),
      }
      const submitted = await submitWholeReferral(deps, ctx, referrer, content, undefined)
      assert.ok(submitted.ok, JSON.stringify(!submitted.ok && submitted.error))
      const contact = await findContactForReferral(h.db, submitted.value.referralId)
      assert.ok(contact)
      const onReferral = await listContactPeople(h.db, [contact.referralId])
      for (const [child, personId] of children) {
        const rp = onReferral.find(p => p.contentId === child.id)
        assert.ok(rp)
        if (personId)
          await linkReferralPerson(h.db, rp.id, { personId, kind: 'matched', userId: sam.userId, at: clock.now() })
      }
      return { contactId: contact.id, referralId: contact.referralId, reference: contact.reference }
    }

    /** A final decision on the contact, as the decision service leaves it. */
    async function decide(contactId: string, outcome: DecisionOutcome, level: 1 | 2 | 3 | 4, at: string) {
      const now = new Date(at)
      const ruleset = await findCurrentRuleset(h.db)
      if (!ruleset) await insertRuleset(h.db, { version: 1, rules: [], publishedAt: now, publishedBy: null })
      const decisionId = await insertDecision(h.db, {
        contactId,
        status: 'final',
        thresholdDocumentVersion: 1,
        rulesetVersion: ruleset?.version ?? 1,
        proposedByUserId: sam.userId,
        proposedAt: now,
        outcome,
        level,
        indicatorCodes: [],
        rationale: 'Test rationale',
        feedbackText: 'Test feedback',
        earlyHelpServiceId: null,
        rulesFired: [],
        sampleDraw: 50,
      })
      const contact = await h.db
        .selectFrom('contact')
        .select('version')
        .where('id', '=', contactId)
        .executeTakeFirstOrThrow()
      assert.ok(
        await updateContact(h.db, contactId, contact.version, {
          status: 'decided',
          decidedAt: now,
          finalOutcome: outcome,
          finalLevel: level,
        }),
      )
      return decisionId
    }

    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      deps = {
        db: h.db,
        clock,
        passwords: createPasswordHasher('fast'),
        sessionTtlHours: 8,
        contactPoints: DEFAULT_CONTACT_POINTS,
      }
      sam = await actorFor(h.db, SAM)
      const hannah = await actorFor(h.db, HANNAH)
      const grace = await actorFor(h.db, GRACE)
      const person = ({ givenName, familyName, dateOfBirth }: ChildDetails, more: { nhsNumber?: string } = {}) =>
        insertPerson(h.db, {
          ...(givenName ? { givenName } : {}),
          ...(familyName ? { familyName } : {}),
          ...(dateOfBirth ? { dateOfBirth } : {}),
          ...more,
          postcode: 'NB2 7QT',
          createdAt: NOW,
          createdByUserId: sam.userId,
        })
      harper = await person(harperChild)
      leo = await person(leoChild, { nhsNumber: '999 000 0026' })
      alone = await person({ id: 'child-rosa', givenName: 'Rosa', familyName: 'Lind', dateOfBirth: '2015-01-01' })
      household = await createHousehold(h.db, { createdAt: NOW, createdByUserId: sam.userId })
      await setPersonHousehold(h.db, harper, household)
      await setPersonHousehold(h.db, leo, household)

      contacts.a = await contactAbout(hannah, '2025-06-10T09:00:00Z', [[harperChild, harper]])
      await decide(contacts.a.contactId, 'no-further-action', 1, '2025-06-11T09:00:00Z')

      contacts.b = await contactAbout(hannah, '2026-02-03T11:00:00Z', [
        [harperChild, harper],
        [leoChild, leo],
      ])
      const adviceId = await decide(contacts.b.contactId, 'information-and-advice', 2, '2026-02-04T09:00:00Z')
      const feedbackId = await insertFeedback(h.db, {
        contactId: contacts.b.contactId,
        decisionId: adviceId,
        audience: 'professional',
        recipientUserId: hannah.userId,
        bodyText: 'Advice given',
        status: 'sent',
        createdAt: new Date('2026-02-04T09:00:00Z'),
        dueAt: new Date('2026-02-05T23:59:59Z'),
        sentAt: new Date('2026-02-04T09:00:00Z'),
      })
      assert.ok(
        await recordFeedbackResponse(h.db, feedbackId, {
          kind: 'disagreed',
          reason: 'Harper is still not being fed properly',
          at: new Date('2026-02-05T10:00:00Z'),
          byUserId: hannah.userId,
        }),
      )

      contacts.c = await contactAbout(grace, '2026-09-01T08:30:00Z', [[leoChild, leo]])
      const assessmentId = await decide(contacts.c.contactId, 'assessment', 3, '2026-09-01T15:00:00Z')
      await insertStatutoryReferral(h.db, {
        contactId: contacts.c.contactId,
        decisionId: assessmentId,
        personId: leo,
        referralDate: '2026-09-01',
        cinSourceCode: '3A',
        acceptedAt: new Date('2026-09-01T15:00:00Z'),
        acceptedByUserId: sam.userId,
        nfa: false,
        reReferral: false,
        previousReferralId: null,
      })

      contacts.d = await contactAbout(hannah, '2026-11-25T16:00:00Z', [[harperChild, harper]])
      // Named on a referral but never linked: not part of anyone's history yet.
      await contactAbout(hannah, '2026-11-25T17:00:00Z', [[harperChild, null]])
      clock.set(NOW)
    })
    after(() => h?.close())

    test('the repository returns one row per contact and person, newest first, with who referred and what happened', async () => {
      const rows = await listContactsAboutPeople(h.db, [harper])
      assert.deepEqual(
        rows.map(r => [r.reference, r.agencyName, r.agencyKind, r.channel, r.status, r.finalOutcome, r.finalLevel]),
        [
          [contacts.d.reference, HV, 'health_visiting', 'api', 'awaiting-screening', null, null],
          [contacts.b.reference, HV, 'health_visiting', 'api', 'decided', 'information-and-advice', 2],
          [contacts.a.reference, HV, 'health_visiting', 'api', 'decided', 'no-further-action', 1],
        ],
      )
      const b = rows[1]!
      assert.equal(b.contactId, contacts.b.contactId)
      assert.equal(b.referralId, contacts.b.referralId)
      assert.deepEqual(b.receivedAt, new Date('2026-02-03T11:00:00Z'))
      assert.deepEqual(b.decidedAt, new Date('2026-02-04T09:00:00Z'))
      assert.deepEqual(b.disagreedAt, new Date('2026-02-05T10:00:00Z'))
      assert.equal(b.personId, harper)
      assert.equal(b.role, 'child')
      assert.equal(b.dateOfBirth, '2024-03-14')
      assert.equal(b.expectedDate, null)
      assert.equal(b.recordDateOfBirth, '2024-03-14')
      assert.equal(b.statutoryReferral, false)
      assert.equal(rows[2]!.disagreedAt, null)
    })

    test('for several people, a contact about two of them is a row each; statutory referrals are per person', async () => {
      const rows = await listContactsAboutPeople(h.db, [harper, leo, alone])
      assert.deepEqual(
        rows.map(r => [r.reference, r.personId === harper ? 'harper' : 'leo', r.statutoryReferral]).sort(),
        [
          [contacts.a.reference, 'harper', false],
          [contacts.b.reference, 'harper', false],
          [contacts.b.reference, 'leo', false],
          [contacts.c.reference, 'leo', true],
          [contacts.d.reference, 'harper', false],
        ].sort(),
      )
      assert.equal(rows.find(r => r.contactId === contacts.c.contactId)?.agencyName, SCHOOL)
      assert.deepEqual(await listContactsAboutPeople(h.db, []), [])
      assert.deepEqual(await listContactsAboutPeople(h.db, [alone]), [])
    })

    test("a person's history: details, household, and the chronology with ages then and a summary", async () => {
      const history = await personHistory(deps, ctx, sam, harper)
      assert.equal(history.person.givenName, 'Harper')
      assert.equal(history.person.householdId, household)
      assert.deepEqual(
        history.householdMembers.map(m => m.givenName),
        ['Leo', 'Harper'],
      )
      assert.equal(history.today, '2026-11-26')
      assert.deepEqual(
        history.chronology.entries.map(e => [e.reference, e.referredBy, e.people.map(p => p.age), e.decision]),
        [
          [contacts.d.reference, HV, ['2 years'], 'Waiting for screening'],
          [contacts.b.reference, HV, ['22 months'], 'Information and advice'],
          [contacts.a.reference, HV, ['14 months'], 'No further action'],
        ],
      )
      assert.deepEqual(history.chronology.summary, {
        totalContacts: 3,
        contactsInLast12Months: 2,
        agencies: [{ name: HV, count: 3, label: `${HV} (3)` }],
        noFurtherActionCount: 2,
        disagreementCount: 1,
      })
    })

    test("a household's history merges its members' contacts, and a shared contact appears once", async () => {
      const history = await householdHistory(deps, ctx, sam, household)
      assert.equal(history.householdId, household)
      assert.deepEqual(
        history.members.map(m => m.id),
        [leo, harper],
      )
      const who = (id: string) => (id === harper ? 'Harper' : 'Leo')
      assert.deepEqual(
        history.chronology.entries.map(e => [e.reference, e.people.map(p => `${who(p.personId)} ${p.age}`)]),
        [
          [contacts.d.reference, ['Harper 2 years']],
          [contacts.c.reference, ['Leo 7 years']],
          [contacts.b.reference, ['Leo 6 years', 'Harper 22 months']],
          [contacts.a.reference, ['Harper 14 months']],
        ],
      )
      assert.equal(history.chronology.entries[1]?.statutoryReferral, true)
      assert.deepEqual(
        history.chronology.summary.agencies.map(a => a.label),
        [`${HV} (3)`, `${SCHOOL} (1)`],
      )
      assert.equal(history.chronology.summary.contactsInLast12Months, 3)
    })

    test('each view is audited by record id: the person, or the household and each member', async () => {
      const correlationId = `audit-${backend}`
      await personHistory(deps, { actor: sam, correlationId }, sam, harper)
      await householdHistory(deps, { actor: sam, correlationId }, sam, household)
      const rows = await h.db
        .selectFrom('audit_event')
        .select(['action', 'actor_user_id', 'subject_type', 'subject_id', 'details'])
        .where('correlation_id', '=', correlationId)
        .orderBy('seq')
        .execute()
      assert.deepEqual(
        rows.map(r => [r.action, r.actor_user_id, r.subject_type, r.subject_id, r.details]),
        [
          ['record.viewed', sam.userId, 'person', harper, { page: 'person-history' }],
          ['record.viewed', sam.userId, 'household', household, { page: 'household-history' }],
          ['record.viewed', sam.userId, 'person', leo, { page: 'household-history' }],
          ['record.viewed', sam.userId, 'person', harper, { page: 'household-history' }],
        ],
      )
      assert.doesNotMatch(JSON.stringify(rows), /Harper|Quinn|Leo/, 'no names in the audit trail')
    })

    test('a person with no contacts and no household has an empty history', async () => {
      const history = await personHistory(deps, ctx, sam, alone)
      assert.deepEqual(history.householdMembers, [])
      assert.deepEqual(history.chronology.entries, [])
      assert.equal(history.chronology.summary.totalContacts, 0)
    })

    test('a CSC senior manager may read histories too', async () => {
      const lou = await actorFor(h.db, LOU)
      assert.equal((await personHistory(deps, ctx, lou, harper)).chronology.entries.length, 3)
    })

    test('unknown ids, malformed ids and actors without access are all simply not found, and nothing is audited', async () => {
      const hannah = await actorFor(h.db, HANNAH)
      const beth = await actorFor(h.db, BETH)
      const lastSeq = (await listAuditEvents(h.db, { limit: 1 }))[0]?.seq
      const refused: Array<[string, () => Promise<unknown>]> = [
        ['unknown person', () => personHistory(deps, ctx, sam, UNKNOWN)],
        ['malformed person id', () => personHistory(deps, ctx, sam, 'not-a-uuid')],
        ['referrer, real person', () => personHistory(deps, ctx, hannah, harper)],
        ['partnership manager, real person', () => personHistory(deps, ctx, beth, harper)],
        ['unknown household', () => householdHistory(deps, ctx, sam, UNKNOWN)],
        ['a person id is not a household id', () => householdHistory(deps, ctx, sam, harper)],
        ['malformed household id', () => householdHistory(deps, ctx, sam, "1' or '1'='1")],
        ['referrer, real household', () => householdHistory(deps, ctx, hannah, household)],
      ]
      for (const [name, attempt] of refused) {
        await assert.rejects(attempt, NotFoundError, name)
      }
      assert.equal((await listAuditEvents(h.db, { limit: 1 }))[0]?.seq, lastSeq, 'no views recorded')
    })
  })
}
