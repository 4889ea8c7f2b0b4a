import { randomBytes } from 'node:crypto'
import type { Actor } from '../../domain/access/actor.js'
import {
  canSeeOwnDisagreements,
  canViewDisagreement,
  canViewPersonHistory,
  canViewReferral,
  hasCaseAccess,
} from '../../domain/access/permissions.js'
import { childPseudonym } from '../../domain/access/pseudonym.js'
import {
  workingDaysLeft,
  type DaysLeft,
  type DisagreementOutcome,
  type DisagreementState,
  type DisagreementSubject,
  type RaisedBy,
} from '../../domain/disagreement/index.js'
import type { Db } from '../../data/database.js'
import {
  listDisagreementIdsAboutPerson,
  listDisagreementIdsAboutReferral,
  listDisagreementLinks,
  type DisagreementAboutId,
  type DisagreementLinks,
} from '../../data/repositories/disagreement-list-repository.js'
import { findReferral } from '../../data/repositories/referral-repository.js'
import { findSetting, saveSetting } from '../../data/repositories/screening-settings-repository.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { calendar, isUuid } from '../referral-service.js'
import { accessSubject, loadDisagreement } from './disagreement-parties.js'
import {
  listMyDisagreements,
  listOpenDisagreements,
  type MyDisagreement,
  type TrackedDisagreement,
} from './disagreement-views.js'

// The lists around professional disagreements: "My disagreements", the partnership escalation
// tracker and the disagreements on a child's or a referral's page. The tracker names children only by
// pseudonym; the referral and the child's record are linked only for roles with case access.

type Deps = Pick<ServiceDeps, 'db' | 'clock'>

const CHILD_PSEUDONYM_KEY = 'child-pseudonym-key'

/**
 * The partnership's secret key for child pseudonyms, kept as a partnership setting the way the
 * screening sample seed is: made on first use, then kept, so a child's pseudonym never changes.
 */
export async function childPseudonymKey(db: Db, now: Date): Promise<string> {
  const existing = await findSetting(db, CHILD_PSEUDONYM_KEY)
  if (typeof existing === 'string') return existing
  const key = randomBytes(32).toString('hex')
  await saveSetting(db, { key: CHILD_PSEUDONYM_KEY, value: key, at: now, by: null })
  return key
}

// --- My disagreements ---

export type MyDisagreementItem = MyDisagreement & Readonly<{ outcome: DisagreementOutcome | null }>

export type MyDisagreementLists = Readonly<{
  toRespond: readonly MyDisagreementItem[]
  /** Not yet closed, soonest due first. */
  raisedOpen: readonly MyDisagreementItem[]
  /** Closed, most recently closed first. */
  raisedClosed: readonly MyDisagreementItem[]
}>

export async function myDisagreementLists(deps: Deps, actor: Actor): Promise<MyDisagreementLists> {
  if (!canSeeOwnDisagreements(actor)) throw new ForbiddenError('My disagreements')
  const mine = await listMyDisagreements(deps, actor)
  const links = await listDisagreementLinks(
    deps.db,
    mine.map(m => m.id),
  )
  const items = mine.map(m => ({ ...m, outcome: links.get(m.id)?.outcome ?? null }))
  const closedAt = (i: MyDisagreementItem) => links.get(i.id)?.closedAt?.getTime() ?? 0
  const raised = items.filter(i => i.myPart === 'raised')
  return {
    toRespond: items.filter(i => i.myPart === 'to-respond'),
    raisedOpen: raised.filter(i => i.state !== 'closed'),
    raisedClosed: raised.filter(i => i.state === 'closed').sort((a, b) => closedAt(b) - closedAt(a)),
  }
}

// --- The partnership escalation tracker ---

export type TrackedChild = Readonly<{
  pseudonym: string
  /** The child's record, for roles with case access only. */
  personId: string | null
}>

export type TrackerItem = TrackedDisagreement &
  Readonly<{
    raisedByAgencyId: string
    /** When children's social care disagrees with a partner agency: that agency. */
    aboutAgencyName: string | null
    children: readonly TrackedChild[]
    /** Why no child is shown: none linked to a record yet, or none named (a thematic disagreement). */
    noChild: 'not-linked-yet' | 'none-named' | null
    /** The referral and its contact, for roles with case access only. */
    caseLink: Readonly<{ referralId: string; contactId: string | null }> | null
  }>

export type EscalationTracker = Readonly<{ items: readonly TrackerItem[]; caseAccess: boolean }>

