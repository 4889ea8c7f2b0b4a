import type { Actor } from '../../domain/access/actor.js'
import { canClearRepeatContactFlag, canScreenContacts } from '../../domain/access/permissions.js'
import { clearFlag, type RepeatContactFlag } from '../../domain/repeat-contact/index.js'
import { flagStatus, type FlagStatus } from '../../domain/repeat-contact/flag-status.js'
import { fail, ok, type Result } from '../../domain/shared/result.js'
import {
  contactReferences,
  findFlag,
  listFlagsForContacts,
  recordClearance,
  type RepeatContactFlagRecord,
} from '../../data/repositories/repeat-contact-flag-repository.js'
import { audit, type RequestContext } from '../audit-service.js'
import { ForbiddenError, NotFoundError } from '../errors.js'
import type { ServiceDeps } from '../index.js'
import { isUuid } from '../referral-service.js'
import { repeatContactSummary } from './queue-service.js'

// The repeat-contact flags on a contact as the front door sees them, each with the contacts that
// triggered it, and clearing one: a front door manager only, always with a reason, and the flag
// stays on the record (issue 5 §4).

export type RepeatContactFlagView = RepeatContactFlagRecord & {
  status: FlagStatus
  triggeringContacts: { contactId: string; reference: string }[]
}

export type RepeatContactView = {
  flags: RepeatContactFlagView[]
  /** The pattern of the newest flag in force; null when no flag is in force. */
  summary: ReturnType<typeof repeatContactSummary>
}

export async function viewRepeatContactFlags(
  deps: Pick<ServiceDeps, 'db'>,
  actor: Actor,
  contactId: string,
): Promise<RepeatContactView> {
  if (!canScreenContacts(actor) || !isUuid(contactId)) throw new NotFoundError('No such contact')
  const flags = await listFlagsForContacts(deps.db, [contactId])
  const references = await contactReferences(
    deps.db,
    flags.flatMap(f => f.triggeringContactIds),
  )
  return {
    flags: flags.map(f => ({
      ...f,
      status: flagStatus(f),
      triggeringContacts: f.triggeringContactIds.map(id => ({ contactId: id, reference: references.get(id) ?? '' })),
    })),
    summary: repeatContactSummary(flags),
  }
}

export type ClearFlagError = { kind: 'invalid'; message: string }

/** Clears one flag on the contact, with a reason. Front door managers only. */
export async function clearRepeatContactFlag(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  ctx: RequestContext,
  actor: Actor,
  contactId: string,
  flagId: string,
  reason: string,
): Promise<Result<{ flagId: string }, ClearFlagError>> {
  if (!canClearRepeatContactFlag(actor)) throw new ForbiddenError('Clearing a repeat-contact flag')
  return deps.db.transaction().execute(async trx => {
    const record = isUuid(flagId) ? await findFlag(trx, flagId) : undefined
    if (!record || record.contactId !== contactId) throw new NotFoundError('No such flag')
    const now = deps.clock.now()
    const flag: RepeatContactFlag = {
      ruleId: record.ruleId,
      ruleName: record.ruleName,
      triggeringContactIds: record.triggeringContactIds,
      explanation: record.explanation,
      ...(record.clearance ? { clearance: record.clearance } : {}),
    }
    const cleared = clearFlag(flag, { reason, byUserId: actor.userId, at: now })
    if (!cleared.ok) return fail({ kind: 'invalid' as const, message: cleared.error.message })
    if (
      !(await recordClearance(trx, record.id, {
        at: now,
        byUserId: actor.userId,
        reason: cleared.value.clearance.reason,
      }))
    ) {
      return fail({ kind: 'invalid' as const, message: 'This flag has already been cleared' })
    }
    // The reason is free text about a family: it stays on the flag, not in the audit trail.
    await audit(trx, deps.clock, ctx, {
      action: 'contact.repeat-contact-flag-cleared',
      subjectType: 'contact',
      subjectId: contactId,
      details: { flagId: record.id, ruleId: record.ruleId },
    })
    return ok({ flagId: record.id })
  })
}
