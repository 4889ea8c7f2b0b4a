import type { Actor } from '../domain/access/actor.js'
import { canConfigurePartnership } from '../domain/access/permissions.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import type { ThresholdDocument } from '../domain/threshold/threshold-document.js'
import { thresholdDocumentJson } from '../domain/threshold/threshold-document-json.js'
import {
  validateThresholdDocument,
  type ThresholdDocumentContent,
  type ThresholdDocumentProblem,
} from '../domain/threshold/threshold-document-rules.js'
import type { Db } from '../data/database.js'
import {
  findCurrentThresholdDocument,
  findThresholdDocumentVersion,
  insertThresholdDocumentVersion,
  listThresholdDocumentVersions,
  nextThresholdDocumentVersion,
  type ThresholdDocumentVersionSummary,
} from '../data/repositories/threshold-document-repository.js'
import { audit, type RequestContext } from './audit-service.js'
import type { Clock } from './clock.js'
import { ForbiddenError, NotFoundError } from './errors.js'
import type { ServiceDeps } from './index.js'
import { NORTHBRIDGE_THRESHOLD_DOCUMENT } from './seed/northbridge-threshold-document.js'

export type { ThresholdDocumentVersionSummary }

// The partnership's threshold document. Every read goes to the database (no cache), so a
// newly published version is in force at once on every service instance.

/** Thrown when a page needs the threshold document and none has been published yet. */
export class NoThresholdDocumentError extends Error {
  override name = 'NoThresholdDocumentError'
  /** Shown as "not ready yet" rather than a failure: the fix is for a person, not a retry. */
  readonly statusCode = 503
  constructor() {
    super(
      'No threshold document has been published. A partnership manager must publish one ' +
        '(or run `threshold seed-demo` for the demo).',
    )
  }
}

export async function currentThresholdDocument(deps: Pick<ServiceDeps, 'db'>): Promise<ThresholdDocument> {
  const doc = await findCurrentThresholdDocument(deps.db)
  if (!doc) throw new NoThresholdDocumentError()
  return doc
}

/** A published version, as cited by a decision; NotFoundError if there is no such version. */
export async function thresholdDocumentVersion(
  deps: Pick<ServiceDeps, 'db'>,
  version: number,
): Promise<ThresholdDocument> {
  const doc = Number.isSafeInteger(version) ? await findThresholdDocumentVersion(deps.db, version) : undefined
  if (!doc) throw new NotFoundError(`Threshold document version ${version}`)
  return doc
}

/** Every published version, newest first. */
export async function thresholdDocumentVersions(
  deps: Pick<ServiceDeps, 'db'>,
): Promise<ThresholdDocumentVersionSummary[]> {
  return listThresholdDocumentVersions(deps.db)
}

export type PublishThresholdDocumentError =
  | { kind: 'invalid'; problems: ThresholdDocumentProblem[] }
  /** Someone published another version after this one was started from basedOnVersion. */
  | { kind: 'stale'; currentVersion: number; basedOnVersion: number }
  | { kind: 'unchanged'; currentVersion: number }

/**
 * Publishes the content as the next version. Partnership managers and administrators only.
 * With basedOnVersion (the version the editor started from), a version published by someone
 * else in the meantime is reported rather than silently replaced.
 */
export async function publishThresholdDocument(
  deps: Pick<ServiceDeps, 'db' | 'clock'>,
  ctx: RequestContext,
  actor: Actor,
  content: ThresholdDocumentContent,
  options: { basedOnVersion?: number } = {},
): Promise<Result<ThresholdDocument, PublishThresholdDocumentError>> {
  if (!canConfigurePartnership(actor)) throw new ForbiddenError('Publishing threshold guidance')
  const problems = validateThresholdDocument(content)
  if (problems.length > 0) return fail({ kind: 'invalid', problems })

  return deps.db.transaction().execute(async trx => {
    const version = await nextThresholdDocumentVersion(trx)
    const currentVersion = version - 1
    if (options.basedOnVersion !== undefined && options.basedOnVersion !== currentVersion) {
      return fail({ kind: 'stale', currentVersion, basedOnVersion: options.basedOnVersion })
    }
    const current = currentVersion > 0 ? await findThresholdDocumentVersion(trx, currentVersion) : undefined
    if (current && thresholdDocumentJson(current) === thresholdDocumentJson(content)) {
      return fail({ kind: 'unchanged', currentVersion })
    }
    const doc = await insertVersion(trx, deps.clock, ctx, { ...clean(content), version }, actor.userId)
    return ok(doc)
  })
}

/**
 * Publishes the Northbridge document as version 1 inside the demo seed's transaction. No actor
 * check: the seed runs before anyone can sign in, and the audit row has no actor. Does nothing
 * if a version already exists.
 */
export async function seedThresholdDocument(
  trx: Db,
  clock: Clock,
  ctx: RequestContext = { actor: null, correlationId: null },
): Promise<ThresholdDocument | undefined> {
  const problems = validateThresholdDocument(NORTHBRIDGE_THRESHOLD_DOCUMENT)
  if (problems.length > 0) {
    throw new Error(`The Northbridge threshold document is invalid: ${problems.map(p => p.message).join('; ')}`)
  }
  const version = await nextThresholdDocumentVersion(trx)
  if (version !== 1) return undefined
  return insertVersion(
    trx,
    clock,
    { actor: null, correlationId: ctx.correlationId },
    { ...clean(NORTHBRIDGE_THRESHOLD_DOCUMENT), version },
    null,
  )
}

/** Only the document's own fields are stored, whatever else the caller's object carries. */
function clean(content: ThresholdDocumentContent): ThresholdDocumentContent {
  return JSON.parse(thresholdDocumentJson({ ...content, title: content.title.trim() })) as ThresholdDocumentContent
}

async function insertVersion(
  trx: Db,
  clock: Clock,
  ctx: RequestContext,
  content: ThresholdDocumentContent & { version: number },
  publishedBy: string | null,
): Promise<ThresholdDocument> {
  const doc: ThresholdDocument = { ...content, publishedAt: clock.now() }
  const id = await insertThresholdDocumentVersion(trx, { ...doc, publishedBy })
  await audit(trx, clock, ctx, {
    action: 'threshold-document.published',
    subjectType: 'threshold-document',
    subjectId: id,
    details: { version: doc.version, title: doc.title, indicators: doc.indicators.length },
  })
  return doc
}
