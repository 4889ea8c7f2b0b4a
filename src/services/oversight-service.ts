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
): Promise<{ verdict: ChainVerdict; latest: ChainedAuditEntry[] }> {
  if (!canReadAuditTrail(actor)) throw new ForbiddenError('Audit trail')
  return { verdict: await verifyAuditTrail(deps.db), latest: await listAuditEvents(deps.db, { limit }) }
}

export async function listPeople(deps: ServiceDeps, actor: Actor): Promise<UserAccount[]> {
  if (!canAdministerUsers(actor)) throw new ForbiddenError('Administration')
  return (await listUsers(deps.db)).map(({ passwordHash: _omit, ...u }) => u)
}
