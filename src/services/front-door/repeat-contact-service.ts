import { scoreMatch } from '../../domain/matching/index.js'
import {
  analysePattern,
  evaluateRepeatContact,
  referrerRepeatNotice,
  type RepeatContactPattern,
} from '../../domain/repeat-contact/index.js'
import { activeFlags, needsManagerReview } from '../../domain/repeat-contact/flag-status.js'
import { historyLookbackMonths } from '../../domain/repeat-contact/history-window.js'
import type { RightsContacts } from '../../domain/screening/feedback-message.js'
import { findContact, listContactPeople } from '../../data/repositories/front-door-repository.js'
import { getPeople, listHouseholdMembers } from '../../data/repositories/person-repository.js'
import {
  insertFlags,
  listFlagsForContacts,
  lockOpenContacts,
  recordReview,
  setRepeatContactCount,
  type FlagRaisedDuring,
  type FlagReviewOutcome,
  type RepeatContactFlagRecord,
} from '../../data/repositories/repeat-contact-flag-repository.js'
import { listOtherOpenContacts } from '../../data/repositories/repeat-contact-history-repository.js'
import type { Db } from '../../data/database.js'
import { audit, type RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import { detailsOf } from './person-details.js'
import { currentRepeatContactRules } from './repeat-contact-rules-service.js'
import { gatherHistory, isSureMatch } from './repeat-contact-history.js'

// Repeat-contact detection wired into the front door (issue 5 §4): a contact is evaluated when it
// arrives, when its people are checked, when a decision is proposed or second screened, and when
// a decision on another contact about the same people changes its history. Each evaluation runs
// in the caller's transaction, raises only flags not raised before, and keeps the contact's
// repeat-contact count in step with the pattern.

type Deps = Pick<ServiceDeps, 'clock'>

export type RepeatContactState = {
  pattern: RepeatContactPattern
  /** Flags this evaluation raised. */
  raised: RepeatContactFlagRecord[]
  /** Every flag on the contact, cleared ones included, oldest first. */
  flags: RepeatContactFlagRecord[]
}

/** Evaluates the rules in force for one contact, in the caller's transaction. */
export async function evaluateRepeatContactIn(
  trx: Db,
  deps: Deps,
  ctx: RequestContext,
  contactId: string,
  during: FlagRaisedDuring,
  now: Date,
): Promise<RepeatContactState> {
  const { version, rules } = await currentRepeatContactRules(trx, now)
  const { current, history, today } = await gatherHistory(trx, contactId, { now, months: historyLookbackMonths(rules) })
  const pattern = analysePattern(current, history, today)
  const { flags } = evaluateRepeatContact(rules, current, history, today)
  const raised = await insertFlags(
    trx,
    contactId,
    flags.map(f => ({ ...f, rulesVersion: version, pattern: pattern.summary, raisedAt: now, raisedDuring: during })),
  )
  await setRepeatContactCount(trx, contactId, pattern.contacts)
  if (raised.length > 0) {
    // Ids only: the pattern and explanations stay on the flag, out of the audit trail.
    await audit(trx, deps.clock, ctx, {
      action: 'contact.repeat-contact-flagged',
      subjectType: 'contact',
      subjectId: contactId,
      details: { rules: raised.map(f => f.ruleId), rulesVersion: version, during, flagIds: raised.map(f => f.id) },
    })
  }
  return { pattern, raised, flags: await listFlagsForContacts(trx, [contactId]) }
}

/** Whether a decision on this contact must wait for a manager's review of its flags. */
export async function repeatContactReviewNeeded(db: Db, contactId: string): Promise<boolean> {
  return needsManagerReview(await listFlagsForContacts(db, [contactId]))
}

/**
 * What the referrer is told about their earlier contacts, or undefined: only when a flag is in
 * force, and only when they or their agency have contacted us before (referrerRepeatNotice).
 */
export function repeatNotice(state: RepeatContactState, contacts: RightsContacts): string | undefined {
  if (activeFlags(state.flags).length === 0) return undefined
  return referrerRepeatNotice(state.pattern, contacts)
}

/** The notice for a contact being decided now, from its history as it stands. */
export async function repeatNoticeForDecision(
  trx: Db,
  deps: Deps,
  ctx: RequestContext,
  contactId: string,
  now: Date,
  contacts: RightsContacts,
): Promise<string | undefined> {
  const flags = await listFlagsForContacts(trx, [contactId])
  if (activeFlags(flags).length === 0) return undefined
  // The pattern as it reads today; nothing new is raised on a contact already decided.
  const { rules } = await currentRepeatContactRules(trx, now)
  const { current, history, today } = await gatherHistory(trx, contactId, { now, months: historyLookbackMonths(rules) })
  return repeatNotice({ pattern: analysePattern(current, history, today), raised: [], flags }, contacts)
}

/** A manager's review of the contact's flags, recorded with the decision they made. */
export async function recordRepeatContactReview(
  trx: Db,
  contactId: string,
  review: { at: Date; byUserId: string; decisionId: string; outcome: FlagReviewOutcome },
): Promise<number> {
  return recordReview(trx, contactId, review)
}

/**
 * After a decision on one contact, the open contacts about the same people or households have a
 * different history ("again after no further action", "re-referral"), so they are evaluated
 * again. An open contact is related when someone on it is linked to, or surely matches, someone
 * on the decided contact or in their household. Contacts another transaction holds are left to it.
 */
export async function reevaluateRelatedOpenContacts(
  trx: Db,
  deps: Deps,
  ctx: RequestContext,
  contactId: string,
  now: Date,
): Promise<string[]> {
  const contact = await findContact(trx, contactId)
  if (!contact) return []
  const decided = await listContactPeople(trx, [contact.referralId])
  const people = await getPeople(trx, [...new Set(decided.flatMap(p => (p.personId ? [p.personId] : [])))])
  const households = [...new Set(people.flatMap(p => (p.householdId ? [p.householdId] : [])))]
  const known = new Map(people.map(p => [p.id, p]))
  for (const household of households) {
    for (const member of await listHouseholdMembers(trx, household)) known.set(member.id, member)
  }
  if (known.size === 0) return []

  const open = await listOtherOpenContacts(trx, contactId)
  const theirPeople = await listContactPeople(
    trx,
    open.map(c => c.referralId),
  )
  const related = open.filter(c =>
    theirPeople
      .filter(p => p.referralId === c.referralId)
      .some(p =>
        p.personId
          ? known.has(p.personId)
          : [...known.values()].some(person => isSureMatch(scoreMatch(detailsOf(p), person))),
      ),
  )
  const locked = await lockOpenContacts(
    trx,
    related.map(c => c.contactId),
  )
  for (const id of locked) await evaluateRepeatContactIn(trx, deps, ctx, id, 'related-decision', now)
  return locked
}
