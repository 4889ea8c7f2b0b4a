import type { ColumnType, Generated } from 'kysely'
import type { ScreeningState } from '../../domain/screening/decision-lifecycle.js'
import type { ReferralChannel } from '../../domain/referral/referral-content.js'
import type { ReferralStatus } from '../../domain/referral/referral-lifecycle.js'

type Json<T> = ColumnType<T, string, string>
/** A nullable column that inserts may leave out. */
export type Optional<T> = ColumnType<T | null, T | null | undefined, T | null>

export interface ReferralTable {
  id: Generated<string>
  reference: string | null
  status: ReferralStatus
  channel: ReferralChannel
  referring_agency_id: string
  referred_by_user_id: string | null
  recorded_by_user_id: string
  content: Json<unknown>
  threshold_document_version: number | null
  quality_score: number | null
  quality_prompts: ColumnType<unknown, string | null, string | null>
  source_code: string | null
  immediate_danger: boolean | null
  created_at: Date
  updated_at: Date
  submitted_at: Date | null
  version: Generated<number>
}

export interface ReferralEventTable {
  seq: ColumnType<string, never, never>
  referral_id: string
  type: string
  occurred_at: Date
  actor_user_id: string | null
  data: Json<Record<string, unknown>>
}

export interface ReferralPersonTable {
  id: Generated<string>
  referral_id: string
  role: 'child' | 'adult'
  content_id: string
  given_name: string | null
  family_name: string | null
  date_of_birth: ColumnType<string | null, string | null, string | null>
  expected_date: ColumnType<string | null, string | null, string | null>
  sex: string | null
  nhs_number: string | null
  postcode: string | null
  person_id: Optional<string>
  link_kind: Optional<'matched' | 'new-person'>
  linked_by_user_id: Optional<string>
  linked_at: Optional<Date>
}


export interface ContactTable {
  id: Generated<string>
  referral_id: string
  status: ScreeningState
  received_at: Date
  decision_due_at: Date
  source_code: string
  immediate_danger: boolean
  version: Generated<number>
  assigned_to_user_id: Optional<string>
  assigned_at: Optional<Date>
  overdue_at: Optional<Date>
  decided_at: Optional<Date>
  final_outcome: Optional<string>
  final_level: Optional<number>
  repeat_contact_count: Generated<number>
}

export interface DeadlineTable {
  id: Generated<string>
  kind: string
  subject_type: string
  subject_id: string
  due_at: Date
  status: 'pending' | 'fired' | 'cancelled'
  fired_at: Date | null
  created_at: Date
}

export interface IdempotencyKeyTable {
  user_id: string
  key: string
  request_hash: string
  referral_id: string
  created_at: Date
}
