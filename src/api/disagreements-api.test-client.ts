import assert from 'node:assert/strict'
import type { Actor } from '../domain/access/actor.js'
import { createApiToken } from '../services/auth-service.js'
import { actorFor } from '../../test/support/actors.js'
import { checkEveryone, submitContact, useRules } from '../../test/support/front-door.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import type { Backend } from '../../test/support/test-db.js'

// The disagreements API route tests' client: an API token per demo user, requests made as one
// of them, and a referral to disagree about.

const USERS = {
  hannah: 'hannah.ward@hv.northbridge.example',
  claire: 'claire.moss@hv.northbridge.example',
  grace: 'grace.okafor@school.northbridge.example',
  sam: 'sam.taylor@csc.northbridge.example',
  priya: 'priya.shah@csc.northbridge.example',
  mark: 'mark.jennings@csc.northbridge.example',
  lou: 'lou.harper@csc.northbridge.example',
  beth: 'beth.lawson@partnership.northbridge.example',
  nadia: 'nadia.brooks@partnership.northbridge.example',
} as const
export type Who = keyof typeof USERS

/** Hannah's "I disagree" answers: nothing in them names a child. */
export const iDisagree = {
  subject: 'decision',
  reasons: 'This is my third contact about the family in four months and the baby is not being seen.',
  evidence: 'Home visits on 2 and 16 November: the baby was asleep upstairs both times.',
  outcomeWanted: 'A social work assessment',
  immediateRisk: false,
}

export type DisagreementsClient = Awaited<ReturnType<typeof startDisagreementsClient>>

export async function startDisagreementsClient(backend: Backend) {
  const t: TestApp = await startTestApp(backend)
  const tokens = {} as Record<Who, string>
  const actors = {} as Record<Who, Actor>
  for (const [who, email] of Object.entries(USERS) as [Who, string][]) {
    const created = await createApiToken(t.deps, { actor: null, correlationId: 'test' }, { email, label: 'test' })
    assert.ok(created.ok)
    tokens[who] = created.value.token
    actors[who] = await actorFor(t.deps.db, email)
  }
  // No second screens: a decision is final as soon as it is proposed.
  await useRules(t.deps, [])

  const get = (who: Who, url: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: { authorization: `Bearer ${tokens[who]}` } })
  /** A string body is sent as it is, so a test can send JSON that does not parse. */
  const post = (who: Who, url: string, body?: unknown, headers: Record<string, string> = {}) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    })

  /** A referral from Hannah with every person on it checked by the front door, and their records' ids. */
  const referral = async () => {
    const contact = await submitContact(t.deps, actors.hannah)
    const { personIds } = await checkEveryone(t.deps, actors.sam, contact.id)
    return { ...contact, personIds }
  }

  /** Hannah raises a disagreement about a new referral of hers; returns its id and URL. */
  const raised = async (answers: Record<string, unknown> = iDisagree) => {
    const contact = await referral()
    const res = await post('hannah', '/disagreements', {
      raisedVia: 'practitioner',
      referralId: contact.referralId,
      ...answers,
    })
    assert.equal(res.statusCode, 201, res.body)
    const id: string = res.json().id
    return { contact, id, url: `/disagreements/${id}`, version: res.json().version as number }
  }

  return { t, actors, get, post, referral, raised }
}
