import { randomBytes } from 'node:crypto'
import { hasRole, type Actor } from '../../domain/access/actor.js'
import { canAuthoriseDecisions, canScreenContacts } from '../../domain/access/permissions.js'
import { toLondonDate } from '../../domain/calendar/index.js'
import type { Referral } from '../../domain/referral/referral-lifecycle.js'
import {
  DEFAULT_DOUBLE_SCREENING_RULES,
  parseDoubleScreeningRules,
  type DoubleScreeningRule,
  type ScreeningActor,
} from '../../domain/screening/index.js'
import { findDecisionForContact, type DecisionRecord } from '../../data/repositories/decision-repository.js'
import {
  findContact,
  listContactPeople,
  listOtherContactTimesAboutPeople,
  type ContactPersonRecord,
  type ContactRecord,
} from '../../data/repositories/front-door-repository.js'
import { findReferral } from '../../data/repositories/referral-repository.js'
import { findSetting, saveSetting } from '../../data/repositories/screening-settings-repository.js'
import type { Db } from '../../data/database.js'
import { NotFoundError } from '../errors.js'
import { isUuid } from '../referral-service.js'
import { currentRuleList, type RuleList } from './rule-lists.js'

// What every screening use-case loads first, and the partnership settings it reads.

export type Screening = {
  contact: ContactRecord
  referral: Referral
  people: ContactPersonRecord[]
  decision: DecisionRecord | undefined
}

/** The contact with its referral, people and decision; "not found" for anyone who may not screen. */
export async function loadScreening(
  db: Db,
  actor: Actor,
  contactId: string,
  options: { forUpdate?: boolean } = {},
): Promise<Screening> {
  const contact = canScreenContacts(actor) && isUuid(contactId) ? await findContact(db, contactId, options) : undefined
  if (!contact) throw new NotFoundError('No such contact')
  const referral = await findReferral(db, contact.referralId)
  if (!referral) throw new NotFoundError('No such contact')
  // In the order the referral gives them: children first, then adults.
  const order = [...referral.content.children, ...referral.content.adults].map(p => p.id)
  const people = (await listContactPeople(db, [referral.id])).sort(
    (a, b) => order.indexOf(a.contentId) - order.indexOf(b.contentId),
  )
  const decision = await findDecisionForContact(db, contact.id)
  return { contact, referral, people, decision }
}

export function screeningActor(actor: Actor): ScreeningActor {
  return {
    userId: actor.userId,
    isScreener: canScreenContacts(actor),
    isManager: canAuthoriseDecisions(actor) && hasRole(actor, 'front_door_manager'),
  }
}

/** The double-screening rules, kept as versions in screening_ruleset. */
export const DOUBLE_SCREENING_RULE_LIST: RuleList<DoubleScreeningRule> = {
  table: 'screening_ruleset',
  defaults: DEFAULT_DOUBLE_SCREENING_RULES,
  parse: parseDoubleScreeningRules,
  name: 'Screening rules',
  audit: { action: 'screening-rules.published', subjectType: 'screening-ruleset' },
}

/** The rules in force. A partnership that never published any starts with the defaults as version 1. */
export async function currentRules(db: Db, now: Date): Promise<{ version: number; rules: DoubleScreeningRule[] }> {
  return currentRuleList(db, DOUBLE_SCREENING_RULE_LIST, now)
}

const SAMPLE_SEED = 'screening-sample-seed'
export const RECORD_EVERY_CONTACT_AS_REFERRAL = 'record-every-contact-as-referral'

/** The partnership's secret seed for the random sample: made once, then kept, so draws can be re-checked. */
export async function sampleSeed(db: Db, now: Date): Promise<string> {
  const existing = await findSetting(db, SAMPLE_SEED)
  if (typeof existing === 'string') return existing
  const seed = randomBytes(16).toString('hex')
  await saveSetting(db, { key: SAMPLE_SEED, value: seed, at: now, by: null })
  return seed
}

export async function recordsEveryContactAsReferral(db: Db): Promise<boolean> {
  return (await findSetting(db, RECORD_EVERY_CONTACT_AS_REFERRAL)) === true
}

/** London dates of the other contacts in the last `months` about the children and adults linked so far. */
export async function priorContactDates(db: Db, s: Screening, now: Date, months = 24) {
  const personIds = s.people.flatMap(p => (p.personId ? [p.personId] : []))
  const from = new Date(now.getTime() - months * 31 * 86_400_000)
  const times = await listOtherContactTimesAboutPeople(db, personIds, { excludeContactId: s.contact.id, from, to: now })
  return times.map(toLondonDate)
}
export type { ContactRecord } from '../../data/repositories/front-door-repository.js'
