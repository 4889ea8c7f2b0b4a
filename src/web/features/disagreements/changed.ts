import type { FastifyReply } from 'fastify'
import { DISAGREEMENT_STATE_TEXT } from '../../../domain/disagreement/index.js'
import type { DisagreementError } from '../../../services/disagreement/disagreement-service.js'
import { formatDate } from '../../formatting.js'
import { paths } from '../../paths.js'

type Current = Extract<DisagreementError, { kind: 'stale' }>['current']

/** The "someone else changed this" page, with where the disagreement stands now. Nothing was saved. */
export function renderChanged(reply: FastifyReply, current: Current) {
  return reply.status(409).render('disagreements/changed.njk', {
    pageTitle: 'Someone else changed this disagreement',
    reference: current.reference,
    rows: [
      { key: { text: 'Disagreement' }, value: { text: current.reference } },
      { key: { text: 'Stage now' }, value: { text: `Stage ${current.stage}` } },
      { key: { text: 'Status now' }, value: { text: DISAGREEMENT_STATE_TEXT[current.state] } },
      ...(current.state === 'open'
        ? [{ key: { text: 'Response due' }, value: { text: `By the end of ${formatDate(current.stageDueAt)}` } }]
        : []),
    ],
    disagreementHref: paths.disagreement(current.id),
  })
}
