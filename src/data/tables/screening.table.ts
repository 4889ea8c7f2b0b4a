import type { ColumnType, Generated } from 'kysely'
import type { Optional } from './referral.table.js'

// jsonb comes back parsed and goes in as a JSON string.
type Json<T> = ColumnType<T, string, string>

export interface ScreeningRulesetTable {
  version: ColumnType<number, number, never>
  rules: ColumnType<unknown, string, never>
  published_at: ColumnType<Date, Date, never>
  published_by: ColumnType<string | null, string | null, never>
}

export interface PartnershipSettingTable {
  key: string
  value: Json<unknown>
  updated_at: Date
  updated_by: string | null
}

export interface DecisionTable {
  id: Generated<string>
  contact_id: string
  status: 'awaiting-second-screen' | 'awaiting-manager' | 'final'
  threshold_document_version: number
  ruleset_version: number
  proposed_by_user_id: string
  proposed_at: Date
  outcome: string
  level: number
  indicator_codes: Json<string[]>
  rationale: string
  feedback_text: string
  early_help_service_id: Optional<string>
  rules_fired: Json<unknown>
  // numeric comes back as a string from both drivers.
  sample_draw: ColumnType<string, number, number>
  second_screened_by_user_id: Optional<string>
  second_screened_at: Optional<Date>
  second_outcome: Optional<string>
  second_level: Optional<number>
  second_rationale: Optional<string>
  settled_by_user_id: Optional<string>
  settled_at: Optional<Date>
  settle_reason: Optional<string>
  final_outcome: Optional<string>
  final_level: Optional<number>
  finalised_at: Optional<Date>
}

export interface StatutoryReferralTable {
  id: Generated<string>
  contact_id: string
  decision_id: string
  person_id: string
  referral_date: ColumnType<string, string, string>
  cin_source_code: string
  accepted_at: Date
  accepted_by_user_id: string
  nfa: boolean
  re_referral: boolean
  previous_referral_id: string | null
}

export interface FeedbackTable {
  id: Generated<string>
  contact_id: string
  decision_id: string
  audience: 'professional' | 'public'
  recipient_user_id: string | null
  body_text: string
  status: 'sent' | 'phone-required' | 'given-by-phone'
  created_at: Date
  due_at: Date
  sent_at: Optional<Date>
  chased_at: Optional<Date>
  response: Optional<'accepted' | 'disagreed'>
  response_reason: Optional<string>
  responded_at: Optional<Date>
  responded_by_user_id: Optional<string>
}
