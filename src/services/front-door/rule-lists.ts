import type { Actor } from '../../domain/access/actor.js'
import { canConfigurePartnership } from '../../domain/access/permissions.js'
import { parseJsonText } from '../../domain/shared/json-text.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import { findUserById } from '../../data/repositories/identity-repository.js'
import {
  findCurrentRuleset,
  findRuleset,
  insertRuleset,
  type RulesetTable,
} from '../../data/repositories/screening-settings-repository.js'
import type { Db } from '../../data/database.js'
import { audit, type RequestContext } from '../audit-service.js'
import { ForbiddenError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { publishNextVersion, type PublishVersionConflict } from '../versioned-json.js'

// A partnership's rule lists (the double-screening rules, the repeat-contact rules) are kept the
// same way: immutable numbered versions, the defaults bootstrapped as version 1, edited as JSON
// by a partnership manager from the version they started from, and every publication audited
// with the rules it added, removed or changed.

export type RuleListProblem = { rule?: number; message: string }
type Rule = { id: string; enabled: boolean }

export type RuleList<R extends Rule> = Readonly<{
  table: RulesetTable
  defaults: readonly R[]
  parse: (json: unknown) => Result<R[], RuleListProblem[]>
  /** "Screening rules": names the list in errors. */
  name: string
  audit: { action: string; subjectType: string }
}>

export type RuleListVersion<R> = { version: number; rules: R[] }

export type RuleListView<R> = RuleListVersion<R> & {
  publishedAt: Date
  /** Null for the defaults every partnership starts with. */
  publishedByName: string | null
}

export type PublishRuleListError = { kind: 'invalid'; problems: RuleListProblem[] } | PublishVersionConflict

/** The rules in force. A partnership that never published any starts with the defaults as version 1. */
export async function currentRuleList<R extends Rule>(
  db: Db,
  list: RuleList<R>,
  now: Date,
): Promise<RuleListVersion<R>> {
  let current = await findCurrentRuleset(db, list.table)
  if (!current) {
    await insertRuleset(db, { version: 1, rules: list.defaults, publishedAt: now, publishedBy: null }, list.table)
    current = await findCurrentRuleset(db, list.table)
  }
  const parsed = list.parse(current!.rules)
  // Every version was checked when it was published, so this only fails if the table was edited by hand.
  if (!parsed.ok) {
    throw new Error(
      `${list.name} version ${current!.version} cannot be read: ${parsed.error.map(p => p.message).join('; ')}`,
    )
  }
  return { version: current!.version, rules: parsed.value }
}

/** The rules in force, with who published them and when. */
export async function viewRuleList<R extends Rule>(db: Db, list: RuleList<R>, now: Date): Promise<RuleListView<R>> {
  const { version, rules } = await currentRuleList(db, list, now)
  const record = await findRuleset(db, version, list.table)
  const publisher = record?.publishedBy ? await findUserById(db, record.publishedBy) : undefined
  return { version, rules, publishedAt: record!.publishedAt, publishedByName: publisher?.displayName ?? null }
}

/**
 * Publishes the rules, given as JSON text, as the next version. Partnership managers and
 * administrators only. `expectedVersion` is the version the editor started from: if another
 * has been published since, nothing is written and the editor is told.
 */
export async function publishRuleList<R extends Rule>(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  ctx: RequestContext,
  actor: Actor,
  list: RuleList<R>,
  jsonText: string,
  expectedVersion: number,
): Promise<Result<RuleListVersion<R>, PublishRuleListError>> {
  if (!canConfigurePartnership(actor)) throw new ForbiddenError(`Publishing ${list.name.toLowerCase()}`)
  const json = parseJsonText(jsonText, 'Enter the rules as JSON')
  const parsed = json.ok ? list.parse(json.value) : fail([{ message: json.error }])
  if (!parsed.ok) return fail({ kind: 'invalid', problems: parsed.error })
  const rules = parsed.value

  return deps.db.transaction().execute(async trx => {
    const now = deps.clock.now()
    const current = await currentRuleList(trx, list, now)
    const published = await publishNextVersion(
      { version: current.version, value: current.rules },
      rules,
      expectedVersion,
      {
        insert: version =>
          insertRuleset(trx, { version, rules, publishedAt: now, publishedBy: actor.userId }, list.table),
        latestVersion: async () => (await findCurrentRuleset(trx, list.table))?.version,
      },
    )
    if (!published.ok) return published
    const version = published.value
    await audit(trx, deps.clock, ctx, {
      action: list.audit.action,
      subjectType: list.audit.subjectType,
      subjectId: String(version),
      details: { version, previousVersion: current.version, ...ruleChanges(current.rules, rules) },
    })
    return ok({ version, rules })
  })
}

/** Which rules a new version adds, removes or changes, by id, for the audit trail. */
function ruleChanges(before: readonly Rule[], after: readonly Rule[]) {
  const old = new Map(before.map(rule => [rule.id, JSON.stringify(rule)]))
  const ids = new Set(after.map(rule => rule.id))
  return {
    added: after.filter(rule => !old.has(rule.id)).map(rule => rule.id),
    removed: before.filter(rule => !ids.has(rule.id)).map(rule => rule.id),
    changed: after.filter(rule => old.has(rule.id) && old.get(rule.id) !== JSON.stringify(rule)).map(rule => rule.id),
    enabled: after.filter(rule => rule.enabled).map(rule => rule.id),
  }
}
