import { fail, ok, type Result } from '../shared/result.js'
import { jsonSyntaxErrorOffset } from '../shared/json-text.js'
import type { EarlyHelpContact, EarlyHelpService } from './early-help-service.js'

// Reads an Open Referral UK (ORUK) service feed: the HSDS 3.0 UK profile, and the earlier ORUK
// shape that many council directories still publish. Feeds are uneven, so reading is lenient:
// a record is skipped only when it cannot be stored or matched again (no id, no name, ages that
// make no sense), and every skip says why. Fields this directory has no use for are ignored.

export type OpenReferralUkSkip = { ref: string; reason: string }

export type OpenReferralUkFeed = {
  services: Array<EarlyHelpService & { externalId: string }>
  /** Services the feed marks inactive, defunct or temporarily closed: taken out of the directory. */
  withdrawn: Array<{ externalId: string; name: string; status: string }>
  skipped: OpenReferralUkSkip[]
}

export type OpenReferralUkFeedError = { kind: 'not-json' | 'not-a-feed'; message: string }

type Json = Record<string, unknown>

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v)
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [])
const objects = (v: unknown): Json[] => list(v).filter(isObject)

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', '#39': "'" }

/** Plain text from a feed field: descriptions "can contain markup such as HTML or Markdown". */
function plain(value: unknown): string {
  if (typeof value !== 'string' && typeof value !== 'number') return ''
  return String(value)
    .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<(br|\/p|\/li|\/div)\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp|#39);/g, (_, e: string) => ENTITIES[e] ?? '')
    .replace(/\s+/g, ' ')
    .trim()
}

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>"]+$/

function email(value: unknown): string | undefined {
  const text = plain(value)
  return EMAIL.test(text) ? text : undefined
}

/** Only http and https addresses become links: a feed must never inject a javascript: URL. */
function website(value: unknown): string | undefined {
  const text = plain(value)
  if (!text) return undefined
  try {
    const url = new URL(text)
    const web = url.protocol === 'https:' || url.protocol === 'http:'
    return web && !/\s/.test(text) ? text : undefined
  } catch {
    return undefined
  }
}

const first = <T>(values: ReadonlyArray<T | undefined>): T | undefined => values.find(v => v !== undefined)
const nonEmpty = (text: string): string | undefined => (text === '' ? undefined : text)

/** Unique, non-empty texts joined with "; ", in the order the feed gives them. */
function joined(values: string[]): string {
  return [...new Set(values.filter(v => v !== ''))].join('; ')
}

type Age = { ok: true; years: number | undefined } | { ok: false; shown: string }

/** Ages in whole years; a fractional age such as 0.5 (six months) counts as the year it is in. */
function age(value: unknown): Age {
  if (value === undefined || value === null || value === '') return { ok: true, years: undefined }
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.trim()) : NaN
  if (!Number.isFinite(n) || n < 0 || n > 150) return { ok: false, shown: JSON.stringify(value) ?? String(value) }
  return { ok: true, years: Math.floor(n) }
}

const isBadAge = (a: Age): a is { ok: false; shown: string } => !a.ok
const yearsOf = (a: Age | undefined): number[] => (a?.ok && a.years !== undefined ? [a.years] : [])

function phoneOf(record: Json): string | undefined {
  const phones = [...objects(record.phones), ...objects(record.contacts).flatMap(c => objects(c.phones))]
  return first(phones.map(p => nonEmpty(plain(p.number))))
}

function addressOf(record: Json): string | undefined {
  const locations = objects(record.service_at_locations).map(sal => (isObject(sal.location) ? sal.location : sal))
  const addresses = locations.flatMap(l => [...objects(l.addresses), ...objects(l.physical_addresses)])
  return first(
    addresses.map(a =>
      nonEmpty(
        [a.address_1, a.address_2, a.city, a.postal_code]
          .map(plain)
          .filter(p => p !== '')
          .join(', '),
      ),
    ),
  )
}

function areaOf(record: Json): string {
  const areas = joined(objects(record.service_areas).map(a => plain(a.service_area) || plain(a.name)))
  if (areas) return areas
  const locations = objects(record.service_at_locations).map(sal => (isObject(sal.location) ? sal.location : sal))
  return joined(locations.map(l => plain(l.name)))
}

function contactOf(record: Json): EarlyHelpContact {
  const organization = isObject(record.organization) ? record.organization : {}
  const contacts = objects(record.contacts)
  const contact: EarlyHelpContact = {}
  const phone = phoneOf(record)
  const mail = first([email(record.email), ...contacts.map(c => email(c.email)), email(organization.email)])
  const site = first([website(record.url), website(organization.website), website(organization.url)])
  const address = addressOf(record)
  if (phone) contact.phone = phone
  if (mail) contact.email = mail
  if (site) contact.website = site
  if (address) contact.address = address
  return contact
}

