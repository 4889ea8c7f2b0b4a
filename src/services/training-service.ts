import type { Actor } from '../domain/access/actor.js'
import { canViewPartnershipInsight } from '../domain/access/permissions.js'
import type { EscalationPolicy } from '../domain/disagreement/index.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import {
  escalationCheckQuestions,
  markCheck,
  isPartnerAgencyUser,
  type CheckAnswers,
  type CheckQuestion,
  type MarkedCheck,
  type TrainingModule,
  type Unanswered,
} from '../domain/training/index.js'
import type { Db } from '../data/database.js'
import { toActor, type UserAccount } from '../data/repositories/identity-repository.js'
import {
  countTrainingByAgency,
  countTrainingCompletions,
  findIntroSeenAt,
  findLatestTrainingCompletion,
  insertTrainingCompletion,
  markIntroSeen,
  type AgencyTrainingCounts,
} from '../data/repositories/training-repository.js'
import { audit, type RequestContext } from './audit-service.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import { currentEscalationPolicy, escalationPolicyVersion } from './escalation-policy-service.js'
import { DEFAULT_CONTACT_POINTS, type ServiceDeps } from './index.js'

// Training and awareness (issue 5 §6): the "How to challenge a decision" page on first sign-in,
// the five-question self-check built from the policy in force, and every attempt recorded per
// user so the partnership can see awareness by agency.

const MODULE: TrainingModule = 'escalation'

type Deps = Pick<ServiceDeps, 'db' | 'clock' | 'contactPoints'>

const questionsFor = (deps: Pick<ServiceDeps, 'contactPoints'>, policy: EscalationPolicy) =>
  escalationCheckQuestions(policy, {
    frontDoorPhone: deps.contactPoints?.frontDoorPhone ?? DEFAULT_CONTACT_POINTS.frontDoorPhone,
  })

/** Whether signing in should first show this user the escalation guidance with a welcome. */
export async function escalationIntroDue(deps: Pick<ServiceDeps, 'db'>, user: UserAccount): Promise<boolean> {
  const actor = toActor(user)
  if (!isPartnerAgencyUser(actor)) return false
  return (await findIntroSeenAt(deps.db, actor.userId, MODULE)) === undefined
}

/** Records that the user has seen the escalation guidance; the first time is kept. */
export async function recordEscalationGuidanceSeen(deps: Pick<ServiceDeps, 'db' | 'clock'>, actor: Actor) {
  await markIntroSeen(deps.db, actor.userId, MODULE, deps.clock.now())
}

export type EscalationCheck = { policyVersion: number; questions: CheckQuestion[] }

/**
 * The self-check's questions, from the policy version given (the one a form was built from) or,
 * when there is none or no such version, from the policy in force.
 */
export async function escalationCheck(deps: Deps, policyVersion?: number): Promise<EscalationCheck> {
  const { version, policy } = await policyFor(deps.db, deps.clock.now(), policyVersion)
  return { policyVersion: version, questions: questionsFor(deps, policy) }
}

async function policyFor(db: Db, now: Date, version: number | undefined) {
  const current = await currentEscalationPolicy(db, now)
  if (version === undefined || version === current.version) return current
  try {
    return await escalationPolicyVersion(db, version)
  } catch (error) {
    if (error instanceof NotFoundError) return current
    throw error
  }
}

export type CheckNotCompleted = { kind: 'unanswered'; unanswered: Unanswered[]; check: EscalationCheck }

/**
 * Marks and records an attempt. It counts as completed when every question is answered,
 * whatever the score; otherwise nothing is recorded and each unanswered question is named.
 */
export async function submitEscalationCheck(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  policyVersion: number | undefined,
  answers: CheckAnswers,
): Promise<Result<{ id: string; marked: MarkedCheck }, CheckNotCompleted>> {
  return deps.db.transaction().execute(async trx => {
    const now = deps.clock.now()
    const policy = await policyFor(trx, now, policyVersion)
    const questions = questionsFor(deps, policy.policy)
    const marked = markCheck(questions, answers)
    if (!marked.ok) {
      return fail({
        kind: 'unanswered' as const,
        unanswered: marked.error,
        check: { policyVersion: policy.version, questions },
      })
    }
    const chosen = Object.fromEntries(marked.value.answers.map(a => [a.question.id, a.answer]))
    const id = await insertTrainingCompletion(trx, {
      userId: actor.userId,
      module: MODULE,
      policyVersion: policy.version,
      score: marked.value.score,
      questionCount: marked.value.total,
      answers: chosen,
      completedAt: now,
    })
    await markIntroSeen(trx, actor.userId, MODULE, now)
    await audit(trx, deps.clock, ctx, {
      action: 'training.check-completed',
      subjectType: 'user',
      subjectId: actor.userId,
      details: { module: MODULE, policyVersion: policy.version, score: marked.value.score, total: marked.value.total },
    })
    return ok({ id, marked: marked.value })
  })
}

export type EscalationCheckResult = {
  completedAt: Date
  policyVersion: number
  marked: MarkedCheck
  /** How many times the user has completed the check. */
  attempts: number
}

/** The user's latest completed check, marked against the policy version it was taken under. */
export async function latestEscalationCheckResult(
  deps: Deps,
  actor: Actor,
): Promise<EscalationCheckResult | undefined> {
  const latest = await findLatestTrainingCompletion(deps.db, actor.userId, MODULE)
  if (!latest) return undefined
  const { policy } = await escalationPolicyVersion(deps.db, latest.policyVersion)
  const marked = markCheck(questionsFor(deps, policy), storedAnswers(latest.answers))
  // Every stored attempt was complete, and a policy version never changes.
  if (!marked.ok) throw new Error(`Training completion ${latest.id} cannot be marked again`)
  return {
    completedAt: latest.completedAt,
    policyVersion: latest.policyVersion,
    marked: marked.value,
    attempts: await countTrainingCompletions(deps.db, actor.userId, MODULE),
  }
}

function storedAnswers(value: unknown): CheckAnswers {
  if (value === null || typeof value !== 'object') return {}
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).filter((e): e is [string, string] => typeof e[1] === 'string'),
  )
}

/** Awareness of the escalation policy by agency, for partnership reporting. */
export async function escalationTrainingByAgency(
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
): Promise<AgencyTrainingCounts[]> {
  if (!canViewPartnershipInsight(actor)) throw new ForbiddenError('Training completion by agency')
  return countTrainingByAgency(deps.db, MODULE)
}
