import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nunjucks from 'nunjucks'
import { formatDate, formatDateTime } from './formatting.js'

const here = dirname(fileURLToPath(import.meta.url))
export const govukFrontendDist = join(
  dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist',
)

export function createNunjucks(options: { watch?: boolean; noCache?: boolean } = {}): nunjucks.Environment {
  const env = nunjucks.configure([join(here, 'views'), join(here, 'features'), govukFrontendDist], {
    autoescape: true,
    throwOnUndefined: false,
    noCache: options.noCache ?? false,
    watch: options.watch ?? false,
  })
  // Dates are always shown in London time, the way GOV.UK writes them: 26 November 2026.
  env.addFilter('govukDate', (d: Date | string | null | undefined) => (d ? formatDate(new Date(d)) : ''))
  env.addFilter('govukDateTime', (d: Date | string | null | undefined) => (d ? formatDateTime(new Date(d)) : ''))
  return env
}
