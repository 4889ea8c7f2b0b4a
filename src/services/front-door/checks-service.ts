import type { Actor } from '../../domain/access/actor.js'
import type { Person, RankedCandidate } from '../../domain/matching/index.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import {
  linkReferralPerson,
  updateContact,
  type ContactPersonRecord,
  type ContactRecord,
} from '../../data/repositories/front-door-repository.js'
import {
  createHousehold,
  findPersonMatches,
  getPeople,
  getPerson,
  insertPerson,
  setPersonHousehold,
} from '../../data/repositories/person-repository.js'
import { appendReferralEvent } from '../../data/repositories/referral-repository.js'
import type { Db } from '../../data/database.js'
import { audit, recordView, type RequestContext } from '../audit-service.js'
import type { ServiceDeps } from '../index.js'
import { isUuid } from '../referral-service.js'
import { detailsOf } from './person-details.js'
import { evaluateRepeatContactIn } from './repeat-contact-service.js'
import { loadScreening, type Screening } from './screening-context.js'

// Checks: who is each child and adult on a contact, and who already knows them. The matcher
// proposes people on record; the practitioner confirms a match or creates a new person, and
// can link everyone on the contact as one household. Each link records who decided, and looks
// again for repeat contacts, since a confirmed person or household can reveal more history.

export { detailsOf }

export type PersonCheck = {
  person: ContactPersonRecord
  linked: Person | undefined
  matches: RankedCandidate<Person>[]
}

export async function personChecks(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
): Promise<{ screening: Screening; checks: PersonCheck[] }> {
  const screening = await loadScreening(deps.db, actor, contactId)
  await recordView(deps.db, deps.clock, ctx, { type: 'contact', id: screening.contact.id, page: 'checks' })
  const linked = new Map(
    (
      await getPeople(
        deps.db,
        screening.people.flatMap(p => (p.personId ? [p.personId] : [])),
      )
    ).map(p => [p.id, p]),
  )
  const checks: PersonCheck[] = []
  for (const person of screening.people) {
    checks.push({
      person,
      linked: person.personId ? linked.get(person.personId) : undefined,
      matches: person.personId ? [] : await findPersonMatches(deps.db, detailsOf(person), 5),
    })
  }
  return { screening, checks }
}

export type CheckError = { kind: 'stale'; current: ContactRecord } | { kind: 'refused'; reason: string }

type Choice = { kind: 'match'; personId: string } | { kind: 'new' }

export async function confirmPerson(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  referralPersonId: string,
  choice: Choice,
): Promise<Result<{ personId: string }, CheckError>> {
  return inChecks(deps, actor, contactId, expectedVersion, async (trx, s, now) => {
    const person = s.people.find(p => p.id === referralPersonId)
    if (!person) return fail({ kind: 'refused', reason: 'That person is not on this contact' })
    let personId: string
    if (choice.kind === 'match') {
      const existing = isUuid(choice.personId) ? await getPerson(trx, choice.personId) : undefined
      if (!existing) return fail({ kind: 'refused', reason: 'Select a person from the list of possible matches' })
      personId = existing.id
    } else {
      personId = await insertPerson(trx, {
        ...detailsOf(person),
        ...(person.expectedDate ? { expectedDate: person.expectedDate } : {}),
        createdAt: now,
        createdByUserId: actor.userId,
      })
    }
    const kind = choice.kind === 'match' ? 'matched' : 'new-person'
    await linkReferralPerson(trx, person.id, { personId, kind, userId: actor.userId, at: now })
    await afterLink(trx, deps, ctx, actor, s, now, 'person-linked', { referralPersonId: person.id, personId, kind })
    return ok({ personId })
  })
}

/** Puts everyone checked on the contact into one household: the household any of them is already in, or a new one. */
export async function linkHousehold(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
): Promise<Result<{ householdId: string }, CheckError>> {
  return inChecks(deps, actor, contactId, expectedVersion, async (trx, s, now) => {
    const people = await getPeople(
      trx,
      s.people.flatMap(p => (p.personId ? [p.personId] : [])),
    )
    if (people.length < 2) {
      return fail({ kind: 'refused', reason: 'Check who at least two people are before linking them as a household' })
    }
    const householdId =
      people.find(p => p.householdId)?.householdId ??
      (await createHousehold(trx, { createdAt: now, createdByUserId: actor.userId }))
    for (const p of people) await setPersonHousehold(trx, p.id, householdId)
    await afterLink(trx, deps, ctx, actor, s, now, 'household-linked', { householdId, people: people.length })
    return ok({ householdId })
  })
}

async function inChecks<T>(
  deps: ServiceDeps,
  actor: Actor,
  contactId: string,
  expectedVersion: number,
  step: (trx: Db, s: Screening, now: Date) => Promise<Result<T, CheckError>>,
): Promise<Result<T, CheckError>> {
  return deps.db.transaction().execute(async trx => {
    const s = await loadScreening(trx, actor, contactId, { forUpdate: true })
    if (s.contact.version !== expectedVersion) return fail({ kind: 'stale' as const, current: s.contact })
    if (s.contact.status === 'decided') {
      return fail({ kind: 'refused' as const, reason: 'This contact has been decided, so its checks are closed' })
    }
    return step(trx, s, deps.clock.now())
  })
}

/** Records who linked what, and evaluates repeat contacts again now that more people are known. */
async function afterLink(
  trx: Db,
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  s: Screening,
  now: Date,
  type: string,
  data: Record<string, unknown>,
): Promise<void> {
  // A link is a change to the contact: anyone's open form on it is now out of date.
  await updateContact(trx, s.contact.id, s.contact.version, {})
  await evaluateRepeatContactIn(trx, deps, ctx, s.contact.id, 'checks', now)
  await appendReferralEvent(trx, { referralId: s.referral.id, type, occurredAt: now, actorUserId: actor.userId, data })
  await audit(trx, deps.clock, ctx, {
    action: `contact.${type}`,
    subjectType: 'contact',
    subjectId: s.contact.id,
    details: data,
  })
}
