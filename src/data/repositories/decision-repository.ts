import type { Selectable } from 'kysely'
import type { ThresholdLevel } from '../../domain/referral/referral-content.js'
import type { FiredRule } from '../../domain/screening/double-screening-rules.js'
import type { DecisionOutcome } from '../../domain/screening/outcomes.js'
import type { Db } from '../database.js'
import type { DecisionTable } from '../tables/screening.table.js'

// A contact's decision: the proposal, the blind second screen, the manager's settlement and
// the final outcome, in one row whose status the service moves on.

export type Screen = { outcome: DecisionOutcome; level: ThresholdLevel }

export type DecisionRecord = {
  id: string
  contactId: string
  status: 'awaiting-second-screen' | 'awaiting-manager' | 'final'
  thresholdDocumentVersion: number
  rulesetVersion: number
  proposedByUserId: string
  proposedAt: Date
  outcome: DecisionOutcome
  level: ThresholdLevel
  indicatorCodes: string[]
  rationale: string
  feedbackText: string
  earlyHelpServiceId: string | null
  rulesFired: FiredRule[]
  sampleDraw: number
  secondScreen: (Screen & { byUserId: string; at: Date; rationale: string }) | null
  settlement: { byUserId: string; at: Date; reason: string } | null
  final: (Screen & { at: Date }) | null
}

function toDecision(row: Selectable<DecisionTable>): DecisionRecord {
  return {
    id: row.id,
    contactId: row.contact_id,
    status: row.status,
    thresholdDocumentVersion: row.threshold_document_version,
    rulesetVersion: row.ruleset_version,
    proposedByUserId: row.proposed_by_user_id,
    proposedAt: row.proposed_at,
    outcome: row.outcome as DecisionOutcome,
    level: row.level as ThresholdLevel,
    indicatorCodes: row.indicator_codes,
    rationale: row.rationale,
    feedbackText: row.feedback_text,
    earlyHelpServiceId: row.early_help_service_id,
    rulesFired: row.rules_fired as FiredRule[],
    sampleDraw: Number(row.sample_draw),
    secondScreen:
      row.second_screened_by_user_id && row.second_screened_at && row.second_outcome && row.second_level
        ? {
            byUserId: row.second_screened_by_user_id,
            at: row.second_screened_at,
            outcome: row.second_outcome as DecisionOutcome,
            level: row.second_level as ThresholdLevel,
            rationale: row.second_rationale ?? '',
          }
        : null,
    settlement:
      row.settled_by_user_id && row.settled_at
        ? { byUserId: row.settled_by_user_id, at: row.settled_at, reason: row.settle_reason ?? '' }
        : null,
    final:
      row.final_outcome && row.final_level && row.finalised_at
        ? { outcome: row.final_outcome as DecisionOutcome, level: row.final_level as ThresholdLevel, at: row.finalised_at }
        : null,
  }
}

export type NewDecision = {
  contactId: string
  status: DecisionRecord['status']
  thresholdDocumentVersion: number
  rulesetVersion: number
  proposedByUserId: string
  proposedAt: Date
  outcome: DecisionOutcome
  level: ThresholdLevel
  indicatorCodes: string[]
  rationale: string
  feedbackText: string
  earlyHelpServiceId: string | null
  rulesFired: FiredRule[]
  sampleDraw: number
}

export async function insertDecision(db: Db, d: NewDecision): Promise<string> {
  const final = d.status === 'final'
  const { id } = await db
    .insertInto('decision')
    .values({
      contact_id: d.contactId,
      status: d.status,
      threshold_document_version: d.thresholdDocumentVersion,
      ruleset_version: d.rulesetVersion,
      proposed_by_user_id: d.proposedByUserId,
      proposed_at: d.proposedAt,
      outcome: d.outcome,
      level: d.level,
      indicator_codes: JSON.stringify(d.indicatorCodes),
      rationale: d.rationale,
      feedback_text: d.feedbackText,
      early_help_service_id: d.earlyHelpServiceId,
      rules_fired: JSON.stringify(d.rulesFired),
      sample_draw: d.sampleDraw,
      final_outcome: final ? d.outcome : null,
      final_level: final ? d.level : null,
      finalised_at: final ? d.proposedAt : null,
    })
    .returning('id')
    .executeTakeFirstOrThrow()
  return id
}

/** The contact's decision, newest first if there were ever more than one. */
export async function findDecisionForContact(db: Db, contactId: string): Promise<DecisionRecord | undefined> {
  const row = await db
    .selectFrom('decision')
    .selectAll()
    .where('contact_id', '=', contactId)
    .orderBy('proposed_at', 'desc')
    .executeTakeFirst()
  return row && toDecision(row)
}

export async function listDecisionsForContacts(db: Db, contactIds: readonly string[]): Promise<DecisionRecord[]> {
  if (contactIds.length === 0) return []
  const rows = await db.selectFrom('decision').selectAll().where('contact_id', 'in', contactIds).execute()
  return rows.map(toDecision)
}

/**
 * Records the second screen and moves the decision on: to 'final' when it agrees, or to
 * 'awaiting-manager' when it disagrees or repeat contacts still need a manager's review.
 */
export async function recordSecondScreen(
  db: Db,
  id: string,
  s: Screen & { byUserId: string; at: Date; rationale: string; status: 'final' | 'awaiting-manager' },
): Promise<void> {
  await db
    .updateTable('decision')
    .set({
      second_screened_by_user_id: s.byUserId,
      second_screened_at: s.at,
      second_outcome: s.outcome,
      second_level: s.level,
      second_rationale: s.rationale,
      status: s.status,
      ...(s.status === 'final' ? { final_outcome: s.outcome, final_level: s.level, finalised_at: s.at } : {}),
    })
    .where('id', '=', id)
    .execute()
}

export async function recordSettlement(
  db: Db,
  id: string,
  s: Screen & { byUserId: string; at: Date; reason: string; feedbackText: string },
): Promise<void> {
  await db
    .updateTable('decision')
    .set({
      settled_by_user_id: s.byUserId,
      settled_at: s.at,
      settle_reason: s.reason,
      feedback_text: s.feedbackText,
      status: 'final',
      final_outcome: s.outcome,
      final_level: s.level,
      finalised_at: s.at,
    })
    .where('id', '=', id)
    .execute()
}
