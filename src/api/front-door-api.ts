import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import type { Actor } from '../domain/access/actor.js'
import { canScreenContacts } from '../domain/access/permissions.js'
import { parseQueueFilter } from '../domain/front-door/queue.js'
import { ForbiddenError, NotFoundError } from '../services/errors.js'
import { confirmPerson, linkHousehold, personChecks } from '../services/front-door/checks-service.js'
import { assignContact, listScreeners, viewContact } from '../services/front-door/contact-service.js'
import {
  proposeDecision,
  secondScreenDecision,
  settleDecision,
  type ScreeningError,
} from '../services/front-door/decision-service.js'
import { feedbackForReferral, recordPhoneFeedback, respondToFeedback } from '../services/front-door/feedback-service.js'
import { frontDoorQueue } from '../services/front-door/queue-service.js'
import type { ServiceDeps } from '../services/index.js'
import { viewReferral } from '../services/referral-service.js'
import {
  assignmentRequestSchema,
  feedbackAnswerRequestSchema,
  linkRequestSchema,
  proposalRequestSchema,
  secondScreenRequestSchema,
  settlementRequestSchema,
  versionRequestSchema,
  type CommandResponse,
} from './front-door-schema.js'
import { presentChecks, presentContact, presentFeedback, presentQueue } from './front-door-presenters.js'
import { parseBody, sendProblem } from './problem.js'

// The front door's steps as JSON: the queue, assigning, checks, the decision with its blind
// second screen and settlement, and the referrer's answer to the feedback. Every step calls the
// same service as the web, so the permission checks, four eyes and versions are the same.

type IdParams = { Params: { id: string } }
type PersonParams = { Params: { id: string; referralPersonId: string } }

/** Front door work is invisible to everyone else: a 404, as if the address were not there. */
function screener(request: FastifyRequest): Actor {
  const actor = request.signedIn!.actor
  if (!canScreenContacts(actor)) throw new NotFoundError('There is nothing at this address.')
  return actor
}

/** 409 with where the contact is now, so a client can re-read it and decide whether to try again. */
function staleProblem(reply: FastifyReply, current: { status: string; version: number }) {
  return reply
    .status(409)
    .type('application/problem+json')
    .send({
      type: 'about:blank',
      title: 'Someone else changed this contact',
      status: 409,
      detail: 'The contact changed after you read it, so nothing was saved. Read it again before you repeat this.',
      current: { status: current.status, version: current.version },
    })
}

function commandProblem(reply: FastifyReply, error: ScreeningError) {
  switch (error.kind) {
    case 'stale':
      return staleProblem(reply, error.current)
    case 'invalid':
      return sendProblem(
        reply,
        422,
        'The decision is not complete',
        'Fix each field listed in errors. Nothing was saved.',
        error.problems,
      )
    case 'checks-incomplete':
      return sendProblem(reply, 422, 'The checks are not finished', error.reason, [
        { field: 'people', message: error.reason },
      ])
    case 'refused':
      return sendProblem(reply, 403, 'You cannot do that', error.reason)
  }
}

const done = (reply: FastifyReply, status: number, body: CommandResponse) => reply.status(status).send(body)

