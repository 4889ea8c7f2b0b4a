import type { Actor } from '../domain/access/actor.js'
import { canConfigurePartnership } from '../domain/access/permissions.js'
import type { EarlyHelpFilter, StoredEarlyHelpService } from '../domain/early-help/early-help-service.js'
import {
  parseOpenReferralUk,
  type OpenReferralUkFeedError,
  type OpenReferralUkSkip,
} from '../domain/early-help/open-referral-uk.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import type { Db } from '../data/database.js'
import {
  deactivateEarlyHelpServices,
  findEarlyHelpService,
  insertEarlyHelpServiceIfNew,
  listEarlyHelpServices as listServices,
  upsertEarlyHelpService,
} from '../data/repositories/early-help-repository.js'
import { audit, type RequestContext } from './audit-service.js'
import type { Clock } from './clock.js'
import { ForbiddenError } from './errors.js'
import type { ServiceDeps } from './index.js'
import { NORTHBRIDGE_EARLY_HELP_SERVICES } from './seed/northbridge-early-help.js'

export type { EarlyHelpFilter, StoredEarlyHelpService }
export type { OpenReferralUkFeedError, OpenReferralUkSkip }

// The early help directory. Nothing in it is about a child, so reads are not audited; every
// change to it is.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Active services matching the filter, by name: every word of `text`, `area`, and the child's age. */
export async function listEarlyHelpServices(
  deps: Pick<ServiceDeps, 'db'>,
  filter: EarlyHelpFilter = {},
): Promise<StoredEarlyHelpService[]> {
  return listServices(deps.db, filter)
}

/**
 * One service by id, or undefined when there is none (or the id is malformed, as a tampered
 * form value would be). Withdrawn services are returned too, with `active: false`.
 */
export async function getEarlyHelpService(
  deps: Pick<ServiceDeps, 'db'>,
  id: string,
): Promise<StoredEarlyHelpService | undefined> {
  return UUID.test(id) ? findEarlyHelpService(deps.db, id) : undefined
}

export type EarlyHelpImportCounts = {
  created: number
  updated: number
  /** In the feed and already up to date. */
  unchanged: number
  /** Active services the feed now marks inactive, defunct or temporarily closed. */
  withdrawn: number
  skipped: OpenReferralUkSkip[]
}

/**
 * Imports an Open Referral UK feed into the directory in one transaction: services are matched
 * on the feed's id and added or updated; services the feed withdraws are made inactive. The
 * command line passes a null actor; a signed-in user must be able to configure the partnership.
 */
export async function importOpenReferralUk(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  json: unknown,
  actor: Actor | null,
  options: { correlationId?: string | null } = {},
): Promise<Result<EarlyHelpImportCounts, OpenReferralUkFeedError>> {
  if (actor && !canConfigurePartnership(actor)) throw new ForbiddenError('Importing the early help directory')
  const parsed = parseOpenReferralUk(json)
  if (!parsed.ok) return fail(parsed.error)
  const feed = parsed.value
  const ctx: RequestContext = { actor, correlationId: options.correlationId ?? null }

  return deps.db.transaction().execute(async trx => {
    const now = deps.clock.now()
    const counts: EarlyHelpImportCounts = { created: 0, updated: 0, unchanged: 0, withdrawn: 0, skipped: feed.skipped }
    for (const service of feed.services) {
      const { outcome } = await upsertEarlyHelpService(trx, service, now)
      counts[outcome]++
    }
    const withdrawn = await deactivateEarlyHelpServices(
      trx,
      feed.withdrawn.map(w => w.externalId),
      now,
    )
    counts.withdrawn = withdrawn.length
    await audit(trx, deps.clock, ctx, {
      action: 'early-help.imported',
      subjectType: 'early-help-directory',
      details: {
        format: 'open-referral-uk',
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        withdrawn: counts.withdrawn,
        skipped: counts.skipped.length,
      },
    })
    return ok(counts)
  })
}

/**
 * Adds the Northbridge demo services inside the demo seed's transaction. Idempotent: a service
 * already there (by its fixed external id) is left as it is. Returns how many were added.
 */
export async function seedEarlyHelpDirectory(
  trx: Db,
  clock: Clock,
  ctx: RequestContext = { actor: null, correlationId: null },
): Promise<number> {
  const now = clock.now()
  let added = 0
  for (const service of NORTHBRIDGE_EARLY_HELP_SERVICES) {
    if (await insertEarlyHelpServiceIfNew(trx, service, now)) added++
  }
  if (added > 0) {
    await audit(trx, clock, ctx, {
      action: 'early-help.seeded',
      subjectType: 'early-help-directory',
      details: { added },
    })
  }
  return added
}
