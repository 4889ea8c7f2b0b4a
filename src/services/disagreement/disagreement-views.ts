import type { Actor } from '../../domain/access/actor.js'
import {
  canAuthoriseDecisions,
  canTrackDisagreements,
  canViewDisagreement,
  isDisagreementResponder,
} from '../../domain/access/permissions.js'
import { toLondonDate, workingDaysBetween } from '../../domain/calendar/index.js'
import {
  checkDisagreementCommand,
  DISAGREEMENT_COMMANDS,
  isPastDeadline,
  lastStageNumber,
  responderRolesAt,
  workingDaysLeft,
  type DaysLeft,
  type DisagreementCommand,
  type EscalationPolicy,
  type EscalationStage,
} from '../../domain/disagreement/index.js'
import type { Db } from '../../data/database.js'
import {
  listDisagreementEvents,
  listDisagreementSummaries,
  type DisagreementEvent,
  type DisagreementRecord,
  type DisagreementSummary,
} from '../../data/repositories/disagreement-repository.js'
import { recordView, type RequestContext } from '../audit-service.js'
import { escalationPolicyVersion } from '../escalation-policy-service.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { calendar, isUuid } from '../referral-service.js'
import {
  accessSubject,
  DISAGREEMENT_SUBJECT_TYPE,
  disagreementActor,
  loadDisagreement,
  stageOf,
} from './disagreement-parties.js'

// Reading disagreements: one in full with its timeline, "My disagreements", and the
// partnership escalation tracker. The lists carry references, agencies and stages, never a
// child's details, so the tracker is safe for roles without case access.

type Deps = Pick<ServiceDeps, 'db' | 'clock'>

export type DisagreementView = Readonly<{
  disagreement: DisagreementRecord
  stage: EscalationStage
  lastStage: number
  /** The whole policy version it runs under, for "what happens next". */
  policy: EscalationPolicy
  timeline: readonly DisagreementEvent[]
  /** How long the responders have left at this stage; null once it is no longer waiting for them. */
  daysLeft: DaysLeft | null
  /** What this actor may do now. */
  can: Readonly<Record<DisagreementCommand, boolean>>
  /** A front door manager answering for the front door may change the decision it challenges. */
  canChangeDecision: boolean
}>

export async function viewDisagreement(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
): Promise<DisagreementView> {
  if (!isUuid(disagreementId)) throw new NotFoundError('No such disagreement')
  return deps.db.transaction().execute(async trx => {
    const l = await loadDisagreement(trx, disagreementId)
    if (!l || !canViewDisagreement(actor, accessSubject(l))) throw new NotFoundError('No such disagreement')
    const now = deps.clock.now()
    await recordView(trx, deps.clock, ctx, { type: DISAGREEMENT_SUBJECT_TYPE, id: l.d.id, page: 'disagreement' })
    const lastStage = lastStageNumber(l.policy)
    const context = { stage: l.d.stage, lastStage, deadlinePassed: isPastDeadline(now, l.d.stageDueAt) }
    const parties = { raisedByUserId: l.d.raisedByUserId, responderRoles: l.responderRoles }
    const can = Object.fromEntries(
      DISAGREEMENT_COMMANDS.map(command => [
        command,
        checkDisagreementCommand(l.d.state, command, disagreementActor(actor, l.d), parties, context).ok,
      ]),
    ) as Record<DisagreementCommand, boolean>
    return {
      disagreement: l.d,
      stage: l.stage,
      lastStage,
      policy: l.policy,
      timeline: await listDisagreementEvents(trx, l.d.id),
      daysLeft: l.d.state === 'open' ? workingDaysLeft(calendar, now, l.d.stageDueAt) : null,
      can,
      canChangeDecision:
        (can.respond || can.close) &&
        l.d.contactId !== null &&
        l.d.aboutAgencyId === null &&
        canAuthoriseDecisions(actor),
    }
  })
}

export type DisagreementListItem = Readonly<{
  id: string
  reference: string
  stage: number
  stageName: string
  state: DisagreementRecord['state']
  subject: DisagreementRecord['subject']
  raisedVia: DisagreementRecord['raisedVia']
  raisedByAgencyName: string
  immediateRisk: boolean
  createdAt: Date
  stageDueAt: Date
  /** Only while waiting for the responders. */
  daysLeft: DaysLeft | null
  overdue: boolean
}>

export type MyDisagreement = DisagreementListItem & Readonly<{ myPart: 'raised' | 'to-respond' }>

async function policies(db: Db) {
  const cache = new Map<number, EscalationPolicy>()
  return async (version: number) => {
    let policy = cache.get(version)
    if (!policy) {
      policy = (await escalationPolicyVersion(db, version)).policy
      cache.set(version, policy)
    }
    return policy
  }
}

function listItem(s: DisagreementSummary, stage: EscalationStage, now: Date): DisagreementListItem {
  const waiting = s.state === 'open'
  return {
    id: s.id,
    reference: s.reference,
    stage: s.stage,
    stageName: stage.name,
    state: s.state,
    subject: s.subject,
    raisedVia: s.raisedVia,
    raisedByAgencyName: s.raisedByAgencyName,
    immediateRisk: s.immediateRisk,
    createdAt: s.createdAt,
    stageDueAt: s.stageDueAt,
    daysLeft: waiting ? workingDaysLeft(calendar, now, s.stageDueAt) : null,
    overdue: waiting && isPastDeadline(now, s.stageDueAt),
  }
}

/** Raised by me (open or closed), or waiting for my response at its current stage, soonest due first. */
export async function listMyDisagreements(deps: Deps, actor: Actor): Promise<MyDisagreement[]> {
  const now = deps.clock.now()
  const policyFor = await policies(deps.db)
  const rows = await listDisagreementSummaries(deps.db, { openOrRaisedBy: actor.userId })
  const mine: MyDisagreement[] = []
  for (const s of rows) {
    const stage = stageOf(await policyFor(s.policyVersion), s.stage)
    const raised = s.raisedByUserId === actor.userId
    const toRespond =
      !raised &&
      s.state === 'open' &&
      isDisagreementResponder(actor, responderRolesAt(stage, s.aboutAgencyId), s.aboutAgencyId)
    if (raised || toRespond) mine.push({ ...listItem(s, stage, now), myPart: raised ? 'raised' : 'to-respond' })
  }
  return mine
}

export type TrackedDisagreement = DisagreementListItem & Readonly<{ ageInWorkingDays: number }>

/** The partnership escalation tracker: every open disagreement, overdue first, then soonest due. */
export async function listOpenDisagreements(deps: Deps, actor: Actor): Promise<TrackedDisagreement[]> {
  if (!canTrackDisagreements(actor)) throw new ForbiddenError('The partnership escalation tracker')
  const now = deps.clock.now()
  const today = toLondonDate(now)
  const policyFor = await policies(deps.db)
  const rows = await listDisagreementSummaries(deps.db, { openOnly: true })
  const items: TrackedDisagreement[] = []
  for (const s of rows) {
    const stage = stageOf(await policyFor(s.policyVersion), s.stage)
    items.push({
      ...listItem(s, stage, now),
      ageInWorkingDays: Math.max(0, workingDaysBetween(calendar, toLondonDate(s.createdAt), today)),
    })
  }
  // Stable: rows arrive soonest due first, so within each group that order stays.
  return [...items.filter(i => i.overdue), ...items.filter(i => !i.overdue)]
}