type Read =
  | { kind: 'service'; service: EarlyHelpService & { externalId: string } }
  | { kind: 'withdrawn'; status: string }
  | { kind: 'skip'; reason: string }

function readService(record: Json, externalId: string, name: string): Read {
  const status = plain(record.status).toLowerCase()
  if (status !== '' && status !== 'active') return { kind: 'withdrawn', status }

  const eligibilitys = objects(record.eligibilitys)
  const minimum = [record.minimum_age, ...eligibilitys.map(e => e.minimum_age)].map(age)
  const maximum = [record.maximum_age, ...eligibilitys.map(e => e.maximum_age)].map(age)
  const badMin = minimum.find(isBadAge)
  if (badMin) return { kind: 'skip', reason: `its minimum_age ${badMin.shown} is not an age in years` }
  const badMax = maximum.find(isBadAge)
  if (badMax) return { kind: 'skip', reason: `its maximum_age ${badMax.shown} is not an age in years` }
  // The service's own ages come first; otherwise the widest range its eligibility rows allow.
  const mins = minimum.flatMap(yearsOf)
  const maxs = maximum.flatMap(yearsOf)
  const minAgeYears = yearsOf(minimum[0])[0] ?? (mins.length > 0 ? Math.min(...mins) : undefined)
  const maxAgeYears = yearsOf(maximum[0])[0] ?? (maxs.length > 0 ? Math.max(...maxs) : undefined)
  if (minAgeYears !== undefined && maxAgeYears !== undefined && minAgeYears > maxAgeYears) {
    return { kind: 'skip', reason: `its minimum age (${minAgeYears}) is above its maximum age (${maxAgeYears})` }
  }

  const eligibility =
    plain(record.eligibility_description) || joined(eligibilitys.map(e => plain(e.eligibility) || plain(e.description)))
  const service: EarlyHelpService & { externalId: string } = {
    externalId,
    name,
    description: plain(record.description),
    eligibility,
    area: areaOf(record),
    contact: contactOf(record),
    source: 'open-referral-uk',
  }
  if (minAgeYears !== undefined) service.minAgeYears = minAgeYears
  if (maxAgeYears !== undefined) service.maxAgeYears = maxAgeYears
  return { kind: 'service', service }
}

/** The service records of a feed: an array, a page with `content` (ORUK) or `contents` (HSDS 3.0), or one service. */
function recordsOf(json: unknown): unknown[] | undefined {
  if (Array.isArray(json)) return json
  if (!isObject(json)) return undefined
  if (Array.isArray(json.content)) return json.content
  if (Array.isArray(json.contents)) return json.contents
  if ('id' in json && 'name' in json) return [json]
  return undefined
}

const MAX_NAME = 200

function notJsonMessage(text: string): string {
  const offset = jsonSyntaxErrorOffset(text)
  if (offset === undefined || offset >= text.trimEnd().length) return 'The file is not valid JSON: it ends too soon'
  const before = text.slice(0, offset)
  const line = before.split('\n').length
  return `The file is not valid JSON: look at line ${line}, column ${offset - before.lastIndexOf('\n')}`
}

/**
 * Reads a feed (parsed JSON, or its text). Fails only when it is not a feed at all; within a
 * feed, records that cannot be used are listed in `skipped` with the reason.
 */
export function parseOpenReferralUk(json: unknown): Result<OpenReferralUkFeed, OpenReferralUkFeedError> {
  let value = json
  if (typeof json === 'string') {
    try {
      value = JSON.parse(json)
    } catch {
      return fail({ kind: 'not-json', message: notJsonMessage(json) })
    }
  }
  const records = recordsOf(value)
  if (!records) {
    return fail({
      kind: 'not-a-feed',
      message: 'The file is not an Open Referral UK feed: expected a list of services, or a page with a "content" list',
    })
  }

  const feed: OpenReferralUkFeed = { services: [], withdrawn: [], skipped: [] }
  const seen = new Set<string>()
  records.forEach((record, index) => {
    const position = `record ${index + 1}`
    if (!isObject(record)) {
      feed.skipped.push({ ref: position, reason: 'it is not a JSON object' })
      return
    }
    const name = plain(record.name)
    const externalId = plain(record.id)
    const ref = externalId || (name ? `${position} (${name})` : position)
    const skip = (reason: string) => void feed.skipped.push({ ref, reason })
    if (!externalId) return skip('it has no id, so a later import could not find it again')
    if (!name) return skip('it has no name')
    if (name.length > MAX_NAME) return skip(`its name is longer than ${MAX_NAME} characters`)
    if (seen.has(externalId)) return skip('a record with the same id comes earlier in the file')
    seen.add(externalId)
    const read = readService(record, externalId, name)
    if (read.kind === 'skip') return skip(read.reason)
    if (read.kind === 'withdrawn') return void feed.withdrawn.push({ externalId, name, status: read.status })
    feed.services.push(read.service)
  })
  return ok(feed)
}
