import type { Actor } from '../../domain/access/actor.js'
import { canConfigurePartnership, canViewScreeningRules } from '../../domain/access/permissions.js'
import { parseDoubleScreeningRules, type DoubleScreeningRule, type RuleProblem } from '../../domain/screening/index.js'
import { parseJsonText } from '../../domain/shared/json-text.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import { findUserById } from '../../data/repositories/identity-repository.js'
import {
  findCurrentRuleset,
  findRuleset,
  insertRuleset,
  saveSetting,
} from '../../data/repositories/screening-settings-repository.js'
import { audit, type RequestContext } from '../audit-service.js'
import { ForbiddenError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { publishNextVersion, type PublishVersionConflict } from '../versioned-json.js'
import { currentRules, RECORD_EVERY_CONTACT_AS_REFERRAL, recordsEveryContactAsReferral } from './screening-context.js'

// The partnership's double-screening rules and front door settings, as a partnership manager
// edits them. Rules are published as immutable versions: a decision names the version it was
// screened under, so an edit never changes what an old decision says about why it fired.

export type ScreeningRulesView = {
  version: number
  rules: DoubleScreeningRule[]
  publishedAt: Date
  /** Null for the defaults every partnership starts with. */
  publishedByName: string | null
  recordEveryContactAsReferral: boolean
}

type Deps = Pick<ServiceDeps, 'db' | 'clock'>

/** The rules in force and the settings they work with. Front door staff and partnership roles. */
export async function viewScreeningRules(deps: Deps, actor: Actor): Promise<ScreeningRulesView> {
  if (!canViewScreeningRules(actor)) throw new ForbiddenError('Screening rules')
  return deps.db.transaction().execute(async trx => {
    const { version, rules } = await currentRules(trx, deps.clock.now())
    const record = await findRuleset(trx, version)
    const publisher = record?.publishedBy ? await findUserById(trx, record.publishedBy) : undefined
    return {
      version,
      rules,
      publishedAt: record!.publishedAt,
      publishedByName: publisher?.displayName ?? null,
      recordEveryContactAsReferral: await recordsEveryContactAsReferral(trx),
    }
  })
}

export type PublishScreeningRulesError = { kind: 'invalid'; problems: RuleProblem[] } | PublishVersionConflict

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
  if (!canConfigurePartnership(actor)) throw new ForbiddenError('Publishing screening rules')
  const parsed = parseRulesText(jsonText)
  if (!parsed.ok) return fail({ kind: 'invalid', problems: parsed.error })
  const rules = parsed.value

  return deps.db.transaction().execute(async trx => {
    const now = deps.clock.now()
    const current = await currentRules(trx, now)
    const published = await publishNextVersion(
      { version: current.version, value: current.rules },
      rules,
      expectedVersion,
      {
        insert: version => insertRuleset(trx, { version, rules, publishedAt: now, publishedBy: actor.userId }),
        latestVersion: async () => (await findCurrentRuleset(trx))?.version,
      },
    )
    if (!published.ok) return published
    const version = published.value
    await audit(trx, deps.clock, ctx, {
      action: 'screening-rules.published',
      subjectType: 'screening-ruleset',
      subjectId: String(version),
      details: { version, previousVersion: current.version, ...ruleChanges(current.rules, rules) },
    })
    return ok({ version, rules })
  })
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

/** Parses the text, saying where broken JSON breaks, since the rules are edited in a text box. */
function parseRulesText(text: string): Result<DoubleScreeningRule[], RuleProblem[]> {
  const json = parseJsonText(text, 'Enter the rules as JSON')
  return json.ok ? parseDoubleScreeningRules(json.value) : fail([{ message: json.error }])
}

/** Which rules a new version adds, removes or changes, by id, for the audit trail. */
function ruleChanges(before: readonly DoubleScreeningRule[], after: readonly DoubleScreeningRule[]) {
  const old = new Map(before.map(rule => [rule.id, JSON.stringify(rule)]))
  const ids = new Set(after.map(rule => rule.id))
  return {
    added: after.filter(rule => !old.has(rule.id)).map(rule => rule.id),
    removed: before.filter(rule => !ids.has(rule.id)).map(rule => rule.id),
    changed: after.filter(rule => old.has(rule.id) && old.get(rule.id) !== JSON.stringify(rule)).map(rule => rule.id),
    enabled: after.filter(rule => rule.enabled).map(rule => rule.id),
  }
}
