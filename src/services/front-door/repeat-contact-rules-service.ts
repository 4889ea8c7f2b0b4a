import type { Actor } from '../../domain/access/actor.js'
import { canViewScreeningRules } from '../../domain/access/permissions.js'
import {
  DEFAULT_REPEAT_CONTACT_RULES,
  parseRepeatContactRules,
  type RepeatContactRule,
} from '../../domain/repeat-contact/index.js'
import type { Result } from '../../domain/shared/result.js'
import type { Db } from '../../data/database.js'
import type { RequestContext } from '../audit-service.js'
import { ForbiddenError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import {
  currentRuleList,
  publishRuleList,
  viewRuleList,
  type PublishRuleListError,
  type RuleList,
  type RuleListVersion,
  type RuleListView,
} from './rule-lists.js'

// The partnership's repeat-contact rules (issue 5 §4), kept exactly as the double-screening rules
// are: immutable versions, the defaults as version 1, edited as JSON by a partnership manager.
// Every flag names the version that raised it.

export const REPEAT_CONTACT_RULE_LIST: RuleList<RepeatContactRule> = {
  table: 'repeat_contact_ruleset',
  defaults: DEFAULT_REPEAT_CONTACT_RULES,
  parse: parseRepeatContactRules,
  name: 'Repeat-contact rules',
  audit: { action: 'repeat-contact-rules.published', subjectType: 'repeat-contact-ruleset' },
}

export type RepeatContactRulesView = RuleListView<RepeatContactRule>

/** The rules in force; the defaults as version 1 for a partnership that never published any. */
export async function currentRepeatContactRules(db: Db, now: Date): Promise<RuleListVersion<RepeatContactRule>> {
  return currentRuleList(db, REPEAT_CONTACT_RULE_LIST, now)
}

/** The rules in force, for front door staff and partnership roles. */
export async function viewRepeatContactRules(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  actor: Actor,
): Promise<RepeatContactRulesView> {
  if (!canViewScreeningRules(actor)) throw new ForbiddenError('Repeat-contact rules')
  return deps.db.transaction().execute(trx => viewRuleList(trx, REPEAT_CONTACT_RULE_LIST, deps.clock.now()))
}

/** Publishes the rules, given as JSON text, as the next version. Partnership managers and administrators. */
export async function publishRepeatContactRules(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  ctx: RequestContext,
  actor: Actor,
  jsonText: string,
  expectedVersion: number,
): Promise<Result<RuleListVersion<RepeatContactRule>, PublishRuleListError>> {
  return publishRuleList(deps, ctx, actor, REPEAT_CONTACT_RULE_LIST, jsonText, expectedVersion)
}
