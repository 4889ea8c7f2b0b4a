import { sql, type Selectable } from 'kysely'
import type { DisagreementOutcome, DisagreementSubject, RaisedBy } from '../../domain/disagreement/disagreement.js'
import type { DisagreementState } from '../../domain/disagreement/disagreement-lifecycle.js'
import type { Db } from '../database.js'
import type { DisagreementEventTable, DisagreementTable } from '../tables/disagreement.table.js'

// A professional disagreement's current-status row and its append-only timeline. Every change
// to the row goes through updateDisagreement, which checks and bumps the version.

export type DisagreementRecord = Readonly<{
  id: string
  reference: string
  referralId: string | null
  contactId: string | null
  personId: string | null
  raisedByUserId: string
  raisedByAgencyId: string
  raisedVia: RaisedBy
  /** When children's social care disagrees with a partner agency: that agency responds. */
  aboutAgencyId: string | null
  /** The front door decision that was final when it was raised, if it is about one. */
  challengedDecisionId: string | null
  subject: DisagreementSubject
  reasons: string
  evidence: string | null
  outcomeWanted: string
  immediateRisk: boolean
  policyVersion: number
  stage: number
  state: DisagreementState
  stageEnteredAt: Date
  stageDueAt: Date
  outcome: DisagreementOutcome | null
  outcomeReason: string | null
  newDecisionId: string | null
  closedAt: Date | null
  createdAt: Date
  version: number
}>

export type DisagreementEvent = Readonly<{
  seq: string
  disagreementId: string
  type: string
  stage: number
  occurredAt: Date
  actorUserId: string | null
  data: Record<string, unknown>
}>

function toRecord(r: Selectable<DisagreementTable>): DisagreementRecord {
  return {
    id: r.id,
    reference: r.reference,
    referralId: r.referral_id,
    contactId: r.contact_id,
    personId: r.person_id,
    raisedByUserId: r.raised_by_user_id,
    raisedByAgencyId: r.raised_by_agency_id,
    raisedVia: r.raised_via,
    aboutAgencyId: r.about_agency_id,
    challengedDecisionId: r.challenged_decision_id,
    subject: r.subject,
    reasons: r.reasons,
    evidence: r.evidence,
    outcomeWanted: r.outcome_wanted,
    immediateRisk: r.immediate_risk,
    policyVersion: r.policy_version,
    stage: r.stage,
    state: r.state,
    stageEnteredAt: r.stage_entered_at,
    stageDueAt: r.stage_due_at,
    outcome: r.outcome,
    outcomeReason: r.outcome_reason,
    newDecisionId: r.new_decision_id,
    closedAt: r.closed_at,
    createdAt: r.created_at,
    version: r.version,
  }
}

function toEvent(r: Selectable<DisagreementEventTable>): DisagreementEvent {
  return {
    seq: String(r.seq),
    disagreementId: r.disagreement_id,
    type: r.type,
    stage: r.stage,
    occurredAt: r.occurred_at,
    actorUserId: r.actor_user_id,
    data: r.data,
  }
}

/** 'D-2026-000001': the year it was raised and a number from a sequence, never reused. */
export async function nextDisagreementReference(db: Db, year: number): Promise<string> {
  const { rows } = await sql<{ n: string }>`select nextval('disagreement_reference_seq') as n`.execute(db)
  return `D-${year}-${String(Number(rows[0]!.n)).padStart(6, '0')}`
}

export type NewDisagreement = Readonly<
  Pick<
    DisagreementRecord,
    | 'reference'
    | 'referralId'
    | 'contactId'
    | 'personId'
    | 'raisedByUserId'
    | 'raisedByAgencyId'
    | 'raisedVia'
    | 'aboutAgencyId'
    | 'challengedDecisionId'
    | 'subject'
    | 'reasons'
    | 'evidence'
    | 'outcomeWanted'
    | 'immediateRisk'
    | 'policyVersion'
    | 'stage'
    | 'stageEnteredAt'
    | 'stageDueAt'
  > & { now: Date }
>

export async function insertDisagreement(db: Db, d: NewDisagreement): Promise<DisagreementRecord> {
  const row = await db
    .insertInto('disagreement')
    .values({
      reference: d.reference,
      referral_id: d.referralId,
      contact_id: d.contactId,
      person_id: d.personId,
      raised_by_user_id: d.raisedByUserId,
      raised_by_agency_id: d.raisedByAgencyId,
      raised_via: d.raisedVia,
      about_agency_id: d.aboutAgencyId,
      challenged_decision_id: d.challengedDecisionId,
      subject: d.subject,
      reasons: d.reasons,
      evidence: d.evidence,
      outcome_wanted: d.outcomeWanted,
      immediate_risk: d.immediateRisk,
      policy_version: d.policyVersion,
      stage: d.stage,
      state: 'open',
      stage_entered_at: d.stageEnteredAt,
      stage_due_at: d.stageDueAt,
      created_at: d.now,
    })
    .returningAll()
    .executeTakeFirstOrThrow()
  return toRecord(row)
}

