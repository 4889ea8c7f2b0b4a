import type { FastifyReply } from 'fastify'

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
