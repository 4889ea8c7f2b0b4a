import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { z } from 'zod'
import { canRaiseDisagreement, canSeeOwnDisagreements, canTrackDisagreements } from '../domain/access/permissions.js'
import { ForbiddenError, NotFoundError } from '../services/errors.js'
import { raiseDisagreementOnce } from '../services/disagreement/disagreement-idempotent-raise.js'
import { escalationTracker } from '../services/disagreement/disagreement-lists.js'
import { checkRaiseTarget, disagreementPageContext } from '../services/disagreement/disagreement-page-context.js'
import {
  acceptResponse,
  addNote,
  closeDisagreement,
  escalateDisagreement,
  respondAtStage,
  type DisagreementError,
  type RaiseDisagreementInput,
} from '../services/disagreement/disagreement-service.js'
import { listMyDisagreements, viewDisagreement } from '../services/disagreement/disagreement-views.js'
import type { ServiceDeps } from '../services/index.js'
import {
  acceptRequestSchema,
  closeRequestSchema,
  escalateRequestSchema,
  noteRequestSchema,
  raiseRequestSchema,
  respondRequestSchema,
} from './disagreements-schema.js'
import {
  presentCommandResult,
  presentDisagreement,
  presentMyDisagreements,
  presentTracker,
} from './disagreements-presenters.js'
import { parseBody, sendProblem, type FieldProblem } from './problem.js'

// Professional disagreements as JSON (issue 5 §7): raise, read, and each stage command. Every
// route calls the same service as the web, so who may do what, the versions, the clocks and the
// notifications are the same whichever way a disagreement is worked.

type IdParams = { Params: { id: string } }

function idempotencyKey(request: FastifyRequest): string | undefined {
  const header = request.headers['idempotency-key']
  return typeof header === 'string' && header.trim() ? header.trim().slice(0, 200) : undefined
}

/** 409 with where the disagreement is now, so a client can read it again and decide whether to repeat. */
function staleProblem(reply: FastifyReply, current: { state: string; stage: number; version: number }) {
  return reply
    .status(409)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: 'Someone else changed this disagreement',
      status: 409,
      detail: 'The disagreement changed after you read it, so nothing was saved. Read it again before you repeat this.',
      current: { state: current.state, stage: current.stage, version: current.version },
    })
}

function commandProblem(reply: FastifyReply, error: DisagreementError) {
  switch (error.kind) {
    case 'stale':
      return staleProblem(reply, error.current)
    case 'invalid':
      return sendProblem(
        reply,
        422,
        'The request breaks a rule',
        'Fix each field listed in errors. Nothing was saved.',
        error.problems,
      )
    case 'refused':
      return sendProblem(reply, 403, 'You cannot do that', error.reason)
  }
}

/**
 * The service says which id in the body it could not find (or the caller may not see) only in
 * its message; found or hidden, the client hears the same.
 */
function unknownReference(error: NotFoundError): FieldProblem {
  if (/child|person/i.test(error.message)) {
    return { field: 'personId', message: 'There is no child with this id that you can see' }
  }
  if (/referral/i.test(error.message)) {
    return { field: 'referralId', message: 'There is no referral with this id that you can see' }
  }
  return { field: '(body)', message: error.message }
}

export function disagreementsApi(app: FastifyInstance, deps: ServiceDeps): void {
  app.post('/disagreements', async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canRaiseDisagreement(actor)) {
      return sendProblem(reply, 403, 'You cannot do that', 'Your account cannot raise professional disagreements.')
    }
    const body = parseBody(raiseRequestSchema, request.body, reply)
    if (!body) return reply
    const { raisedVia, referralId, personId, aboutAgencyId, ...answers } = body
    const input: RaiseDisagreementInput = {
      raisedVia,
      ...(referralId !== undefined ? { referralId } : {}),
      ...(personId !== undefined ? { personId } : {}),
      ...(aboutAgencyId !== undefined ? { aboutAgencyId } : {}),
      answers,
    }
    let result: Awaited<ReturnType<typeof raiseDisagreementOnce>>
    try {
      // As on the web, a child is named only by those who may open the child's record, and only one on record.
      if (personId !== undefined) await checkRaiseTarget(deps, actor, { kind: 'person', personId })
      result = await raiseDisagreementOnce(deps, request.requestContext, actor, input, idempotencyKey(request))
    } catch (error) {
      if (error instanceof ForbiddenError) return sendProblem(reply, 403, 'You cannot do that', error.message)
      if (error instanceof NotFoundError) {
        return sendProblem(reply, 422, 'The request breaks a rule', 'Fix each field listed in errors.', [
          unknownReference(error),
        ])
      }
      throw error
    }
    if (!result.ok) {
      if (result.error.kind === 'idempotency-key-reused') {
        return sendProblem(
          reply,
          409,
          'Idempotency-Key already used',
          'This key was used to raise a different disagreement. Send a new key.',
        )
      }
      return commandProblem(reply, result.error)
    }
    const { disagreement, replayed } = result.value
    if (replayed) reply.header('Idempotent-Replayed', 'true')
    const collection = request.url.replace(/[?#].*$/, '').replace(/\/$/, '')
    return reply
      .status(201)
      .header('Location', `${collection}/${disagreement.id}`)
      .send(presentCommandResult(disagreement))
  })

  app.get('/disagreements', async (request, reply) => {
    const { mine } = (request.query ?? {}) as Record<string, unknown>
    if (mine !== 'true') {
      return sendProblem(reply, 400, 'Say which disagreements', 'Send mine=true for your own.', [
        {
          field: 'mine',
          message:
            'Send mine=true for the disagreements you raised or must respond to. The partnership tracker is at /disagreement-tracker',
        },
      ])
    }
    const actor = request.signedIn!.actor
    if (!canSeeOwnDisagreements(actor)) {
      return sendProblem(reply, 403, 'You cannot do that', 'Your account does not raise or respond to disagreements.')
    }
    return presentMyDisagreements(await listMyDisagreements(deps, actor))
  })

  // Invisible, not forbidden, to everyone it is not for: as for the front door queue.
  app.get('/disagreement-tracker', async (request, reply) => {
    const actor = request.signedIn!.actor
    if (!canTrackDisagreements(actor)) return sendProblem(reply, 404, 'Not found', 'There is nothing at this address.')
    return presentTracker(await escalationTracker(deps, actor))
  })

  app.get<IdParams>('/disagreements/:id', async request => {
    const actor = request.signedIn!.actor
    const view = await viewDisagreement(deps, request.requestContext, actor, request.params.id)
    return presentDisagreement(view, await disagreementPageContext(deps, actor, view))
  })

  const command = <S extends z.ZodType<{ version: number }>>(
    path: string,
    schema: S,
    step: typeof respondAtStage,
    status: 200 | 201,
  ) =>
    app.post<IdParams>(`/disagreements/:id/${path}`, async (request, reply) => {
      const body = parseBody(schema, request.body, reply)
      if (!body) return reply
      const { version, ...raw } = body
      const { id } = request.params
      const result = await step(deps, request.requestContext, request.signedIn!.actor, id, version, raw)
      if (!result.ok) return commandProblem(reply, result.error)
      return reply.status(status).send(presentCommandResult(result.value))
    })
  command('responses', respondRequestSchema, respondAtStage, 201)
  command('escalations', escalateRequestSchema, escalateDisagreement, 201)
  command(
    'acceptance',
    acceptRequestSchema,
    (d, ctx, actor, id, version) => acceptResponse(d, ctx, actor, id, version),
    200,
  )
  command('notes', noteRequestSchema, addNote, 201)
  command('closure', closeRequestSchema, closeDisagreement, 200)
}