/** `id` must be a well-formed uuid. With forUpdate, the row stays locked until the transaction ends. */
export async function findDisagreement(
  db: Db,
  id: string,
  options: { forUpdate?: boolean } = {},
): Promise<DisagreementRecord | undefined> {
  let query = db.selectFrom('disagreement').selectAll().where('id', '=', id)
  if (options.forUpdate) query = query.forUpdate()
  const row = await query.executeTakeFirst()
  return row && toRecord(row)
}

export type DisagreementChanges = Partial<{
  stage: number
  state: DisagreementState
  stageEnteredAt: Date
  stageDueAt: Date
  outcome: DisagreementOutcome
  outcomeReason: string
  newDecisionId: string | null
  closedAt: Date
}>

/**
 * Applies the changes if the row is still at expectedVersion, bumping it; returns the new row,
 * or undefined when someone else changed it first.
 */
export async function updateDisagreement(
  db: Db,
  id: string,
  expectedVersion: number,
  c: DisagreementChanges,
): Promise<DisagreementRecord | undefined> {
  const row = await db
    .updateTable('disagreement')
    .set({
      ...(c.stage === undefined ? {} : { stage: c.stage }),
      ...(c.state === undefined ? {} : { state: c.state }),
      ...(c.stageEnteredAt === undefined ? {} : { stage_entered_at: c.stageEnteredAt }),
      ...(c.stageDueAt === undefined ? {} : { stage_due_at: c.stageDueAt }),
      ...(c.outcome === undefined ? {} : { outcome: c.outcome }),
      ...(c.outcomeReason === undefined ? {} : { outcome_reason: c.outcomeReason }),
      ...(c.newDecisionId === undefined ? {} : { new_decision_id: c.newDecisionId }),
      ...(c.closedAt === undefined ? {} : { closed_at: c.closedAt }),
      version: sql`version + 1`,
    })
    .where('id', '=', id)
    .where('version', '=', expectedVersion)
    .returningAll()
    .executeTakeFirst()
  return row && toRecord(row)
}

export async function appendDisagreementEvent(
  db: Db,
  e: {
    disagreementId: string
    type: string
    stage: number
    occurredAt: Date
    actorUserId: string | null
    data?: Record<string, unknown>
  },
): Promise<void> {
  await db
    .insertInto('disagreement_event')
    .values({
      disagreement_id: e.disagreementId,
      type: e.type,
      stage: e.stage,
      occurred_at: e.occurredAt,
      actor_user_id: e.actorUserId,
      data: JSON.stringify(e.data ?? {}),
    })
    .execute()
}

/** The timeline, oldest first. */
export async function listDisagreementEvents(db: Db, disagreementId: string): Promise<DisagreementEvent[]> {
  const rows = await db
    .selectFrom('disagreement_event')
    .selectAll()
    .where('disagreement_id', '=', disagreementId)
    .orderBy('seq')
    .execute()
  return rows.map(toEvent)
}

/** Everyone who has responded to the disagreement at any stage. */
export async function listResponderUserIds(db: Db, disagreementId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('disagreement_event')
    .select('actor_user_id')
    .distinct()
    .where('disagreement_id', '=', disagreementId)
    .where('type', '=', 'responded')
    .where('actor_user_id', 'is not', null)
    .execute()
  return rows.map(r => r.actor_user_id!).sort()
}

export type DisagreementSummary = DisagreementRecord & Readonly<{ raisedByAgencyName: string }>

/**
 * Disagreements for the lists: those not closed, plus (with raisedByUserId) every one that user
 * raised. Which open ones wait for a given responder depends on each one's policy version, so
 * the service narrows them.
 */
export async function listDisagreementSummaries(
  db: Db,
  c: { openOnly: true } | { openOrRaisedBy: string },
): Promise<DisagreementSummary[]> {
  let query = db
    .selectFrom('disagreement as d')
    .innerJoin('agency as a', 'a.id', 'd.raised_by_agency_id')
    .selectAll('d')
    .select('a.name as agency_name')
  query =
    'openOnly' in c
      ? query.where('d.state', '<>', 'closed')
      : query.where(eb => eb.or([eb('d.state', '<>', 'closed'), eb('d.raised_by_user_id', '=', c.openOrRaisedBy)]))
  const rows = await query.orderBy('d.stage_due_at').orderBy('d.reference').execute()
  return rows.map(({ agency_name, ...r }) => ({ ...toRecord(r), raisedByAgencyName: agency_name }))
}

/**
 * Whether this is a final decision on the disagreement's contact other than the one it
 * challenged: a changed decision must link to the new one.
 */
export async function isNewDecisionFor(
  db: Db,
  decisionId: string,
  d: { contactId: string | null; challengedDecisionId: string | null },
): Promise<boolean> {
  if (d.contactId === null) return false
  const row = await db
    .selectFrom('decision')
    .select('id')
    .where('id', '=', decisionId)
    .where('contact_id', '=', d.contactId)
    .where('status', '=', 'final')
    .$if(d.challengedDecisionId !== null, q => q.where('id', '<>', d.challengedDecisionId!))
    .executeTakeFirst()
  return row !== undefined
}
