import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import { sendProblem } from '../../api/problem.js'

type ErrorPage = { status: number; title: string; template: string }

const PAGES: Record<number, ErrorPage> = {
  400: { status: 400, title: 'Sorry, there is a problem with what was sent', template: 'errors/bad-request.njk' },
  403: { status: 403, title: 'You cannot do that', template: 'errors/forbidden.njk' },
  404: { status: 404, title: 'Page not found', template: 'errors/not-found.njk' },
  409: { status: 409, title: 'Someone else changed this', template: 'errors/conflict.njk' },
  413: { status: 413, title: 'What you sent is too large', template: 'errors/too-large.njk' },
  500: { status: 500, title: 'Sorry, there is a problem with the service', template: 'errors/server-error.njk' },
  503: { status: 503, title: 'Threshold is not ready yet', template: 'errors/not-ready.njk' },
}

function pageFor(status: number): ErrorPage {
  if (PAGES[status]) return PAGES[status]!
  return status >= 400 && status < 500 ? PAGES[400]! : PAGES[500]!
}

const isApi = (request: FastifyRequest) => request.url.startsWith('/api/')

export function registerErrorPages(app: FastifyInstance): void {
  app.setNotFoundHandler(async (request, reply) => {
    if (isApi(request)) return sendProblem(reply, 404, 'Not found', 'There is nothing at this address.')
    return renderError(reply, 404, {})
  })

  app.setErrorHandler(async (error: FastifyError, request, reply) => {
    const status = typeof error.statusCode === 'number' && error.statusCode >= 400 ? error.statusCode : 500
    if (status >= 500 && status !== 503) request.log.error({ err: error }, 'request failed')
    else request.log.info({ code: error.code, status }, 'request refused')
    if (isApi(request)) {
      const page = pageFor(status)
      return sendProblem(reply, status, page.title, status >= 500 ? 'Try again later.' : error.message)
    }
    // A forged or stale CSRF token is a 403, with a way back that loses nothing risky.
    const csrf = typeof error.code === 'string' && error.code.startsWith('FST_CSRF')
    return renderError(reply, status, { csrf })
  })
}

function renderError(reply: FastifyReply, status: number, context: Record<string, unknown>): FastifyReply {
  const page = pageFor(status)
  reply.status(status)
  try {
    return reply.render(page.template, { pageTitle: page.title, ...context })
  } catch {
    // The renderer itself failed: fall back to plain text rather than a stack trace.
    return reply.type('text/plain; charset=utf-8').send(page.title)
  }
}
