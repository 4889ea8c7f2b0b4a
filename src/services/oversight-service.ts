import type { Actor } from '../domain/access/actor.js'
import { canAdministerUsers, canReadAuditTrail } from '../domain/access/permissions.js'
import type { ChainedAuditEntry, ChainVerdict } from '../domain/audit/audit-chain.js'
import { listAuditEvents } from '../data/repositories/audit-repository.js'
import { listUsers, type UserAccount } from '../data/repositories/identity-repository.js'
import { verifyAuditTrail } from './audit-service.js'
import { ForbiddenError } from './errors.js'
import type { ServiceDeps } from './index.js'

export async function auditOverview(
  deps: ServiceDeps,
  actor: Actor,
  limit = 50,
): Promise<{ verdict: ChainVerdict; latest: Array<ChainedAuditEntry & { actorName: string | null }> }> {
  if (!canReadAuditTrail(actor)) throw new ForbiddenError('Audit trail')
  const latest = await listAuditEvents(deps.db, { limit })
  // Staff names, not child data: an auditor needs to see who did what.
  const names = new Map((await listUsers(deps.db)).map(u => [u.id, u.displayName]))
  return {
    verdict: await verifyAuditTrail(deps.db),
    latest: latest.map(e => ({
      ...e,
      actorName: e.actorUserId ? (names.get(e.actorUserId) ?? 'Unknown user') : null,
      subjectId: e.subjectType === 'user' && e.subjectId ? (names.get(e.subjectId) ?? e.subjectId) : e.subjectId,
    })),
  }
}

export async function listPeople(deps: ServiceDeps, actor: Actor): Promise<UserAccount[]> {
  if (!canAdministerUsers(actor)) throw new ForbiddenError('Administration')
  return (await listUsers(deps.db)).map(({ passwordHash: _omit, ...u }) => u)
}
