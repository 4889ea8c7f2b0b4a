import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import fastifyStatic from '@fastify/static'
import type { FastifyInstance } from 'fastify'
import { govukFrontendDist } from '../nunjucks-setup.js'

const publicDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public')
const govuk = join(govukFrontendDist, 'govuk')

export async function registerStaticAssets(app: FastifyInstance): Promise<void> {
  const cacheControl = { maxAge: '1h' }
  await app.register(fastifyStatic, {
    root: join(govuk, 'assets'),
    prefix: '/assets/',
    ...cacheControl,
  })
  await app.register(fastifyStatic, {
    root: govuk,
    prefix: '/stylesheets/',
    decorateReply: false,
    allowedPath: p => /^\/govuk-frontend\.min\.css(\.map)?$/.test(p),
    ...cacheControl,
  })
  await app.register(fastifyStatic, {
    root: govuk,
    prefix: '/javascripts/',
    decorateReply: false,
    allowedPath: p => /^\/govuk-frontend\.min\.js(\.map)?$/.test(p),
    ...cacheControl,
  })
  await app.register(fastifyStatic, { root: publicDir, prefix: '/public/', decorateReply: false, ...cacheControl })
}
