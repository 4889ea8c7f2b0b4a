import type { Actor } from '../../domain/access/actor.js'
import {
  canRaiseDisagreement,
  canScreenContacts,
  canViewPersonHistory,
  canViewReferral,
  isFrontDoor,
} from '../../domain/access/permissions.js'
import type { Role } from '../../domain/access/roles.js'
import { findContact } from '../../data/repositories/front-door-repository.js'
import { findUserById, listAgencies } from '../../data/repositories/identity-repository.js'
import { getPerson } from '../../data/repositories/person-repository.js'
import { findReferral } from '../../data/repositories/referral-repository.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { isUuid } from '../referral-service.js'
import type { DisagreementView } from './disagreement-views.js'

// What the disagreement pages show around a disagreement: who the people on its timeline are,
// and which linked records this viewer may open. Names of staff and agencies only; nothing
// about the child.

type Deps = Pick<ServiceDeps, 'db'>

/** Where a practitioner raises a disagreement from. */
export type RaiseTarget =
  | Readonly<{ kind: 'referral'; referralId: string }>
  | Readonly<{ kind: 'person'; personId: string }>
  | Readonly<{ kind: 'partner' }>
  /** Not about one referral or child, e.g. a wider, thematic issue. */
  | Readonly<{ kind: 'general' }>

/**
 * Checks the actor may raise a disagreement from here before the form is shown, so nobody
 * fills it in to be refused. Not found for a referral or child they cannot see, as on its page.
 */
export async function checkRaiseTarget(
  deps: Deps,
  actor: Actor,
  target: RaiseTarget,
): Promise<{ referralReference: string | null }> {
  if (!canRaiseDisagreement(actor)) throw new ForbiddenError('Raising a professional disagreement')
  switch (target.kind) {
    case 'referral': {
      const referral = isUuid(target.referralId) ? await findReferral(deps.db, target.referralId) : undefined
      if (!referral || referral.status !== 'submitted' || !(canViewReferral(actor, referral) || isFrontDoor(actor))) {
        throw new NotFoundError('No such referral')
      }
      return { referralReference: referral.reference }
    }
    case 'person': {
      // A child's page is for those who may read histories; the child must be on record.
      const person =
        canViewPersonHistory(actor) && isUuid(target.personId) && (await getPerson(deps.db, target.personId))
      if (!person) throw new NotFoundError('No such child')
      return { referralReference: null }
    }
    case 'partner':
      if (actor.agencyKind !== 'childrens_social_care') {
        throw new ForbiddenError("Only children's social care raises a disagreement about a partner agency")
      }
      return { referralReference: null }
    case 'general':
      return { referralReference: null }
  }
}

export type DisagreementPerson = Readonly<{ name: string; agencyName: string; roles: readonly Role[] }>

export type DisagreementPageContext = Readonly<{
  raisedBy: DisagreementPerson | null
  raisedByAgencyName: string
  /** The partner agency CSC disagrees with, when raised about one. */
  aboutAgencyName: string | null
  /** Display names of everyone on the timeline, by user id. */
  names: Readonly<Record<string, string>>
  /** The linked records, each only when this viewer may open it. */
  referral: Readonly<{ id: string; reference: string | null }> | null
  contact: Readonly<{ id: string; reference: string }> | null
  personId: string | null
}>

/**
 * The names and links around a disagreement the actor has already been allowed to view
 * (`view` comes from viewDisagreement, which checks access and audits the view).
 */
export async function disagreementPageContext(
  deps: Deps,
  actor: Actor,
  view: DisagreementView,
): Promise<DisagreementPageContext> {
  const d = view.disagreement
  const userIds = new Set([d.raisedByUserId, ...view.timeline.flatMap(e => (e.actorUserId ? [e.actorUserId] : []))])
  const names: Record<string, string> = {}
  let raisedBy: DisagreementPerson | null = null
  for (const id of userIds) {
    const user = await findUserById(deps.db, id)
    if (!user) continue
    names[id] = user.displayName
    if (id === d.raisedByUserId) raisedBy = { name: user.displayName, agencyName: user.agency.name, roles: user.roles }
  }
  const agencies = new Map((await listAgencies(deps.db)).map(a => [a.id, a.name]))

  const referral = d.referralId ? await findReferral(deps.db, d.referralId) : undefined
  const contact = d.contactId && canScreenContacts(actor) ? await findContact(deps.db, d.contactId) : undefined
  return {
    raisedBy,
    raisedByAgencyName: agencies.get(d.raisedByAgencyId) ?? '',
    aboutAgencyName: d.aboutAgencyId ? (agencies.get(d.aboutAgencyId) ?? null) : null,
    names,
    referral: referral && canViewReferral(actor, referral) ? { id: referral.id, reference: referral.reference } : null,
    contact: contact ? { id: contact.id, reference: contact.reference } : null,
    personId: d.personId && canViewPersonHistory(actor) ? d.personId : null,
  }
}
