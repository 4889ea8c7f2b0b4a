import type { Actor } from '../../domain/access/actor.js'
import { outcomeMessage, type DisagreementOutcome } from '../../domain/disagreement/index.js'
import type { Db } from '../../data/database.js'
import { cancelDeadlines, findActiveRecipient, type Recipient } from '../../data/repositories/deadline-repository.js'
import {
  updateDisagreement,
  type DisagreementChanges,
  type DisagreementRecord,
} from '../../data/repositories/disagreement-repository.js'
import type { RequestContext } from '../audit-service.js'
import {
  DISAGREEMENT_SUBJECT_TYPE,
  notifyAll,
  raiser,
  recordDisagreementEvent,
  usersWithRoles,
  type LoadedDisagreement,
} from './disagreement-parties.js'
import type { DisagreementDeps } from './disagreement-raise.js'

// Writing a locked disagreement's status row, and closing it with its outcome in writing to
// both sides: shared by the stage commands and by changing a decision through a disagreement.

type Deps = DisagreementDeps

export async function change(
  trx: Db,
  l: LoadedDisagreement,
  changes: DisagreementChanges,
): Promise<DisagreementRecord> {
  // The row is locked and its version was checked, so this cannot miss.
  const updated = await updateDisagreement(trx, l.d.id, l.d.version, changes)
  if (!updated) throw new Error(`Disagreement ${l.d.id} changed while locked`)
  return updated
}

/**
 * Closes a locked disagreement with its outcome, and sends the outcome in writing to both sides.
 * Used by closeDisagreement and when a manager changes the decision through the disagreement.
 */
export async function recordOutcome(
  trx: Db,
  deps: Deps,
  ctx: RequestContext,
  actor: Actor,
  l: LoadedDisagreement,
  now: Date,
  o: { outcome: DisagreementOutcome; reasons: string; newDecisionId?: string | undefined },
): Promise<DisagreementRecord> {
  const { outcome, reasons } = o
  const newDecisionId = o.newDecisionId ?? null
  const d = await change(trx, l, { state: 'closed', outcome, outcomeReason: reasons, newDecisionId, closedAt: now })
  await cancelDeadlines(trx, { subjectType: DISAGREEMENT_SUBJECT_TYPE, subjectId: d.id, now })
  await recordDisagreementEvent(
    trx,
    deps,
    ctx,
    actor,
    d,
    'closed',
    { outcome, reasons, newDecisionId },
    { audit: { outcome, newDecisionId } },
  )
  const to = await raiser(trx, d)
  await notifyAll(
    trx,
    deps,
    d,
    to ? [to] : [],
    {
      kind: 'disagreement-outcome',
      subject: `Disagreement ${d.reference} is closed`,
      message: outcomeMessage(d.reference, outcome, 'raiser'),
    },
    now,
  )
  const responders = await responderSide(trx, l)
  const closer = await findActiveRecipient(trx, actor.userId)
  const others = [...responders, ...(closer && !responders.some(r => r.userId === closer.userId) ? [closer] : [])]
  await notifyAll(
    trx,
    deps,
    d,
    others,
    {
      kind: 'disagreement-outcome',
      subject: `Disagreement ${d.reference} is closed`,
      message: outcomeMessage(d.reference, outcome, 'responder'),
    },
    now,
  )
  return d
}

/** Those who responded; before anyone has, the current stage's responders. */
export async function responderSide(trx: Db, l: LoadedDisagreement): Promise<Recipient[]> {
  if (l.pastResponderUserIds.length === 0) return usersWithRoles(trx, l.responderRoles, l.d)
  const found: Recipient[] = []
  for (const id of l.pastResponderUserIds) {
    const r = await findActiveRecipient(trx, id)
    if (r && r.userId !== l.d.raisedByUserId) found.push(r)
  }
  return found
}
