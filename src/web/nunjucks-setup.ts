import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import nunjucks from 'nunjucks'

const here = dirname(fileURLToPath(import.meta.url))
export const govukFrontendDist = join(
  dirname(createRequire(import.meta.url).resolve('govuk-frontend/package.json')),
  'dist',
)

const dateFormat = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', day: 'numeric', month: 'long', year: 'numeric' })
const dateTimeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
})

export function createNunjucks(options: { watch?: boolean; noCache?: boolean } = {}): nunjucks.Environment {
  const env = nunjucks.configure([join(here, 'views'), join(here, 'features'), govukFrontendDist], {
    autoescape: true,
    throwOnUndefined: false,
    noCache: options.noCache ?? false,
    watch: options.watch ?? false,
  })
  // Dates are always shown in London time, the way GOV.UK writes them: 26 November 2026.
  env.addFilter('govukDate', (d: Date | string | null | undefined) => (d ? dateFormat.format(new Date(d)) : ''))
  env.addFilter('govukDateTime', (d: Date | string | null | undefined) =>
    d ? dateTimeFormat.format(new Date(d)).replace(' am', 'am').replace(' pm', 'pm') : '',
  )
  return env
}
