import type { FastifyReply } from 'fastify'
import type { z } from 'zod'
import { fieldPath } from './referral-schema.js'

// RFC 9457 problem details. `errors` lists each bad field so a client can fix them all at once.
export type FieldProblem = { field: string; message: string }

export function sendProblem(
  reply: FastifyReply,
  status: number,
  title: string,
  detail?: string,
  errors?: FieldProblem[],
): FastifyReply {
  return reply
    .status(status)
    .type('application/problem+json')
    .send({ type: 'about:blank', title, status, ...(detail ? { detail } : {}), ...(errors ? { errors } : {}) })
}

/** The body in the schema's shape, or undefined after answering 400 with every field that is wrong. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown, reply: FastifyReply): z.output<S> | undefined {
  const parsed = schema.safeParse(body ?? {})
  if (parsed.success) return parsed.data as z.output<S>
  const errors = parsed.error.issues.map(i => ({ field: fieldPath(i.path) || '(body)', message: i.message }))
  sendProblem(reply, 400, 'The request is not in the right shape', 'Fix each field listed in errors.', errors)
  return undefined
}
