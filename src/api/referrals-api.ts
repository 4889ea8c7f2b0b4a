import type { FastifyInstance } from 'fastify'
import type { ReferralContent } from '../domain/referral/referral-content.js'
import type { ReferralProblem } from '../domain/referral/referral-validation.js'
import type { ServiceDeps } from '../services/index.js'
import { submitWholeReferral } from '../services/referral-submission-service.js'
import { viewReferral } from '../services/referral-service.js'
import { sendProblem, type FieldProblem } from './problem.js'
import { fieldPath, referralRequestSchema, toReferralContent } from './referral-schema.js'

// Where each domain problem sits in the JSON a client sent.
function problemPath(content: ReferralContent, p: ReferralProblem): string {
  const index = (list: { id: string }[]) => list.findIndex(x => x.id === p.itemId)
  switch (p.section) {
    case 'children':
      return p.itemId ? `children[${index(content.children)}].${p.field}` : 'children'
    case 'adults':
      return p.itemId ? `adults[${index(content.adults)}].${p.field}` : 'adults'
    case 'immediate-danger':
      return 'immediateDanger'
    case 'level':
      return `referrerView.${p.field}`
    case 'call':
      return `call.${p.field}`
    default:
      return `${p.section}.${p.field}`
  }
}

export function referralsApi(app: FastifyInstance, deps: ServiceDeps): void {
  app.post('/referrals', async (request, reply) => {
    const parsed = referralRequestSchema.safeParse(request.body)
    if (!parsed.success) {
      const errors: FieldProblem[] = parsed.error.issues.map(i => ({
        field: fieldPath(i.path) || '(body)',
        message: i.message,
      }))
      return sendProblem(
        reply,
        400,
        'The referral is not in the right shape',
        'Fix each field listed in errors.',
        errors,
      )
    }
    const content = toReferralContent(parsed.data)
    const header = request.headers['idempotency-key']
    const key = typeof header === 'string' && header.trim() ? header.trim().slice(0, 200) : undefined
    const result = await submitWholeReferral(deps, request.requestContext, request.signedIn!.actor, content, key)
    if (!result.ok) {
      switch (result.error.kind) {
        case 'incomplete':
          return sendProblem(
            reply,
            422,
            'The referral is not complete',
            'Fix each field listed in errors. Nothing was saved.',
            result.error.problems.map(p => ({ field: problemPath(content, p), message: p.message })),
          )
        case 'not-allowed':
          return sendProblem(reply, 403, 'Forbidden', 'Your account cannot make referrals.')
        case 'idempotency-key-reused':
          return sendProblem(
            reply,
            409,
            'Idempotency-Key already used',
            'This key was used for a different referral. Send a new key.',
          )
      }
    }
    const r = result.value
    if (r.replayed) reply.header('Idempotent-Replayed', 'true')
    return reply.status(201).send({
      id: r.referralId,
      reference: r.reference,
      status: 'submitted',
      decisionDueAt: r.decisionDueAt.toISOString(),
      quality: r.quality,
    })
  })

  app.get<{ Params: { id: string } }>('/referrals/:id', async (request, reply) => {
    try {
      const r = await viewReferral(deps, request.requestContext, request.signedIn!.actor, request.params.id)
      return {
        id: r.id,
        reference: r.reference,
        status: r.status,
        channel: r.channel,
        submittedAt: r.submittedAt?.toISOString() ?? null,
        quality: r.quality,
        thresholdDocumentVersion: r.thresholdDocumentVersion,
        referralSourceCode: r.sourceCode,
        content: r.content,
      }
    } catch (error) {
      if ((error as { statusCode?: number }).statusCode === 404) {
        return sendProblem(reply, 404, 'Not found', 'There is no referral with this id that you can see.')
      }
      throw error
    }
  })
}
