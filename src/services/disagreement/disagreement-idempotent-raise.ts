import { createHash } from 'node:crypto'
import type { Actor } from '../../domain/access/actor.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import type { Db } from '../../data/database.js'
import {
  findDisagreementIdempotencyKey,
  insertDisagreementIdempotencyKey,
  type DisagreementIdempotencyKey,
} from '../../data/repositories/disagreement-idempotency-repository.js'
import { findDisagreement, type DisagreementRecord } from '../../data/repositories/disagreement-repository.js'
import type { RequestContext } from '../audit-service.js'
import {
  raiseDisagreementIn,
  type DisagreementDeps,
  type DisagreementError,
  type RaiseDisagreementInput,
} from './disagreement-raise.js'

// Raising a disagreement from another system (the API): a retry with the same Idempotency-Key
// returns the disagreement the first request raised, so a lost response never raises it twice.

export type RaiseOnceError = DisagreementError | { kind: 'idempotency-key-reused' }
export type RaisedOnce = Readonly<{ disagreement: DisagreementRecord; replayed: boolean }>

/** A concurrent request with the same key committed first: this one's work is rolled back. */
class KeyTaken extends Error {
  constructor() {
    super('idempotency key taken')
  }
}

async function replay(
  db: Db,
  previous: DisagreementIdempotencyKey,
  requestHash: string,
): Promise<Result<RaisedOnce, RaiseOnceError>> {
  if (previous.requestHash !== requestHash) return fail({ kind: 'idempotency-key-reused' })
  const disagreement = await findDisagreement(db, previous.disagreementId)
  // The key's foreign key keeps the disagreement, and disagreements are never deleted.
  if (!disagreement) throw new Error(`Idempotency key points at missing disagreement ${previous.disagreementId}`)
  return ok({ disagreement, replayed: true })
}

export async function raiseDisagreementOnce(
  deps: DisagreementDeps,
  ctx: RequestContext,
  actor: Actor,
  input: RaiseDisagreementInput,
  idempotencyKey: string | undefined,
): Promise<Result<RaisedOnce, RaiseOnceError>> {
  const requestHash = createHash('sha256').update(JSON.stringify(input)).digest('hex')
  return deps.db
    .transaction()
    .execute(async trx => {
      if (idempotencyKey) {
        const previous = await findDisagreementIdempotencyKey(trx, actor.userId, idempotencyKey)
        if (previous) return replay(trx, previous, requestHash)
      }
      const raised = await raiseDisagreementIn(trx, deps, ctx, actor, input)
      if (!raised.ok) return raised
      if (idempotencyKey) {
        const saved = await insertDisagreementIdempotencyKey(trx, {
          userId: actor.userId,
          key: idempotencyKey,
          requestHash,
          disagreementId: raised.value.id,
          now: deps.clock.now(),
        })
        if (!saved) throw new KeyTaken()
      }
      return ok({ disagreement: raised.value, replayed: false })
    })
    .catch(async (error: unknown) => {
      if (!(error instanceof KeyTaken) || !idempotencyKey) throw error
      const previous = await findDisagreementIdempotencyKey(deps.db, actor.userId, idempotencyKey)
      if (!previous) throw error
      return replay(deps.db, previous, requestHash)
    })
}
