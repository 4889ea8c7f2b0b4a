import type { Kysely } from 'kysely'
import type { Database } from '../data/database.js'
import { findActiveTokenUser, insertApiToken, markTokenUsed } from '../data/repositories/api-token-repository.js'
import { findUserByEmail, findUserById, toActor, type UserAccount } from '../data/repositories/identity-repository.js'
import { deleteSession, findSession, insertSession, touchSession } from '../data/repositories/session-repository.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import type { Actor } from '../domain/access/actor.js'
import { audit, type RequestContext } from './audit-service.js'
import type { Clock } from './clock.js'
import type { PasswordHasher } from './passwords.js'
import { hashSecret, newSecret } from './secrets.js'

export type AuthDeps = { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher; sessionTtlHours: number }

export type SignedInUser = { user: UserAccount; actor: Actor }

// Verifying against a real hash when the account is unknown keeps the response time the same,
// so timing does not reveal which emails have accounts.
let decoyHash: Promise<string> | undefined

export async function signIn(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { email: string; password: string },
): Promise<Result<{ sessionId: string; user: UserAccount }, { kind: 'invalid-credentials' }>> {
  const user = await findUserByEmail(deps.db, input.email)
  if (!user || !user.active || !user.passwordHash) {
    decoyHash ??= deps.passwords.hash('decoy-password-for-timing')
    await deps.passwords.verify(await decoyHash, input.password)
    await audit(deps.db, deps.clock, ctx, { action: 'user.sign-in-failed', details: { reason: 'unknown-or-inactive' } })
    return fail({ kind: 'invalid-credentials' })
  }
  if (!(await deps.passwords.verify(user.passwordHash, input.password))) {
    await audit(deps.db, deps.clock, ctx, {
      action: 'user.sign-in-failed',
      subjectType: 'user',
      subjectId: user.id,
      details: { reason: 'wrong-password' },
    })
    return fail({ kind: 'invalid-credentials' })
  }
  const sessionId = newSecret()
  const now = deps.clock.now()
  await deps.db.transaction().execute(async trx => {
    await insertSession(trx, { idHash: hashSecret(sessionId), userId: user.id, now, expiresAt: expiry(deps, now) })
    await audit(
      trx,
      deps.clock,
      { ...ctx, actor: toActor(user) },
      {
        action: 'user.signed-in',
        subjectType: 'user',
        subjectId: user.id,
      },
    )
  })
  const { passwordHash: _omit, ...account } = user
  return ok({ sessionId, user: account })
}

function expiry(deps: AuthDeps, now: Date): Date {
  return new Date(now.getTime() + deps.sessionTtlHours * 3_600_000)
}

export async function resolveSession(deps: AuthDeps, sessionId: string): Promise<SignedInUser | undefined> {
  const idHash = hashSecret(sessionId)
  const session = await findSession(deps.db, idHash)
  const now = deps.clock.now()
  if (!session || session.expiresAt <= now) return undefined
  const user = await findUserById(deps.db, session.userId)
  if (!user || !user.active) return undefined
  // Sliding expiry, written at most every few minutes rather than on every request.
  const newExpiry = expiry(deps, now)
  if (newExpiry.getTime() - session.expiresAt.getTime() > 5 * 60_000) {
    await touchSession(deps.db, idHash, now, newExpiry)
  }
  const { passwordHash: _omit, ...account } = user
  return { user: account, actor: toActor(account) }
}

export async function signOut(deps: AuthDeps, ctx: RequestContext, sessionId: string): Promise<void> {
  await deps.db.transaction().execute(async trx => {
    await deleteSession(trx, hashSecret(sessionId))
    if (ctx.actor) {
      await audit(trx, deps.clock, ctx, { action: 'user.signed-out', subjectType: 'user', subjectId: ctx.actor.userId })
    }
  })
}

export async function createApiToken(
  deps: AuthDeps,
  ctx: RequestContext,
  input: { email: string; label: string },
): Promise<Result<{ token: string; tokenId: string }, { kind: 'unknown-user' }>> {
  const user = await findUserByEmail(deps.db, input.email)
  if (!user || !user.active) return fail({ kind: 'unknown-user' })
  const token = newSecret('thr_')
  const tokenId = await deps.db.transaction().execute(async trx => {
    const id = await insertApiToken(trx, {
      userId: user.id,
      tokenHash: hashSecret(token),
      label: input.label,
      now: deps.clock.now(),
    })
    await audit(trx, deps.clock, ctx, {
      action: 'api-token.created',
      subjectType: 'user',
      subjectId: user.id,
      details: { tokenId: id, label: input.label },
    })
    return id
  })
  return ok({ token, tokenId })
}

export async function authenticateApiToken(deps: AuthDeps, token: string): Promise<SignedInUser | undefined> {
  const found = await findActiveTokenUser(deps.db, hashSecret(token))
  if (!found) return undefined
  const user = await findUserById(deps.db, found.userId)
  if (!user || !user.active) return undefined
  await markTokenUsed(deps.db, found.tokenId, deps.clock.now())
  const { passwordHash: _omit, ...account } = user
  return { user: account, actor: toActor(account) }
}
