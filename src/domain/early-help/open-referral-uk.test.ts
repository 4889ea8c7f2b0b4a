import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { describe, test } from 'node:test'
import { parseOpenReferralUk, type OpenReferralUkFeed } from './open-referral-uk.js'

const FIXTURE = new URL('../../../test/fixtures/oruk-northbridge-sample.json', import.meta.url)

function feed(json: unknown): OpenReferralUkFeed {
  const result = parseOpenReferralUk(json)
  assert.ok(result.ok, `parsed: ${JSON.stringify(result)}`)
  return result.value
}

const service = (fields: Record<string, unknown>) => ({ id: 'svc-1', name: 'Toy library', status: 'active', ...fields })

describe('parseOpenReferralUk: the Northbridge sample feed', () => {
  const sample = feed(readFileSync(FIXTURE, 'utf8'))

  test('reads the three usable services and skips the one with no id, saying why', () => {
    assert.deepEqual(
      sample.services.map(s => s.name),
      [
        'Chatterbox Speech and Language Drop-in',
        "Riverside Dads' Group",
        'Northbridge Bereavement Support for Children',
      ],
    )
    assert.deepEqual(sample.skipped, [
      { ref: 'record 4 (Toddler Talk)', reason: 'it has no id, so a later import could not find it again' },
    ])
    assert.deepEqual(sample.withdrawn, [])
  })

  test('an HSDS 3.0 record: service ages, eligibility description, contact phones and location address', () => {
    assert.deepEqual(sample.services[0], {
      externalId: '3f6c2a1e-5b7d-4c1a-9e2f-8a0b1c2d3e4f',
      name: 'Chatterbox Speech and Language Drop-in',
      description:
        "Weekly drop-in with a speech and language therapist for parents worried about their child's talking, " +
        'listening or understanding. No appointment needed.',
      eligibility: 'Parents and carers of children aged 1 to 5 who live in Northbridge or go to a Northbridge nursery',
      area: 'Northbridge',
      contact: {
        phone: '01632 960411',
        email: 'chatterbox@slt.northbridge.example',
        website: 'https://chatterbox.northbridge.example',
        address: '2 Mill Lane, Northbridge, NB1 4RT',
      },
      minAgeYears: 1,
      maxAgeYears: 5,
      source: 'open-referral-uk',
    })
  })

  test('an older ORUK record: eligibilitys, service_area text, contact email and physical_addresses', () => {
    const dads = sample.services[1]!
    assert.equal(dads.eligibility, 'Dads and male carers of children under 11')
    assert.equal(dads.area, 'Riverside and Eastgate wards')
    assert.equal(dads.minAgeYears, 0)
    assert.equal(dads.maxAgeYears, 10)
    assert.deepEqual(dads.contact, {
      phone: '01632 960422',
      email: 'dads@familytrust.northbridge.example',
      website: 'https://dads.familytrust.northbridge.example',
      address: '40 Eastgate Road, Northbridge, NB3 7EG',
    })
  })

  test('ages given as text are read as numbers', () => {
    const bereavement = sample.services[2]!
    assert.equal(bereavement.minAgeYears, 4)
    assert.equal(bereavement.maxAgeYears, 18)
    assert.deepEqual(bereavement.contact, {
      email: 'hello@bereavement.northbridge.example',
      website: 'https://bereavement.northbridge.example',
    })
  })
})

describe('parseOpenReferralUk: the shapes a feed comes in', () => {
  test('a plain array, an HSDS 3.0 page with "contents", and a single service', () => {
    assert.equal(feed([service({})]).services.length, 1)
    assert.equal(feed({ total_items: 1, page_number: 1, contents: [service({})] }).services.length, 1)
    assert.equal(feed(service({})).services.length, 1)
  })

  test('text is parsed as JSON, and broken JSON is reported', () => {
    assert.equal(feed(JSON.stringify([service({})])).services.length, 1)
    assert.deepEqual(parseOpenReferralUk('[{"id": '), {
      ok: false,
      error: { kind: 'not-json', message: 'The file is not valid JSON: it ends too soon' },
    })
    assert.deepEqual(parseOpenReferralUk('[\n  {"id": "a",, "name": "b"}\n]'), {
      ok: false,
      error: { kind: 'not-json', message: 'The file is not valid JSON: look at line 2, column 14' },
    })
  })

  test('anything else is not a feed', () => {
    for (const value of [null, 42, 'true', { services: [] }, { content: 'nope' }]) {
      const result = parseOpenReferralUk(value)
      assert.equal(result.ok, false, JSON.stringify(value))
      if (!result.ok) assert.equal(result.error.kind, 'not-a-feed')
    }
  })

  test('an empty feed is a feed with nothing in it', () => {
    assert.deepEqual(feed({ content: [] }), { services: [], withdrawn: [], skipped: [] })
  })
})

