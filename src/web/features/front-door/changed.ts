import type { FastifyReply } from 'fastify'
import { SCREENING_STATE_TEXT } from '../../../domain/screening/index.js'
import type { ContactRecord } from '../../../services/front-door/screening-context.js'
import { formatDateTime } from '../../formatting.js'
import { paths } from '../../paths.js'

/** The "someone else changed this" page, with what the contact looks like now. */
export function renderChanged(reply: FastifyReply, current: ContactRecord) {
  return reply.status(409).render('front-door/changed.njk', {
    pageTitle: 'Someone else changed this contact',
    reference: current.reference,
    status: SCREENING_STATE_TEXT[current.status],
    decidedAt: current.decidedAt ? formatDateTime(current.decidedAt) : null,
    contactHref: paths.contact(current.id),
  })
}
