import type { Actor } from '../domain/access/actor.js'
import { canConfigurePartnership } from '../domain/access/permissions.js'
import {
  DEFAULT_ESCALATION_POLICY,
  parseEscalationPolicy,
  type EscalationPolicy,
  type EscalationStage,
  type PolicyProblem,
} from '../domain/disagreement/index.js'
import { parseJsonText } from '../domain/shared/json-text.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import type { Db } from '../data/database.js'
import {
  findCurrentEscalationPolicy,
  findEscalationPolicy,
  insertEscalationPolicy,
  type EscalationPolicyRecord,
} from '../data/repositories/escalation-policy-repository.js'
import { findUserById } from '../data/repositories/identity-repository.js'
import { audit, type RequestContext } from './audit-service.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import type { ServiceDeps } from './index.js'
import { publishNextVersion, type PublishVersionConflict } from './versioned-json.js'

// The partnership's escalation policy for professional disagreements, published as immutable
// versions like the screening rules: a disagreement keeps the version it started under, so an
// edit never changes the stages, responders or clocks of one already under way.

export type VersionedEscalationPolicy = {
  version: number
  policy: EscalationPolicy
  publishedAt: Date
  /** Null for the default every partnership starts with. */
  publishedBy: string | null
}

function checked(record: EscalationPolicyRecord): VersionedEscalationPolicy {
  const parsed = parseEscalationPolicy(record.policy)
  // Every version was checked when it was published, so this only fails if the table was edited by hand.
  if (!parsed.ok) {
    throw new Error(
      `Escalation policy version ${record.version} cannot be read: ${parsed.error.map(p => p.message).join('; ')}`,
    )
  }
  return {
    version: record.version,
    policy: parsed.value,
    publishedAt: record.publishedAt,
    publishedBy: record.publishedBy,
  }
}

/**
 * The policy in force. A partnership with none yet starts with the default model
 * (DEFAULT_ESCALATION_POLICY) as version 1, written the first time anything asks.
 */
export async function currentEscalationPolicy(db: Db, now: Date): Promise<VersionedEscalationPolicy> {
  let current = await findCurrentEscalationPolicy(db)
  if (!current) {
    // Two first readers at once both try version 1; the second insert is skipped.
    await insertEscalationPolicy(db, {
      version: 1,
      policy: DEFAULT_ESCALATION_POLICY,
      publishedAt: now,
      publishedBy: null,
    })
    current = await findCurrentEscalationPolicy(db)
  }
  return checked(current!)
}

/** A published version, as a disagreement cites it; NotFoundError if there is no such version. */
export async function escalationPolicyVersion(db: Db, version: number): Promise<VersionedEscalationPolicy> {
  const record = Number.isSafeInteger(version) ? await findEscalationPolicy(db, version) : undefined
  if (!record) throw new NotFoundError(`Escalation policy version ${version}`)
  return checked(record)
}

export type EscalationPolicyView = VersionedEscalationPolicy & { publishedByName: string | null }

type Deps = Pick<ServiceDeps, 'db' | 'clock'>

/** The policy in force with who published it, for the guidance page. Anyone signed in may read it. */
export async function viewEscalationPolicy(deps: Deps): Promise<EscalationPolicyView> {
  return deps.db.transaction().execute(async trx => {
    const current = await currentEscalationPolicy(trx, deps.clock.now())
    const publisher = current.publishedBy ? await findUserById(trx, current.publishedBy) : undefined
    return { ...current, publishedByName: publisher?.displayName ?? null }
  })
}

export type PublishEscalationPolicyError = { kind: 'invalid'; problems: PolicyProblem[] } | PublishVersionConflict

export type PublishedEscalationPolicy = { version: number; policy: EscalationPolicy }

/**
 * Publishes the policy, given as JSON text, as the next version. Partnership managers and
 * administrators only. `expectedVersion` is the version the editor started from: if another has
 * been published since, nothing is written and the editor is told.
 */
export async function publishEscalationPolicy(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  jsonText: string,
  expectedVersion: number,
): Promise<Result<PublishedEscalationPolicy, PublishEscalationPolicyError>> {
  if (!canConfigurePartnership(actor)) throw new ForbiddenError('Publishing the escalation policy')
  const parsed = parsePolicyText(jsonText)
  if (!parsed.ok) return fail({ kind: 'invalid', problems: parsed.error })
  const policy = parsed.value

  return deps.db.transaction().execute(async trx => {
    const now = deps.clock.now()
    const current = await currentEscalationPolicy(trx, now)
    const published = await publishNextVersion(
      { version: current.version, value: current.policy },
      policy,
      expectedVersion,
      {
        insert: version =>
          insertEscalationPolicy(trx, { version, policy, publishedAt: now, publishedBy: actor.userId }),
        latestVersion: async () => (await findCurrentEscalationPolicy(trx))?.version,
      },
    )
    if (!published.ok) return published
    const version = published.value
    await audit(trx, deps.clock, ctx, {
      action: 'escalation-policy.published',
      subjectType: 'escalation-policy',
      subjectId: String(version),
      details: { version, previousVersion: current.version, ...stageChanges(current.policy, policy) },
    })
    return ok({ version, policy })
  })
}

/** Parses the text, saying where broken JSON breaks, since the policy is edited in a text box. */
function parsePolicyText(text: string): Result<EscalationPolicy, PolicyProblem[]> {
  const json = parseJsonText(text, 'Enter the escalation policy as JSON')
  return json.ok ? parseEscalationPolicy(json.value) : fail([{ message: json.error }])
}

/** Which stages a new version adds, removes or changes, by number, for the audit trail. */
function stageChanges(before: EscalationPolicy, after: EscalationPolicy) {
  const same = (a: EscalationStage | undefined, b: EscalationStage | undefined) =>
    JSON.stringify(a) === JSON.stringify(b)
  const numbers = (stages: readonly EscalationStage[]) => stages.map(stage => stage.number)
  return {
    stages: after.stages.length,
    added: numbers(after.stages.slice(before.stages.length)),
    removed: numbers(before.stages.slice(after.stages.length)),
    changed: numbers(after.stages.filter((stage, i) => i < before.stages.length && !same(stage, before.stages[i]))),
  }
}
