import assert from 'node:assert/strict'
import type { z } from 'zod'
import type { Actor } from '../domain/access/actor.js'
import { createApiToken } from '../services/auth-service.js'
import { actorFor } from '../../test/support/actors.js'
import { ALWAYS_SECOND_SCREEN_NFA, useRules } from '../../test/support/front-door.js'
import { startTestApp, type TestApp } from '../../test/support/test-app.js'
import type { Backend } from '../../test/support/test-db.js'

// The front door API route tests' client: an app with every no-further-action decision sent to
// a second screen, an API token per demo user, and requests made as one of them.

const USERS = {
  hannah: 'hannah.ward@hv.northbridge.example',
  grace: 'grace.okafor@school.northbridge.example',
  sam: 'sam.taylor@csc.northbridge.example',
  priya: 'priya.shah@csc.northbridge.example',
  mark: 'mark.jennings@csc.northbridge.example',
} as const
export type Who = keyof typeof USERS

export const nfa = {
  outcome: 'no-further-action',
  level: 1,
  indicatorCodes: ['FE-HOUSING-01'],
  rationale: 'Universal services are meeting the needs described.',
  feedbackText: 'Thank you. The school nurse can support Ava.',
}

export type FrontDoorClient = Awaited<ReturnType<typeof startFrontDoorClient>>

export async function startFrontDoorClient(backend: Backend) {
  const t: TestApp = await startTestApp(backend)
  const tokens = {} as Record<Who, string>
  const actors = {} as Record<Who, Actor>
  for (const [who, email] of Object.entries(USERS) as [Who, string][]) {
    const created = await createApiToken(t.deps, { actor: null, correlationId: 'test' }, { email, label: 'test' })
    assert.ok(created.ok)
    tokens[who] = created.value.token
    actors[who] = await actorFor(t.deps.db, email)
  }
  await useRules(t.deps, [ALWAYS_SECOND_SCREEN_NFA])

  const get = (who: Who, url: string) =>
    t.app.inject({ url: `/api/v1${url}`, headers: { authorization: `Bearer ${tokens[who]}` } })
  /** A string body is sent as it is, so a test can send JSON that does not parse. */
  const post = (who: Who, url: string, body?: unknown) =>
    t.app.inject({
      method: 'POST',
      url: `/api/v1${url}`,
      headers: {
        authorization: `Bearer ${tokens[who]}`,
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { payload: typeof body === 'string' ? body : JSON.stringify(body) }),
    })
  return { t, actors, get, post }
}

/** What the API sends is what the OpenAPI document says it sends. */
export function assertDocumented(schema: z.ZodType, body: unknown): void {
  const parsed = schema.safeParse(body)
  assert.ok(parsed.success, JSON.stringify(!parsed.success && parsed.error.issues))
}

/** The fields a problem document lists, sorted. */
export function problemFields(res: { json: () => { errors?: { field: string }[] } }): string[] {
  return (res.json().errors ?? []).map(e => e.field).sort()
}
