import type { ColumnType, Generated } from 'kysely'
import type { Optional } from './referral.table.js'

// Repeat-contact rules (immutable versions, like the screening rules) and the flags they raise.
// jsonb comes back parsed and goes in as a JSON string.

export interface RepeatContactRulesetTable {
  version: ColumnType<number, number, never>
  rules: ColumnType<unknown, string, never>
  published_at: ColumnType<Date, Date, never>
  published_by: ColumnType<string | null, string | null, never>
}

export type FlagRaisedDuring = 'arrival' | 'checks' | 'proposal' | 'second-screen' | 'related-decision'
export type FlagReviewOutcome = 'decision-agreed' | 'decision-changed'

export interface RepeatContactFlagTable {
  id: Generated<string>
  contact_id: ColumnType<string, string, never>
  rule_id: ColumnType<string, string, never>
  rule_name: ColumnType<string, string, never>
  rules_version: ColumnType<number, number, never>
  triggering_contact_ids: ColumnType<string[], string, never>
  explanation: ColumnType<string, string, never>
  pattern: ColumnType<string, string, never>
  raised_at: ColumnType<Date, Date, never>
  raised_during: ColumnType<FlagRaisedDuring, FlagRaisedDuring, never>
  reviewed_at: Optional<Date>
  reviewed_by_user_id: Optional<string>
  review_decision_id: Optional<string>
  review_outcome: Optional<FlagReviewOutcome>
  cleared_at: Optional<Date>
  cleared_by_user_id: Optional<string>
  cleared_reason: Optional<string>
}
