import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { LocalDate } from '../../../domain/calendar/index.js'
import type { ReferralContent } from '../../../domain/referral/referral-content.js'
import type { Referral } from '../../../domain/referral/referral-lifecycle.js'
import type { ThresholdDocument } from '../../../domain/threshold/threshold-document.js'
import { ConflictError, NotFoundError } from '../../../services/errors.js'
import type { ServiceDeps } from '../../../services/index.js'
import { isOwnSentReferral, loadDraft, saveDraft, todayInLondon } from '../../../services/referral-service.js'
import { currentThresholdDocument } from '../../../services/threshold-document-service.js'
import { errorsByField, textField, type FieldError, type FormInput } from '../../forms/field-errors.js'
import { paths } from '../../paths.js'

// Every question page of the referral works the same way: GET shows the draft's answers;
// POST saves what was typed (even when some of it is wrong, so nothing is lost), then either
// re-shows the page with the GOV.UK error pattern or moves on.

export type PageContext = {
  /** The page was opened to add a new child or adult (it stays "adding" while errors are shown). */
  adding: boolean
  referral: Referral
  content: ReferralContent
  itemId: string | undefined
  today: LocalDate
  document: ThresholdDocument
}

export type Parsed = {
  update: (content: ReferralContent) => ReferralContent
  /** For an item page: the id the item was saved under, so a re-shown "new" form edits it. */
  itemId?: string
  errors: FieldError[]
  input: FormInput
}

export type QuestionPage = {
  /** After /referrals/:id/, e.g. 'consent' or 'children/:itemId'. */
  path: string
  template: string
  section: string
  title: (ctx: PageContext) => string
  input: (ctx: PageContext) => FormInput
  parse: (body: unknown, ctx: PageContext) => Parsed
  next: (ctx: PageContext, body: unknown) => string
  view?: (ctx: PageContext) => Record<string, unknown>
  /** An item page for an id not in the draft is a 404, except 'new'. */
  itemExists?: (ctx: PageContext) => boolean
}

type Params = { id: string; itemId?: string }

async function context(deps: ServiceDeps, request: FastifyRequest<{ Params: Params }>): Promise<PageContext> {
  const referral = await loadDraft(deps, request.signedIn!.actor, request.params.id)
  return {
    adding: request.params.itemId === 'new',
    referral,
    content: referral.content,
    itemId: request.params.itemId,
    today: todayInLondon(deps),
    document: await currentThresholdDocument(deps),
  }
}

export function renderQuestion(
  reply: FastifyReply,
  page: QuestionPage,
  ctx: PageContext,
  input: FormInput,
  errors: FieldError[] = [],
): FastifyReply {
  return reply.render(page.template, {
    pageTitle: page.title(ctx),
    referral: ctx.referral,
    isPhone: ctx.referral.channel === 'phone',
    version: ctx.referral.version,
    taskListHref: paths.referral(ctx.referral.id),
    action: paths.referralPage(ctx.referral.id, page.path.replace(':itemId', ctx.itemId ?? 'new')),
    input,
    errors,
    fieldErrors: errorsByField(errors),
    ...(page.view?.(ctx) ?? {}),
  })
}

export function registerQuestionPage(app: FastifyInstance, deps: ServiceDeps, page: QuestionPage): void {
  const url = `/referrals/:id/${page.path}`
  const ensureItem = (ctx: PageContext) => {
    if (page.itemExists && ctx.itemId !== 'new' && !page.itemExists(ctx))
      throw new NotFoundError('No such item in this draft')
  }

  app.get<{ Params: Params }>(url, async (request, reply) => {
    if (await isOwnSentReferral(deps, request.signedIn!.actor, request.params.id)) {
      // Back after sending: the draft's pages are gone, so show what was sent.
      return reply.redirect(paths.referral(request.params.id), 303)
    }
    const ctx = await context(deps, request)
    ensureItem(ctx)
    return renderQuestion(reply, page, ctx, page.input(ctx))
  })

  app.post<{ Params: Params }>(url, async (request, reply) => {
    const ctx = await context(deps, request)
    ensureItem(ctx)
    const version = Number(textField(request.body, 'version'))
    const parsed = page.parse(request.body, ctx)
    const saved = await saveDraft(
      deps,
      request.requestContext,
      request.signedIn!.actor,
      ctx.referral.id,
      version,
      page.section,
      parsed.update,
    )
    if (!saved.ok) {
      if (saved.error.kind === 'stale') throw new ConflictError('The draft was saved elsewhere')
      throw new ConflictError('The referral has already been sent')
    }
    if (parsed.errors.length > 0) {
      const fresh = await loadDraft(deps, request.signedIn!.actor, ctx.referral.id)
      const again = { ...ctx, referral: fresh, content: fresh.content, itemId: parsed.itemId ?? ctx.itemId }
      return renderQuestion(reply.status(400), page, again, parsed.input, parsed.errors)
    }
    const after = await loadDraft(deps, request.signedIn!.actor, ctx.referral.id)
    return reply.redirect(page.next({ ...ctx, referral: after, content: after.content }, request.body), 303)
  })
}
