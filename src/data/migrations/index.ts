import type { Migration } from 'kysely'
import * as foundation from './2026-11-26T1000-foundation.js'
import * as thresholdDocument from './2026-11-26T1100-threshold-document.js'
import * as notificationOutbox from './2026-11-26T1200-notification-outbox.js'
import * as referral from './2026-11-26T1300-referral.js'
import * as person from './2026-11-26T1400-person.js'
import * as earlyHelp from './2026-11-26T1410-early-help.js'
import * as screening from './2026-11-26T1420-screening.js'
import * as escalationPolicy from './2026-11-26T1500-escalation-policy.js'
import * as disagreement from './2026-11-26T1600-disagreement.js'
import * as disagreementAboutAgency from './2026-11-26T1610-disagreement-about-agency.js'
import * as disagreementIdempotency from './2026-11-26T1650-disagreement-idempotency.js'
import * as repeatContact from './2026-11-26T1700-repeat-contact.js'
import * as training from './2026-11-26T1800-training.js'

// An explicit list, not a folder scan: the same under tsx, compiled code and bundlers.
export const migrations: Record<string, Migration> = {
  '2026-11-26T1000-foundation': foundation,
  '2026-11-26T1100-threshold-document': thresholdDocument,
  '2026-11-26T1200-notification-outbox': notificationOutbox,
  '2026-11-26T1300-referral': referral,
  '2026-11-26T1400-person': person,
  '2026-11-26T1410-early-help': earlyHelp,
  '2026-11-26T1420-screening': screening,
  '2026-11-26T1500-escalation-policy': escalationPolicy,
  '2026-11-26T1600-disagreement': disagreement,
  '2026-11-26T1610-disagreement-about-agency': disagreementAboutAgency,
  '2026-11-26T1650-disagreement-idempotency': disagreementIdempotency,
  '2026-11-26T1700-repeat-contact': repeatContact,
  '2026-11-26T1800-training': training,
}