describe('parseOpenReferralUk: lenient about each record, and says what it skipped', () => {
  test('records that cannot be stored are skipped with the reason, the rest are kept', () => {
    const result = feed([
      'not an object',
      { name: 'No id' },
      { id: 'x-1' },
      service({ id: 'x-2', minimum_age: 'three' }),
      service({ id: 'x-3', maximum_age: -1 }),
      service({ id: 'x-4', minimum_age: 18, maximum_age: 5 }),
      service({ id: 'x-5', name: 'N'.repeat(201) }),
      service({ id: 'ok-1' }),
      service({ id: 'ok-1', name: 'Same id again' }),
    ])
    assert.deepEqual(result.skipped, [
      { ref: 'record 1', reason: 'it is not a JSON object' },
      { ref: 'record 2 (No id)', reason: 'it has no id, so a later import could not find it again' },
      { ref: 'x-1', reason: 'it has no name' },
      { ref: 'x-2', reason: 'its minimum_age "three" is not an age in years' },
      { ref: 'x-3', reason: 'its maximum_age -1 is not an age in years' },
      { ref: 'x-4', reason: 'its minimum age (18) is above its maximum age (5)' },
      { ref: 'x-5', reason: 'its name is longer than 200 characters' },
      { ref: 'ok-1', reason: 'a record with the same id comes earlier in the file' },
    ])
    assert.deepEqual(
      result.services.map(s => s.externalId),
      ['ok-1'],
    )
  })

  test('numeric ids are kept as text', () => {
    assert.equal(feed([service({ id: 1234 })]).services[0]?.externalId, '1234')
  })

  test('inactive, defunct and temporarily closed services are withdrawn, not imported', () => {
    const result = feed([
      service({ id: 'a', status: 'inactive' }),
      service({ id: 'b', status: 'Defunct' }),
      service({ id: 'c', status: 'temporarily closed' }),
      service({ id: 'd', status: undefined }),
    ])
    assert.deepEqual(
      result.withdrawn.map(w => [w.externalId, w.status]),
      [
        ['a', 'inactive'],
        ['b', 'defunct'],
        ['c', 'temporarily closed'],
      ],
    )
    assert.deepEqual(
      result.services.map(s => s.externalId),
      ['d'],
      'a record with no status is taken as active',
    )
  })

  test('a missing description, eligibility or area is stored as empty, not invented', () => {
    const [s] = feed([service({})]).services
    assert.deepEqual(s, {
      externalId: 'svc-1',
      name: 'Toy library',
      description: '',
      eligibility: '',
      area: '',
      contact: {},
      source: 'open-referral-uk',
    })
  })

  test('eligibility rows are joined, and the widest age range they allow is taken', () => {
    const [s] = feed([
      service({
        eligibilitys: [
          { eligibility: 'Young carers', minimum_age: 8, maximum_age: 12 },
          { eligibility: 'Young adult carers', minimum_age: 13, maximum_age: 18 },
          { eligibility: 'Young carers' },
        ],
      }),
    ]).services
    assert.equal(s?.eligibility, 'Young carers; Young adult carers')
    assert.equal(s?.minAgeYears, 8)
    assert.equal(s?.maxAgeYears, 18)
  })

  test("the service's own ages win over its eligibility rows; fractional ages count whole years", () => {
    const [s] = feed([
      service({ minimum_age: 0.5, maximum_age: 4.9, eligibilitys: [{ minimum_age: 2, maximum_age: 16 }] }),
    ]).services
    assert.equal(s?.minAgeYears, 0)
    assert.equal(s?.maxAgeYears, 4)
  })

  test('no area: the names of the places it is delivered', () => {
    const [s] = feed([
      service({
        service_at_locations: [{ location: { name: 'Eastgate Library' } }, { location: { name: 'Riverside Hub' } }],
      }),
    ]).services
    assert.equal(s?.area, 'Eastgate Library; Riverside Hub')
  })

  test('contact falls back to the organisation; service-level phones come first', () => {
    const [s] = feed([
      service({
        phones: [{ number: '01632 960999' }],
        contacts: [{ phones: [{ number: '01632 960000' }] }],
        organization: { email: 'info@org.northbridge.example', website: 'https://org.northbridge.example' },
      }),
    ]).services
    assert.deepEqual(s?.contact, {
      phone: '01632 960999',
      email: 'info@org.northbridge.example',
      website: 'https://org.northbridge.example',
    })
  })

  test('markup is stripped, and only http(s) websites and well-formed emails are kept', () => {
    const [s] = feed([
      service({
        name: '<b>Toy</b> library',
        description: 'Books &amp; toys<br>to borrow<script>alert(1)</script>',
        url: 'javascript:alert(1)',
        email: 'not an email',
        organization: { website: 'ftp://files.northbridge.example' },
      }),
    ]).services
    assert.equal(s?.name, 'Toy library')
    assert.equal(s?.description, 'Books & toys to borrow')
    assert.deepEqual(s?.contact, {})
  })
})
