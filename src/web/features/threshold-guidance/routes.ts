import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { canConfigurePartnership } from '../../../domain/access/permissions.js'
import type { ThresholdLevel } from '../../../domain/referral/referral-content.js'
import type { ThresholdDocument } from '../../../domain/threshold/threshold-document.js'
import { thresholdDocumentJson } from '../../../domain/threshold/threshold-document-json.js'
import { ForbiddenError, NotFoundError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import {
  currentThresholdDocument,
  NoThresholdDocumentError,
  publishThresholdDocument,
  thresholdDocumentVersion,
  thresholdDocumentVersions,
} from '../../../services/threshold-document-service.js'
import { errorsByField, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'
import { BASED_ON_FIELD, DOCUMENT_FIELD, documentErrors, parsePublishForm } from './publish.form.js'
import { guidancePage, levelPage, versionsPage } from './threshold-guidance.presenter.js'

type Query = Record<string, string | string[] | undefined>

/** A version number from the query string; anything else is a page that does not exist. */
function positiveInteger(value: string | string[] | undefined): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'string' || !/^[1-9]\d{0,8}$/.test(value)) throw new NotFoundError('No such version')
  return Number(value)
}

export function thresholdGuidanceRoutes(app: FastifyInstance, deps: ServiceDeps): void {
  /** The current document, or null before any has been published. */
  async function current(): Promise<ThresholdDocument | null> {
    try {
      return await currentThresholdDocument(deps)
    } catch (error) {
      if (error instanceof NoThresholdDocumentError) return null
      throw error
    }
  }

  async function requested(query: Query, latest: ThresholdDocument): Promise<ThresholdDocument> {
    const version = positiveInteger(query.version)
    return version === undefined || version === latest.version ? latest : thresholdDocumentVersion(deps, version)
  }

  const renderNoDocument = (request: FastifyRequest, reply: FastifyReply) =>
    reply.render('threshold-guidance/no-document.njk', {
      pageTitle: 'Threshold guidance',
      canPublish: canConfigurePartnership(request.signedIn!.actor),
      publishHref: paths.thresholdPublish,
    })

  app.get(paths.thresholdGuidance, async (request: FastifyRequest<{ Querystring: Query }>, reply) => {
    const latest = await current()
    if (!latest) return renderNoDocument(request, reply)
    const doc = await requested(request.query, latest)
    const published = Number(request.query.published)
    return reply.render(
      'threshold-guidance/guidance.njk',
      guidancePage(doc, {
        currentVersion: latest.version,
        canPublish: canConfigurePartnership(request.signedIn!.actor),
        // Only the version just published earns the banner; anything else in the URL is ignored.
        publishedVersion: published === latest.version ? latest.version : undefined,
      }),
    )
  })

  app.get(
    '/guidance/thresholds/levels/:level',
    async (request: FastifyRequest<{ Params: { level: string }; Querystring: Query }>, reply) => {
      if (!/^[1-4]$/.test(request.params.level)) throw new NotFoundError('No such level')
      const level = Number(request.params.level) as ThresholdLevel
      const latest = await current()
      if (!latest) return renderNoDocument(request, reply)
      const doc = await requested(request.query, latest)
      return reply.render('threshold-guidance/level.njk', levelPage(doc, level, { currentVersion: latest.version }))
    },
  )

  app.get(paths.thresholdVersions, async (request, reply) => {
    const versions = await thresholdDocumentVersions(deps)
    return reply.render(
      'threshold-guidance/versions.njk',
      versionsPage(versions, { currentVersion: versions[0]?.version ?? 0 }),
    )
  })

  const renderPublish = async (reply: FastifyReply, errors: FieldError[] = [], input?: FormInput) => {
    const latest = await current()
    return reply.render('threshold-guidance/publish.njk', {
      pageTitle: 'Publish a new version of the threshold guidance',
      errors,
      fieldErrors: errorsByField(errors),
      // Every problem beside the box too, since they all concern the one field.
      documentError: errors.length > 0 ? { messages: errors.map(e => e.text) } : undefined,
      documentField: DOCUMENT_FIELD,
      basedOnField: BASED_ON_FIELD,
      input: input ?? {
        [DOCUMENT_FIELD]: latest ? thresholdDocumentJson(latest) : '',
        [BASED_ON_FIELD]: String(latest?.version ?? 0),
      },
      latestVersion: latest?.version ?? 0,
      nextVersion: (latest?.version ?? 0) + 1,
      cancelHref: paths.thresholdGuidance,
      formAction: paths.thresholdPublish,
    })
  }

  const mustConfigure = (request: FastifyRequest) => {
    if (!canConfigurePartnership(request.signedIn!.actor)) throw new ForbiddenError('Publishing threshold guidance')
  }

  app.get(paths.thresholdPublish, async (request, reply) => {
    mustConfigure(request)
    return renderPublish(reply)
  })

  app.post(paths.thresholdPublish, async (request, reply) => {
    mustConfigure(request)
    const form = parsePublishForm(request.body)
    if (!form.ok) return renderPublish(reply.status(400), form.errors, form.input)
    const { content, basedOnVersion } = form.value
    const result = await publishThresholdDocument(deps, request.requestContext, request.signedIn!.actor, content, {
      ...(basedOnVersion === undefined ? {} : { basedOnVersion }),
    })
    if (result.ok) return reply.redirect(`${paths.thresholdGuidance}?published=${result.value.version}`, 303)
    const input = { [DOCUMENT_FIELD]: textField(request.body, DOCUMENT_FIELD) }
    const error = result.error
    if (error.kind === 'invalid') {
      return renderPublish(reply.status(400), documentErrors(error.problems.map(p => p.message)), {
        ...input,
        [BASED_ON_FIELD]: String(basedOnVersion ?? ''),
      })
    }
    const message =
      error.kind === 'stale'
        ? `Someone else published version ${error.currentVersion} while you were editing. Check it in the threshold guidance, then publish again to replace it`
        : `Change the document before publishing: it is the same as version ${error.currentVersion}`
    // The next attempt is based on the version now in force: the user has been told about it.
    return renderPublish(reply.status(400), documentErrors([message]), {
      ...input,
      [BASED_ON_FIELD]: String(error.currentVersion),
    })
  })
}
