import type { Actor } from '../../domain/access/actor.js'
import { canConfigurePartnership, canViewScreeningRules } from '../../domain/access/permissions.js'
import type { DoubleScreeningRule } from '../../domain/screening/index.js'
import type { Result } from '../../domain/shared/result.js'
import { saveSetting } from '../../data/repositories/screening-settings-repository.js'
import { audit, type RequestContext } from '../audit-service.js'
import { ForbiddenError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { publishRuleList, viewRuleList, type PublishRuleListError, type RuleListView } from './rule-lists.js'
import {
  DOUBLE_SCREENING_RULE_LIST,
  RECORD_EVERY_CONTACT_AS_REFERRAL,
  recordsEveryContactAsReferral,
} from './screening-context.js'

// The partnership's double-screening rules and front door settings, as a partnership manager
// edits them. Rules are published as immutable versions: a decision names the version it was
// screened under, so an edit never changes what an old decision says about why it fired.

export type ScreeningRulesView = RuleListView<DoubleScreeningRule> & { recordEveryContactAsReferral: boolean }

type Deps = Pick<ServiceDeps, 'db' | 'clock'>

/** The rules in force and the settings they work with. Front door staff and partnership roles. */
export async function viewScreeningRules(deps: Deps, actor: Actor): Promise<ScreeningRulesView> {
  if (!canViewScreeningRules(actor)) throw new ForbiddenError('Screening rules')
  return deps.db.transaction().execute(async trx => ({
    ...(await viewRuleList(trx, DOUBLE_SCREENING_RULE_LIST, deps.clock.now())),
    recordEveryContactAsReferral: await recordsEveryContactAsReferral(trx),
  }))
}

export type PublishScreeningRulesError = PublishRuleListError

export type PublishedScreeningRules = { version: number; rules: DoubleScreeningRule[] }

/**
 * Publishes the rules, given as JSON text, as the next version. Partnership managers and
 * administrators only. `expectedVersion` is the version the editor started from: if another
 * has been published since, nothing is written and the editor is told.
 */
export async function publishScreeningRules(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  jsonText: string,
  expectedVersion: number,
): Promise<Result<PublishedScreeningRules, PublishScreeningRulesError>> {
  return publishRuleList(deps, ctx, actor, DOUBLE_SCREENING_RULE_LIST, jsonText, expectedVersion)
}

/**
 * Whether every contact is recorded as a statutory referral when its decision is final, rather
 * than only those accepted for a social work response. Partnership managers and administrators.
 */
export async function setRecordEveryContactAsReferral(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  value: boolean,
): Promise<{ changed: boolean }> {
  if (!canConfigurePartnership(actor)) throw new ForbiddenError('Changing front door settings')
  return deps.db.transaction().execute(async trx => {
    const previous = await recordsEveryContactAsReferral(trx)
    if (previous === value) return { changed: false }
    await saveSetting(trx, { key: RECORD_EVERY_CONTACT_AS_REFERRAL, value, at: deps.clock.now(), by: actor.userId })
    await audit(trx, deps.clock, ctx, {
      action: 'partnership-setting.changed',
      subjectType: 'partnership-setting',
      subjectId: RECORD_EVERY_CONTACT_AS_REFERRAL,
      details: { from: previous, to: value },
    })
    return { changed: true }
  })
}