function trackerItem(t: TrackedDisagreement, l: DisagreementLinks, key: string, caseAccess: boolean): TrackerItem {
  const children = l.childPersonIds
    .map(personId => ({ pseudonym: childPseudonym(key, personId), personId: caseAccess ? personId : null }))
    .sort((a, b) => a.pseudonym.localeCompare(b.pseudonym))
  return {
    ...t,
    raisedByAgencyId: l.raisedByAgencyId,
    aboutAgencyName: l.aboutAgencyName,
    children,
    noChild: children.length > 0 ? null : l.referralId ? 'not-linked-yet' : 'none-named',
    caseLink: caseAccess && l.referralId ? { referralId: l.referralId, contactId: l.contactId } : null,
  }
}

/** Every open disagreement, overdue first, with each child as a pseudonym (see listOpenDisagreements). */
export async function escalationTracker(deps: Deps, actor: Actor): Promise<EscalationTracker> {
  const open = await listOpenDisagreements(deps, actor)
  const links = await listDisagreementLinks(
    deps.db,
    open.map(t => t.id),
  )
  const key = await childPseudonymKey(deps.db, deps.clock.now())
  const caseAccess = hasCaseAccess(actor)
  const items = open.flatMap(t => {
    const l = links.get(t.id)
    return l ? [trackerItem(t, l, key, caseAccess)] : []
  })
  return { items, caseAccess }
}

// --- The disagreements about a child or a referral, on its page ---

export type DisagreementAbout = Readonly<{
  id: string
  reference: string
  subject: DisagreementSubject
  stage: number
  stageName: string
  state: DisagreementState
  immediateRisk: boolean
  raisedAt: Date
  raisedByAgencyName: string
  /** From the referrer's "I disagree" on her feedback, from a page, or by CSC about a partner. */
  raisedVia: RaisedBy
  /** Only while waiting for the responders. */
  daysLeft: DaysLeft | null
  outcome: DisagreementOutcome | null
  closedAt: Date | null
}>

export type DisagreementsAbout = Readonly<{
  visible: readonly DisagreementAbout[]
  /** About this child or referral but not open to this viewer (for example at a stage for senior managers). */
  hiddenCount: number
}>

/** Each disagreement the actor may open, in the order given; the others are only counted. */
async function visibleToActor(
  deps: Deps,
  actor: Actor,
  found: readonly DisagreementAboutId[],
): Promise<DisagreementsAbout> {
  const now = deps.clock.now()
  const visible: DisagreementAbout[] = []
  let hiddenCount = 0
  for (const { id, raisedByAgencyName } of found) {
    const l = await loadDisagreement(deps.db, id)
    if (!l) continue
    if (!canViewDisagreement(actor, accessSubject(l))) {
      hiddenCount++
      continue
    }
    visible.push({
      id: l.d.id,
      reference: l.d.reference,
      subject: l.d.subject,
      stage: l.d.stage,
      stageName: l.stage.name,
      state: l.d.state,
      immediateRisk: l.d.immediateRisk,
      raisedAt: l.d.createdAt,
      raisedByAgencyName,
      raisedVia: l.d.raisedVia,
      daysLeft: l.d.state === 'open' ? workingDaysLeft(calendar, now, l.d.stageDueAt) : null,
      outcome: l.d.outcome,
      closedAt: l.d.closedAt,
    })
  }
  return { visible, hiddenCount }
}

/** The disagreements about a person, newest first, for those who may read the person's history. */
export async function disagreementsAboutPerson(
  deps: Deps,
  actor: Actor,
  personId: string,
): Promise<DisagreementsAbout> {
  if (!canViewPersonHistory(actor) || !isUuid(personId)) throw new NotFoundError('No such person')
  return visibleToActor(deps, actor, await listDisagreementIdsAboutPerson(deps.db, personId))
}

/**
 * The disagreements about a referral, newest first, for those who may read the referral: its
 * referrer and her agency's lead, and children's social care.
 */
export async function disagreementsAboutReferral(
  deps: Deps,
  actor: Actor,
  referralId: string,
): Promise<DisagreementsAbout> {
  const referral = isUuid(referralId) ? await findReferral(deps.db, referralId) : undefined
  if (!referral || !canViewReferral(actor, referral)) throw new NotFoundError('No such referral')
  return visibleToActor(deps, actor, await listDisagreementIdsAboutReferral(deps.db, referral.id))
}
