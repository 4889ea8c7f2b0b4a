import type { Actor } from '../../domain/access/actor.js'
import { disagreementResponderRoles, type DisagreementAccessSubject } from '../../domain/access/permissions.js'
import type { AgencyKind, Role } from '../../domain/access/roles.js'
import {
  escalatedMessage,
  raisedMessage,
  responderRolesAt,
  scheduledReminders,
  stageEnteredMessage,
  stageNumbered,
  type DisagreementActor,
  type EscalationPolicy,
  type EscalationStage,
} from '../../domain/disagreement/index.js'
import type { Db } from '../../data/database.js'
import {
  cancelDeadlines,
  findActiveRecipient,
  insertDeadline,
  listActiveUsersWithRole,
  type Recipient,
} from '../../data/repositories/deadline-repository.js'
import {
  appendDisagreementEvent,
  findDisagreement,
  listResponderUserIds,
  type DisagreementRecord,
} from '../../data/repositories/disagreement-repository.js'
import { enqueueNotification } from '../../data/repositories/notification-repository.js'
import type { NotificationKind } from '../../data/tables/notification.table.js'
import { audit, type RequestContext } from '../audit-service.js'
import { escalationPolicyVersion } from '../escalation-policy-service.js'
import { linkTo } from '../front-door/finalise-decision.js'
import type { ServiceDeps } from '../index.js'
import { calendar } from '../referral-service.js'

// Who is on each side of a disagreement, and what happens when it enters a stage: the stage's
// responders are told, its reminders are written as deadline rows, and the previous stage's
// reminders are cancelled. Notifications name the disagreement by reference only.

export const DISAGREEMENT_SUBJECT_TYPE = 'disagreement'

export type LoadedDisagreement = Readonly<{
  d: DisagreementRecord
  policy: EscalationPolicy
  stage: EscalationStage
  /** Who responds at the current stage, on this disagreement's responding side. */
  responderRoles: readonly Role[]
  pastResponderUserIds: readonly string[]
}>

export function stageOf(policy: EscalationPolicy, number: number): EscalationStage {
  const stage = stageNumbered(policy, number)
  // The policy version is immutable and the stage was checked against it when entered.
  if (!stage) throw new Error(`Escalation policy has no stage ${number}`)
  return stage
}

