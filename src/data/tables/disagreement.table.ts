import type { ColumnType, Generated } from 'kysely'
import type { DisagreementOutcome, DisagreementSubject, RaisedBy } from '../../domain/disagreement/disagreement.js'
import type { DisagreementState } from '../../domain/disagreement/disagreement-lifecycle.js'
import type { Optional } from './referral.table.js'

/** The current status of a professional disagreement, derived from its events. */
export interface DisagreementTable {
  id: Generated<string>
  reference: string
  referral_id: Optional<string>
  contact_id: Optional<string>
  person_id: Optional<string>
  raised_by_user_id: string
  raised_by_agency_id: string
  raised_via: RaisedBy
  /** Only when children's social care disagrees with a partner agency: that agency, which responds. */
  about_agency_id: Optional<string>
  /** The front door decision that was final when it was raised, if it is about one. */
  challenged_decision_id: Optional<string>
  subject: DisagreementSubject
  reasons: string
  evidence: Optional<string>
  outcome_wanted: string
  immediate_risk: boolean
  policy_version: number
  stage: number
  state: DisagreementState
  stage_entered_at: Date
  stage_due_at: Date
  outcome: Optional<DisagreementOutcome>
  outcome_reason: Optional<string>
  new_decision_id: Optional<string>
  closed_at: Optional<Date>
  created_at: Date
  version: Generated<number>
}

/** Append-only (a trigger refuses update and delete): the disagreement's timeline. */
export interface DisagreementEventTable {
  seq: ColumnType<string, never, never>
  disagreement_id: string
  type: string
  stage: number
  occurred_at: Date
  actor_user_id: string | null
  data: ColumnType<Record<string, unknown>, string, never>
}
