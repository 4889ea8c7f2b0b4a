import assert from 'node:assert/strict'
import { after, before, describe, test } from 'node:test'
import type { DatabaseHandle } from '../../data/db.js'
import { toLondonDate, workingDaysBetween } from '../../domain/calendar/index.js'
import { isValidNhsNumber } from '../../domain/referral/nhs-number.js'
import type { ReferralChannel, ReferralContent } from '../../domain/referral/referral-content.js'
import { validateReferral } from '../../domain/referral/referral-validation.js'
import { openTestDatabase, testBackends } from '../../../test/support/test-db.js'
import { calendar } from '../referral-service.js'
import { thresholdDocumentVersion } from '../threshold-document-service.js'
import { verifyAuditTrail } from '../audit-service.js'

// The 'demo' test template is built by seedDemo, so it holds exactly what the demo seeds.

type Row = {
  id: string
  reference: string | null
  status: string
  channel: ReferralChannel
  content: ReferralContent
  agency: string
  recordedBy: string
  qualityScore: number | null
  sourceCode: string | null
  documentVersion: number | null
  submittedAt: Date | null
}

/** Every string in a value, however deeply nested. */
const strings = (value: unknown): string[] =>
  typeof value === 'string'
    ? [value]
    : value !== null && typeof value === 'object'
      ? Object.values(value).flatMap(strings)
      : []

