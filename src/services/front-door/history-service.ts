import type { Actor } from '../../domain/access/actor.js'
import { canViewPersonHistory } from '../../domain/access/permissions.js'
import { toLondonDate, type LocalDate } from '../../domain/calendar/index.js'
import { buildChronology, type Chronology } from '../../domain/front-door/chronology.js'
import type { Person } from '../../domain/matching/index.js'
import { householdExists, listContactsAboutPeople } from '../../data/repositories/history-repository.js'
import { getPerson, listHouseholdMembers } from '../../data/repositories/person-repository.js'
import { recordView, type RequestContext } from '../audit-service.js'
import { NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { isUuid } from '../referral-service.js'

// "Who already knows this child": a person's or a household's chronology of contacts,
// decisions and disagreements (issue 4 §2). Only the front door and CSC senior managers may
// read one; for anyone else, and for ids that do not exist, the page is simply not found, so
// an id reveals nothing. Each read is audited by record id, never by name.

export type PersonHistory = Readonly<{
  person: Person
  /** Everyone in the person's household, the person included; empty when not linked to one. */
  householdMembers: readonly Person[]
  chronology: Chronology
  today: LocalDate
}>

export type HouseholdHistory = Readonly<{
  householdId: string
  members: readonly Person[]
  chronology: Chronology
  today: LocalDate
}>

export async function personHistory(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  personId: string,
): Promise<PersonHistory> {
  if (!canViewPersonHistory(actor) || !isUuid(personId)) throw new NotFoundError('No such person')
  return deps.db.transaction().execute(async trx => {
    const person = await getPerson(trx, personId)
    if (!person) throw new NotFoundError('No such person')
    const householdMembers = person.householdId ? await listHouseholdMembers(trx, person.householdId) : []
    const rows = await listContactsAboutPeople(trx, [person.id])
    await recordView(trx, deps.clock, ctx, { type: 'person', id: person.id, page: 'person-history' })
    const today = toLondonDate(deps.clock.now())
    return { person, householdMembers, chronology: buildChronology(rows, today), today }
  })
}

export async function householdHistory(
  deps: ServiceDeps,
  ctx: RequestContext,
  actor: Actor,
  householdId: string,
): Promise<HouseholdHistory> {
  if (!canViewPersonHistory(actor) || !isUuid(householdId)) throw new NotFoundError('No such household')
  return deps.db.transaction().execute(async trx => {
    if (!(await householdExists(trx, householdId))) throw new NotFoundError('No such household')
    const members = await listHouseholdMembers(trx, householdId)
    const rows = await listContactsAboutPeople(
      trx,
      members.map(m => m.id),
    )
    // The page shows every member's details: each one's audit trail records the view.
    await recordView(trx, deps.clock, ctx, { type: 'household', id: householdId, page: 'household-history' })
    for (const m of members) {
      await recordView(trx, deps.clock, ctx, { type: 'person', id: m.id, page: 'household-history' })
    }
    const today = toLondonDate(deps.clock.now())
    return { householdId, members, chronology: buildChronology(rows, today), today }
  })
}