export function frontDoorApi(app: FastifyInstance, deps: ServiceDeps): void {
  app.get('/front-door/contacts', async (request, reply) => {
    const actor = screener(request)
    const filter = parseQueueFilter((request.query ?? {}) as Record<string, unknown>)
    try {
      return presentQueue(await frontDoorQueue(deps, actor, filter), deps.clock.now())
    } catch (error) {
      if (error instanceof ForbiddenError)
        return sendProblem(reply, 404, 'Not found', 'There is nothing at this address.')
      throw error
    }
  })

  app.get('/front-door/screeners', async request => {
    screener(request)
    return { screeners: await listScreeners(deps) }
  })

  app.get<IdParams>('/front-door/contacts/:id', async request => {
    const actor = screener(request)
    const view = await viewContact(deps, request.requestContext, actor, request.params.id)
    return presentContact(view, actor.userId)
  })

  app.post<IdParams>('/front-door/contacts/:id/assignment', async (request, reply) => {
    const actor = screener(request)
    const body = parseBody(assignmentRequestSchema, request.body, reply)
    if (!body) return reply
    const { id } = request.params
    const result = await assignContact(deps, request.requestContext, actor, id, body.version, body.assigneeUserId)
    if (result.ok) return done(reply, 200, { version: result.value.version })
    if (result.error.kind === 'stale') return staleProblem(reply, result.error.current)
    return sendProblem(reply, 422, 'Choose someone on the front door', 'Fix each field listed in errors.', [
      { field: 'assigneeUserId', message: 'Select someone who works on the front door' },
    ])
  })

  app.get<IdParams>('/front-door/contacts/:id/checks', async request => {
    const actor = screener(request)
    const { screening, checks } = await personChecks(deps, request.requestContext, actor, request.params.id)
    const names = new Map((await listScreeners(deps)).map(s => [s.id, s.name]))
    return presentChecks(screening, checks, names)
  })

  app.post<PersonParams>('/front-door/contacts/:id/people/:referralPersonId/link', async (request, reply) => {
    const actor = screener(request)
    const body = parseBody(linkRequestSchema, request.body, reply)
    if (!body) return reply
    const choice = body.personId ? { kind: 'match' as const, personId: body.personId } : { kind: 'new' as const }
    const { id, referralPersonId } = request.params
    const result = await confirmPerson(deps, request.requestContext, actor, id, body.version, referralPersonId, choice)
    if (!result.ok) return commandProblem(reply, result.error)
    return done(reply, 200, { version: body.version + 1, personId: result.value.personId })
  })

  app.post<IdParams>('/front-door/contacts/:id/household', async (request, reply) => {
    const actor = screener(request)
    const body = parseBody(versionRequestSchema, request.body, reply)
    if (!body) return reply
    const result = await linkHousehold(deps, request.requestContext, actor, request.params.id, body.version)
    if (!result.ok) return commandProblem(reply, result.error)
    return done(reply, 200, { version: body.version + 1, householdId: result.value.householdId })
  })

  const decisionStep = (
    path: string,
    schema: typeof proposalRequestSchema | typeof secondScreenRequestSchema | typeof settlementRequestSchema,
    step: typeof proposeDecision,
    created: number,
  ) =>
    app.post<IdParams>(`/front-door/contacts/:id/${path}`, async (request, reply) => {
      const actor = screener(request)
      const body = parseBody(schema, request.body, reply)
      if (!body) return reply
      const { version, ...raw } = body
      const result = await step(deps, request.requestContext, actor, request.params.id, version, raw)
      if (!result.ok) return commandProblem(reply, result.error)
      return done(reply, created, { version: version + 1, ...result.value })
    })
  decisionStep('decision', proposalRequestSchema, proposeDecision, 201)
  decisionStep('second-screen', secondScreenRequestSchema, secondScreenDecision, 200)
  decisionStep('settlement', settlementRequestSchema, settleDecision, 200)

  app.post<IdParams>('/front-door/contacts/:id/phone-feedback', async (request, reply) => {
    const actor = screener(request)
    const recorded = await recordPhoneFeedback(deps, request.requestContext, actor, request.params.id)
    if (recorded) return { status: 'given-by-phone' }
    return sendProblem(
      reply,
      409,
      'Feedback already given',
      'The feedback was already sent by email or recorded as given by phone.',
    )
  })

  app.get<IdParams>('/referrals/:id/feedback', async (request, reply) => {
    const actor = request.signedIn!.actor
    const referral = await viewReferral(deps, request.requestContext, actor, request.params.id)
    const seen = await feedbackForReferral(deps, actor, referral)
    if (!seen) return sendProblem(reply, 404, 'Not found', 'There is no feedback on this referral yet.')
    return { referralId: referral.id, feedback: presentFeedback(seen.feedback), canRespond: seen.canRespond }
  })

  app.post<IdParams>('/referrals/:id/feedback/response', async (request, reply) => {
    const body = parseBody(feedbackAnswerRequestSchema, request.body, reply)
    if (!body) return reply
    const answer =
      body.response === 'accepted'
        ? ({ kind: 'accepted' } as const)
        : ({ kind: 'disagreed', answers: body.disagreement ?? {} } as const)
    const { id } = request.params
    const result = await respondToFeedback(deps, request.requestContext, request.signedIn!.actor, id, answer)
    if (result.ok) {
      return reply.status(201).send({
        referralId: id,
        feedback: presentFeedback(result.value.feedback),
        canRespond: false,
        disagreementId: result.value.disagreement?.id ?? null,
      })
    }
    if (result.error.kind === 'invalid') {
      return sendProblem(
        reply,
        422,
        'Your disagreement is not complete',
        'Answer every question about the disagreement.',
        result.error.problems,
      )
    }
    return reply
      .status(409)
      .type('application/problem+json')
      .send({
        type: 'about:blank',
        title: 'Already answered',
        status: 409,
        detail: 'This feedback has already been accepted or disagreed with.',
        response: result.error.feedback.response?.kind ?? null,
      })
  })
}