for (const backend of testBackends()) {
  describe(`demo referrals (${backend})`, () => {
    let h: DatabaseHandle
    let rows: Row[]
    let submitted: Row[]
    before(async () => {
      h = await openTestDatabase(backend, 'demo')
      rows = (
        await h.db
          .selectFrom('referral')
          .innerJoin('app_user', 'app_user.id', 'referral.recorded_by_user_id')
          .select([
            'referral.id',
            'referral.reference',
            'referral.status',
            'referral.channel',
            'referral.content',
            'referral.referring_agency_id as agency',
            'app_user.email as recordedBy',
            'referral.quality_score as qualityScore',
            'referral.source_code as sourceCode',
            'referral.threshold_document_version as documentVersion',
            'referral.submitted_at as submittedAt',
          ])
          .orderBy('referral.created_at')
          .execute()
      ).map(r => ({ ...r, content: r.content as ReferralContent }))
      submitted = rows.filter(r => r.status === 'submitted')
    })
    after(() => h.close())

    test('twelve submitted referrals, each with its own reference, contact and deadline', async () => {
      assert.equal(submitted.length, 12)
      assert.equal(new Set(submitted.map(r => r.reference)).size, 12)
      for (const r of submitted) assert.match(r.reference ?? '', /^R-\d{4}-\d{6}$/)
      const contacts = await h.db.selectFrom('contact').select(['id', 'referral_id']).execute()
      assert.deepEqual(contacts.map(c => c.referral_id).sort(), submitted.map(r => r.id).sort())
      const deadlines = await h.db
        .selectFrom('deadline')
        .select('subject_id')
        .where('kind', '=', 'contact-decision')
        .execute()
      assert.deepEqual(deadlines.map(d => d.subject_id).sort(), contacts.map(c => c.id).sort())
      const events = await h.db
        .selectFrom('referral_event')
        .select('referral_id')
        .where('type', '=', 'submitted')
        .execute()
      assert.equal(events.length, 12)
    })

    test('they come from at least eight agencies, over the three weeks before the seed, in working hours', () => {
      assert.ok(new Set(submitted.map(r => r.agency)).size >= 8)
      const days = submitted.map(r => toLondonDate(r.submittedAt!))
      const first = days.reduce((a, b) => (a < b ? a : b))
      const last = days.reduce((a, b) => (a > b ? a : b))
      assert.ok(workingDaysBetween(calendar, first, last) >= 10, `${first} to ${last}`)
      for (const r of submitted) {
        const hour = Number(r.submittedAt!.toLocaleTimeString('en-GB', { timeZone: 'Europe/London', hour: '2-digit' }))
        assert.ok(hour >= 8 && hour < 18, `${r.reference} sent at ${r.submittedAt!.toISOString()}`)
        assert.ok([1, 2, 3, 4, 5].includes(new Date(`${toLondonDate(r.submittedAt!)}T12:00Z`).getUTCDay()))
      }
    })

    test('two phone calls, a neighbour and a professional, both told their rights', () => {
      const calls = submitted.filter(r => r.channel === 'phone')
      assert.ok(calls.length >= 2)
      for (const r of calls) {
        assert.equal(r.content.call?.rightsExplained, true)
        assert.equal(r.recordedBy, 'sam.taylor@csc.northbridge.example')
      }
      const neighbour = calls.find(r => r.content.call?.callerType === 'public')
      assert.equal(neighbour?.sourceCode, '1B')
      assert.ok(calls.some(r => r.content.call?.callerType === 'professional'))
    })

    test('three drafts by different referrers, one of them Hannah Ward', () => {
      const drafts = rows.filter(r => r.status === 'draft')
      assert.equal(drafts.length, 3)
      assert.equal(new Set(drafts.map(r => r.recordedBy)).size, 3)
      assert.ok(drafts.some(r => r.recordedBy === 'hannah.ward@hv.northbridge.example'))
    })

    test('every submitted referral passes validation against the threshold document it cites', async () => {
      for (const r of submitted) {
        const document = await thresholdDocumentVersion(h, r.documentVersion!)
        const problems = validateReferral(r.content, {
          channel: r.channel,
          today: toLondonDate(r.submittedAt!),
          indicatorCodes: new Set(document.indicators.map(i => i.code)),
        })
        assert.deepEqual(problems, [], r.reference ?? '')
      }
    })

    test('quality varies from vague to thorough, and levels from 1 to 4', () => {
      const scores = submitted.map(r => r.qualityScore!)
      assert.ok(Math.min(...scores) < 50, `lowest ${Math.min(...scores)}`)
      assert.ok(Math.max(...scores) >= 90, `highest ${Math.max(...scores)}`)
      assert.deepEqual([...new Set(submitted.map(r => r.content.referrerView.level))].sort(), [1, 2, 3, 4])
    })

    test('the Hughes family is referred twice by Hannah Ward, two weeks apart', () => {
      const hughes = submitted.filter(r => r.content.children.some(c => c.familyName === 'Hughes'))
      assert.equal(hughes.length, 2)
      const [first, second] = hughes as [Row, Row]
      for (const r of hughes) assert.equal(r.recordedBy, 'hannah.ward@hv.northbridge.example')
      assert.deepEqual(first.content.children, second.content.children, 'the same baby, with the same details')
      const apart = workingDaysBetween(calendar, toLondonDate(first.submittedAt!), toLondonDate(second.submittedAt!))
      assert.equal(apart, 10)
      assert.match(second.content.concerns.description ?? '', /I referred Alfie on/)
    })

    test('nothing looks like real data: reserved emails, drama phone numbers, test NHS numbers, NB postcodes', async () => {
      const notifications = await h.db.selectFrom('notification').select('to_address').execute()
      const all = [...rows.flatMap(r => strings(r.content)), ...notifications.map(n => n.to_address)]
      for (const value of all.filter(s => s.includes('@'))) assert.match(value, /^[^\s@]+@[^\s@]+\.example(\.org)?$/)
      for (const r of rows) {
        const phone = r.content.referrer.phone
        if (phone) assert.match(phone, /^(01632 960 ?\d{3}|07700 900 ?\d{3})$/)
        for (const c of r.content.children) {
          if (c.nhsNumber) assert.ok(c.nhsNumber.startsWith('999') && isValidNhsNumber(c.nhsNumber), c.nhsNumber)
        }
        for (const person of [...r.content.children, ...r.content.adults]) {
          if (person.address?.postcode) assert.match(person.address.postcode, /^NB\d /)
        }
      }
    })

    test('the audit chain over everything seeded still verifies', async () => {
      assert.equal((await verifyAuditTrail(h.db)).ok, true)
    })
  })
}
