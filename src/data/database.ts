import type { Kysely, Transaction } from 'kysely'
import type { AuditEventTable } from './tables/audit-event.table.js'
import type {
  ContactTable,
  DeadlineTable,
  IdempotencyKeyTable,
  ReferralEventTable,
  ReferralPersonTable,
  ReferralTable,
} from './tables/referral.table.js'
import type { DisagreementEventTable, DisagreementTable } from './tables/disagreement.table.js'
import type { DisagreementIdempotencyKeyTable } from './tables/disagreement-idempotency.table.js'
import type { EarlyHelpServiceTable } from './tables/early-help.table.js'
import type { EscalationPolicyTable } from './tables/escalation-policy.table.js'
import type { AgencyTable, ApiTokenTable, AppUserTable, UserRoleTable, WebSessionTable } from './tables/identity.table.js'
import type { NotificationTable } from './tables/notification.table.js'
import type { HouseholdTable, PersonTable } from './tables/person.table.js'
import type { RepeatContactFlagTable, RepeatContactRulesetTable } from './tables/repeat-contact.table.js'
import type {
  DecisionTable,
  FeedbackTable,
  PartnershipSettingTable,
  ScreeningRulesetTable,
  StatutoryReferralTable,
} from './tables/screening.table.js'
import type { ThresholdDocumentTable } from './tables/threshold-document.table.js'
import type { TrainingCompletionTable, TrainingIntroSeenTable } from './tables/training.table.js'

export interface Database {
  agency: AgencyTable
  app_user: AppUserTable
  user_role: UserRoleTable
  web_session: WebSessionTable
  api_token: ApiTokenTable
  audit_event: AuditEventTable
  threshold_document: ThresholdDocumentTable
  notification: NotificationTable
  referral: ReferralTable
  referral_event: ReferralEventTable
  referral_person: ReferralPersonTable
  contact: ContactTable
  deadline: DeadlineTable
  idempotency_key: IdempotencyKeyTable
  household: HouseholdTable
  person: PersonTable
  early_help_service: EarlyHelpServiceTable
  screening_ruleset: ScreeningRulesetTable
  partnership_setting: PartnershipSettingTable
  decision: DecisionTable
  statutory_referral: StatutoryReferralTable
  feedback: FeedbackTable
  escalation_policy: EscalationPolicyTable
  disagreement: DisagreementTable
  disagreement_event: DisagreementEventTable
  repeat_contact_ruleset: RepeatContactRulesetTable
  repeat_contact_flag: RepeatContactFlagTable
  disagreement_idempotency_key: DisagreementIdempotencyKeyTable
  training_completion: TrainingCompletionTable
  training_intro_seen: TrainingIntroSeenTable
}

/** Repositories take either the database or a transaction as their first argument. */
export type Db = Kysely<Database> | Transaction<Database>