export async function loadDisagreement(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<LoadedDisagreement | undefined> {
  const d = await findDisagreement(db, id, options)
  if (!d) return undefined
  const { policy } = await escalationPolicyVersion(db, d.policyVersion)
  const stage = stageOf(policy, d.stage)
  return {
    d,
    policy,
    stage,
    responderRoles: responderRolesAt(stage, d.aboutAgencyId),
    pastResponderUserIds: await listResponderUserIds(db, d.id),
  }
}

export function accessSubject(l: LoadedDisagreement): DisagreementAccessSubject {
  return {
    raisedByUserId: l.d.raisedByUserId,
    raisedByAgencyId: l.d.raisedByAgencyId,
    aboutAgencyId: l.d.aboutAgencyId,
    responderRoles: l.responderRoles,
    pastResponderUserIds: l.pastResponderUserIds,
  }
}

/** The actor as the disagreement rules see them: only roles held on the responding side count. */
export function disagreementActor(actor: Actor, d: Pick<DisagreementRecord, 'aboutAgencyId'>): DisagreementActor {
  return { userId: actor.userId, roles: disagreementResponderRoles(actor, d.aboutAgencyId) }
}

// Responders answer for children's social care, or for the partner agency CSC disagrees with,
// except the partnership business unit's own stage.
const responderAgency = (
  role: Role,
  aboutAgencyId: string | null,
): { agencyKind: AgencyKind } | { agencyId: string } => {
  if (role === 'partnership_manager') return { agencyKind: 'partnership' }
  return aboutAgencyId === null ? { agencyKind: 'childrens_social_care' } : { agencyId: aboutAgencyId }
}

/** The manager told alongside each responder role when a stage's deadline passes. */
const MANAGER_OF: Partial<Record<Role, Role>> = {
  front_door_practitioner: 'front_door_manager',
  front_door_manager: 'senior_manager',
  referrer: 'agency_safeguarding_lead',
  agency_safeguarding_lead: 'senior_manager',
}

/** Active users holding any of the roles on the responding side, each once, the raiser left out. */
export async function usersWithRoles(
  db: Db,
  roles: readonly Role[],
  d: Pick<DisagreementRecord, 'raisedByUserId' | 'aboutAgencyId'>,
): Promise<Recipient[]> {
  const found = new Map<string, Recipient>()
  for (const role of roles) {
    for (const r of await listActiveUsersWithRole(db, { role, ...responderAgency(role, d.aboutAgencyId) })) {
      if (r.userId !== d.raisedByUserId) found.set(r.userId, r)
    }
  }
  return [...found.values()]
}

export function managerRoles(roles: readonly Role[]): Role[] {
  return [...new Set(roles.flatMap(role => MANAGER_OF[role] ?? []))]
}

export async function raiser(db: Db, d: DisagreementRecord): Promise<Recipient | undefined> {
  return findActiveRecipient(db, d.raisedByUserId)
}

export type Notify = Readonly<{ kind: NotificationKind; subject: string; message: string }>

export async function notifyAll(
  trx: Db,
  deps: Pick<ServiceDeps, 'contactPoints'>,
  d: DisagreementRecord,
  to: readonly Recipient[],
  n: Notify,
  now: Date,
): Promise<void> {
  const link = linkTo(deps, `/disagreements/${d.id}`)
  for (const r of to) {
    await enqueueNotification(trx, {
      kind: n.kind,
      recipientUserId: r.userId,
      toAddress: r.email,
      subject: n.subject,
      bodyText: `${n.message}\n\nOpen the disagreement: ${link}`,
      relatedType: DISAGREEMENT_SUBJECT_TYPE,
      relatedId: d.id,
      now,
    })
  }
}

/**
 * The disagreement has just entered its current stage (raised, or taken to the next stage):
 * the previous stage's reminders go, this stage's are written, and its responders are told.
 */
export async function enterStage(
  trx: Db,
  deps: Pick<ServiceDeps, 'contactPoints'>,
  d: DisagreementRecord,
  stage: EscalationStage,
  now: Date,
  from?: EscalationStage,
): Promise<void> {
  await cancelDeadlines(trx, { subjectType: DISAGREEMENT_SUBJECT_TYPE, subjectId: d.id, now })
  for (const reminder of scheduledReminders(calendar, d.stageEnteredAt, stage)) {
    await insertDeadline(trx, {
      kind: reminder.kind,
      subjectType: DISAGREEMENT_SUBJECT_TYPE,
      subjectId: d.id,
      dueAt: reminder.dueAt,
      now,
    })
  }
  const responders = await usersWithRoles(trx, responderRolesAt(stage, d.aboutAgencyId), d)
  await notifyAll(
    trx,
    deps,
    d,
    responders,
    {
      kind: 'disagreement-stage-entered',
      subject: `Disagreement ${d.reference} is waiting for your response`,
      message: from
        ? escalatedMessage(d.reference, from, stage, d.stageDueAt)
        : raisedMessage(d.reference, stage, d.stageDueAt),
    },
    now,
  )
  if (stage.notifyPartnershipOnEntry) {
    const told = new Set(responders.map(r => r.userId))
    const partnership = (await usersWithRoles(trx, ['partnership_manager'], d)).filter(r => !told.has(r.userId))
    await notifyAll(
      trx,
      deps,
      d,
      partnership,
      {
        kind: 'disagreement-partnership-notice',
        subject: `Disagreement ${d.reference} has reached stage ${stage.number}`,
        message: stageEnteredMessage(d.reference, stage, d.stageDueAt),
      },
      now,
    )
  }
}

/**
 * The timeline event and the audit row. Free text (reasons, responses, notes) goes on the
 * timeline only: the audit trail holds ids and codes, never what was written about a child.
 */
export async function recordDisagreementEvent(
  trx: Db,
  deps: Pick<ServiceDeps, 'clock'>,
  ctx: RequestContext,
  actor: Actor,
  d: DisagreementRecord,
  type: string,
  data: Record<string, unknown>,
  options: { audit?: Record<string, unknown> } = {},
): Promise<void> {
  const now = deps.clock.now()
  await appendDisagreementEvent(trx, {
    disagreementId: d.id,
    type,
    stage: d.stage,
    occurredAt: now,
    actorUserId: actor.userId,
    data,
  })
  await audit(trx, deps.clock, ctx, {
    action: `disagreement.${type}`,
    subjectType: DISAGREEMENT_SUBJECT_TYPE,
    subjectId: d.id,
    details: { reference: d.reference, stage: d.stage, state: d.state, ...(options.audit ?? data) },
  })
}
