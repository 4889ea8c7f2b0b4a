import type { Actor } from '../../domain/access/actor.js'
import { canViewDisagreement } from '../../domain/access/permissions.js'
import {
  acceptedMessage,
  checkDisagreementCommand,
  isPastDeadline,
  lastStageNumber,
  respondedMessage,
  stageDeadline,
  validateEscalation,
  validateNote,
  validateOutcome,
  validateResponse,
  type DisagreementCommand,
} from '../../domain/disagreement/index.js'
import { fail, ok } from '../../domain/shared/result.js'
import type { Db } from '../../data/database.js'
import { cancelDeadlines } from '../../data/repositories/deadline-repository.js'
import { isNewDecisionFor, type DisagreementRecord } from '../../data/repositories/disagreement-repository.js'
import type { RequestContext } from '../audit-service.js'
import { NotFoundError } from '../errors.js'
import { calendar, isUuid } from '../referral-service.js'
import {
  accessSubject,
  DISAGREEMENT_SUBJECT_TYPE,
  disagreementActor,
  enterStage,
  loadDisagreement,
  notifyAll,
  raiser,
  recordDisagreementEvent,
  stageOf,
  type LoadedDisagreement,
} from './disagreement-parties.js'
import type { DisagreementDeps, DisagreementResult } from './disagreement-raise.js'
import { change, recordOutcome, responderSide } from './disagreement-outcome.js'

// Professional disagreements (issue 5 §2–3). Each command is one transaction: lock the
// disagreement, check its version (a stale form changes nothing), ask the domain whether the
// command is allowed for this actor, then write the status row, the timeline event, the audit
// row, the deadline rows and the notifications together.

export {
  raiseDisagreement,
  raiseDisagreementIn,
  type DisagreementError,
  type DisagreementResult,
  type RaiseDisagreementInput,
} from './disagreement-raise.js'

type Deps = DisagreementDeps

export type Step = (trx: Db, l: LoadedDisagreement, now: Date) => Promise<DisagreementResult>

/** Locks the disagreement, checks access, version and the rules for `command`, then runs `step`. */
export async function inDisagreement(
  deps: Deps,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  /** The command, or how to choose it from the locked disagreement. */
  command: DisagreementCommand | ((d: DisagreementRecord) => DisagreementCommand),
  step: Step,
): Promise<DisagreementResult> {
  if (!isUuid(disagreementId)) throw new NotFoundError('No such disagreement')
  return deps.db.transaction().execute(async trx => {
    const l = await loadDisagreement(trx, disagreementId, { forUpdate: true })
    if (!l || !canViewDisagreement(actor, accessSubject(l))) throw new NotFoundError('No such disagreement')
    if (l.d.version !== expectedVersion) return fail({ kind: 'stale' as const, current: l.d })
    const now = deps.clock.now()
    const checked = checkDisagreementCommand(
      l.d.state,
      typeof command === 'function' ? command(l.d) : command,
      disagreementActor(actor, l.d),
      { raisedByUserId: l.d.raisedByUserId, responderRoles: l.responderRoles },
      { stage: l.d.stage, lastStage: lastStageNumber(l.policy), deadlinePassed: isPastDeadline(now, l.d.stageDueAt) },
    )
    if (!checked.ok) return fail({ kind: 'refused' as const, reason: checked.error.reason })
    return step(trx, l, now)
  })
}

export async function respondAtStage(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<DisagreementResult> {
  return inDisagreement(deps, actor, disagreementId, expectedVersion, 'respond', async (trx, l, now) => {
    const input = validateResponse(raw)
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const d = await change(trx, l, { state: 'responded' })
    // Answered: no more reminders at this stage.
    await cancelDeadlines(trx, { subjectType: DISAGREEMENT_SUBJECT_TYPE, subjectId: d.id, now })
    await recordDisagreementEvent(
      trx,
      deps,
      ctx,
      actor,
      d,
      'responded',
      { response: input.value.response },
      { audit: {} },
    )
    const to = await raiser(trx, d)
    await notifyAll(
      trx,
      deps,
      d,
      to ? [to] : [],
      {
        kind: 'disagreement-responded',
        subject: `There is a response to disagreement ${d.reference}`,
        message: respondedMessage(d.reference, l.stage, lastStageNumber(l.policy)),
      },
      now,
    )
    return ok(d)
  })
}

export async function acceptResponse(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
): Promise<DisagreementResult> {
  return inDisagreement(deps, actor, disagreementId, expectedVersion, 'accept', async (trx, l, now) => {
    const d = await change(trx, l, { state: 'resolved' })
    await recordDisagreementEvent(trx, deps, ctx, actor, d, 'accepted', {})
    await notifyAll(
      trx,
      deps,
      d,
      await responderSide(trx, l),
      {
        kind: 'disagreement-accepted',
        subject: `The response to disagreement ${d.reference} was accepted`,
        message: acceptedMessage(d.reference, l.stage),
      },
      now,
    )
    return ok(d)
  })
}

export async function escalateDisagreement(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<DisagreementResult> {
  return inDisagreement(deps, actor, disagreementId, expectedVersion, 'escalate', async (trx, l, now) => {
    const input = validateEscalation(raw)
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const next = stageOf(l.policy, l.d.stage + 1)
    const d = await change(trx, l, {
      state: 'open',
      stage: next.number,
      stageEnteredAt: now,
      stageDueAt: stageDeadline(calendar, now, next),
    })
    await recordDisagreementEvent(
      trx,
      deps,
      ctx,
      actor,
      d,
      'escalated',
      {
        reason: input.value.reason,
        fromStage: l.d.stage,
        toStage: next.number,
        stageDueAt: d.stageDueAt.toISOString(),
      },
      { audit: { fromStage: l.d.stage, toStage: next.number } },
    )
    await enterStage(trx, deps, d, next, now, l.stage)
    return ok(d)
  })
}

/** A discussion, meeting or message, logged on the timeline. */
export async function addNote(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<DisagreementResult> {
  return inDisagreement(deps, actor, disagreementId, expectedVersion, 'add-note', async (trx, l) => {
    const input = validateNote(raw)
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const d = await change(trx, l, {})
    await recordDisagreementEvent(trx, deps, ctx, actor, d, 'note', { note: input.value.note }, { audit: {} })
    return ok(d)
  })
}

/** Records the outcome and sends it in writing to both sides. A changed decision links to the new one. */
export async function closeDisagreement(
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  disagreementId: string,
  expectedVersion: number,
  raw: unknown,
): Promise<DisagreementResult> {
  return inDisagreement(deps, actor, disagreementId, expectedVersion, 'close', async (trx, l, now) => {
    const input = validateOutcome(raw)
    if (!input.ok) return fail({ kind: 'invalid', problems: input.error })
    const { newDecisionId } = input.value
    const linked =
      newDecisionId !== undefined && isUuid(newDecisionId) && (await isNewDecisionFor(trx, newDecisionId, l.d))
    if (newDecisionId !== undefined && !linked) {
      return fail({
        kind: 'invalid',
        problems: [
          {
            field: 'newDecisionId',
            message: 'Link the new decision made on this contact, not the one that was challenged',
          },
        ],
      })
    }
    return ok(await recordOutcome(trx, deps, ctx, actor, l, now, input.value))
  })
}
