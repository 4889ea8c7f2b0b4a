import assert from 'node:assert/strict'
import type { FastifyInstance, LightMyRequestResponse } from 'fastify'
import { DEMO_PASSWORD } from '../../src/services/demo-seed.js'
import { html } from './html.js'

// A tiny cookie jar over app.inject, so route tests sign in and post forms as a browser does.
export type WebSession = {
  get: (url: string) => Promise<LightMyRequestResponse>
  post: (
    url: string,
    form: Record<string, string>,
    options?: { csrf?: string | null },
  ) => Promise<LightMyRequestResponse>
  csrfFrom: (url: string) => Promise<string>
  cookies: Map<string, string>
}

export function webSession(app: FastifyInstance): WebSession {
  const cookies = new Map<string, string>()
  const cookieHeader = () => [...cookies].map(([k, v]) => `${k}=${v}`).join('; ')
  const remember = (res: LightMyRequestResponse) => {
    for (const c of res.cookies) {
      if (c.value === '' || (c.expires && c.expires.getTime() < Date.now())) cookies.delete(c.name)
      else cookies.set(c.name, c.value)
    }
    return res
  }
  const session: WebSession = {
    cookies,
    get: async url => remember(await app.inject({ method: 'GET', url, headers: { cookie: cookieHeader() } })),
    csrfFrom: async url => {
      const res = await session.get(url)
      const token = html(res.body).querySelector('input[name="_csrf"]')?.getAttribute('value')
      assert.ok(token, `${url} has a CSRF token`)
      return token
    },
    post: async (url, form, options = {}) => {
      const csrf = options.csrf === undefined ? await session.csrfFrom(url) : options.csrf
      const body = new URLSearchParams({ ...form, ...(csrf === null ? {} : { _csrf: csrf }) }).toString()
      return remember(
        await app.inject({
          method: 'POST',
          url,
          payload: body,
          headers: { cookie: cookieHeader(), 'content-type': 'application/x-www-form-urlencoded' },
        }),
      )
    },
  }
  return session
}

export async function signedInSession(
  app: FastifyInstance,
  email: string,
  password = DEMO_PASSWORD,
): Promise<WebSession> {
  const session = webSession(app)
  const res = await session.post('/sign-in', { email, password })
  assert.equal(res.statusCode, 303, `sign-in as ${email} redirects`)
  return session
}
