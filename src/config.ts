import { z } from 'zod'

// The only reader of process.env (DESIGN.md §3). parseConfig is pure so it can be tested
// and so every problem is reported at once rather than one per restart.

export type Config = Readonly<{
  port: number
  host: string
  databaseUrl: string | undefined
  dataDir: string
  demoMode: boolean
  sessionSecret: string
  sessionTtlHours: number
  cookieSecure: 'auto' | boolean
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent'
  partnershipName: string
  outOfHoursNumber: string
  frontDoorPhone: string
  signInRateLimit: { max: number; windowMinutes: number }
  smtpUrl: string | undefined
  mailFrom: string
  publicUrl: string
  isProduction: boolean
}>

const DEV_SESSION_SECRET = 'threshold-demo-session-secret-not-for-production-use'

const bool = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'must be true or false' })
  .transform(v => v === 'true' || v === '1' || v === 'yes')

const int = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .min(min, { error: `must be at least ${min}` })
        .max(max, { error: `must be at most ${max}` }),
    )

const schema = z.object({
  PORT: int(0, 65535).optional(),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, { error: 'must start with postgres:// or postgresql://' })
    .optional(),
  THRESHOLD_DATA_DIR: z.string().min(1).optional(),
  THRESHOLD_DEMO: bool.optional(),
  SESSION_SECRET: z.string().min(32, { error: 'must be at least 32 characters' }).optional(),
  SESSION_TTL_HOURS: int(1, 24 * 14).optional(),
  COOKIE_SECURE: z.enum(['auto', 'true', 'false'], { error: 'must be auto, true or false' }).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).optional(),
  PARTNERSHIP_NAME: z.string().min(1).optional(),
  OUT_OF_HOURS_NUMBER: z.string().min(1).optional(),
  FRONT_DOOR_PHONE: z.string().min(1).optional(),
  SIGN_IN_RATE_LIMIT_MAX: int(1, 10000).optional(),
  SIGN_IN_RATE_LIMIT_WINDOW_MINUTES: int(1, 24 * 60).optional(),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, { error: 'must start with smtp:// or smtps://' })
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  PUBLIC_URL: z.url({ error: 'must be a full URL such as https://threshold.example.org' }).optional(),
  NODE_ENV: z.enum(['development', 'production', 'test']).optional(),
})

export class ConfigError extends Error {
  override name = 'ConfigError'
  constructor(readonly problems: string[]) {
    super(`Threshold cannot start. Fix these settings:\n${problems.map(p => `  - ${p}`).join('\n')}`)
  }
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  // Empty strings count as unset, as shells and .env files often leave them.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''))
  const parsed = schema.safeParse(cleaned)
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map(i => `${i.path.join('.')} ${i.message}`))
  }
  const e = parsed.data
  const isProduction = e.NODE_ENV === 'production'
  const demoMode = e.THRESHOLD_DEMO ?? e.DATABASE_URL === undefined
  const problems: string[] = []
  if (!e.SESSION_SECRET && (isProduction || !demoMode)) {
    problems.push('SESSION_SECRET must be set (at least 32 characters) outside demo mode')
  }
  if (isProduction && demoMode) {
    problems.push('THRESHOLD_DEMO must be false when NODE_ENV is production')
  }
  if (problems.length > 0) throw new ConfigError(problems)
  const port = e.PORT ?? 3000
  return Object.freeze({
    port,
    host: e.HOST ?? '0.0.0.0',
    databaseUrl: e.DATABASE_URL,
    dataDir: e.THRESHOLD_DATA_DIR ?? './data',
    demoMode,
    sessionSecret: e.SESSION_SECRET ?? DEV_SESSION_SECRET,
    sessionTtlHours: e.SESSION_TTL_HOURS ?? 8,
    cookieSecure: e.COOKIE_SECURE === undefined || e.COOKIE_SECURE === 'auto' ? 'auto' : e.COOKIE_SECURE === 'true',
    logLevel: e.LOG_LEVEL ?? (e.NODE_ENV === 'test' ? 'silent' : 'info'),
    partnershipName: e.PARTNERSHIP_NAME ?? 'Northbridge Safeguarding Children Partnership',
    outOfHoursNumber: e.OUT_OF_HOURS_NUMBER ?? '01632 960 000',
    frontDoorPhone: e.FRONT_DOOR_PHONE ?? '01632 960 100',
    signInRateLimit: { max: e.SIGN_IN_RATE_LIMIT_MAX ?? 10, windowMinutes: e.SIGN_IN_RATE_LIMIT_WINDOW_MINUTES ?? 15 },
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM ?? 'threshold@northbridge.example',
    publicUrl: e.PUBLIC_URL ?? `http://localhost:${port}`,
    isProduction,
  })
}

export function readEnv(): Record<string, string | undefined> {
  return { ...process.env }
}
