import { z } from 'zod'
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.js'
import {
  findAgencyByName,
  findUserByEmail,
  insertAgency,
  insertUser,
} from '../data/repositories/identity-repository.js'
import { AGENCY_KINDS, ROLES, type AgencyKind, type Role } from '../domain/access/roles.js'
import { fail, ok, type Result } from '../domain/shared/result.js'
import { audit, type RequestContext } from './audit-service.js'
import type { Clock } from './clock.js'
import type { PasswordHasher } from './passwords.js'

export type UserDeps = { db: Kysely<Database>; clock: Clock; passwords: PasswordHasher }

export const MIN_PASSWORD_LENGTH = 12

const createUserSchema = z.object({
  email: z.email({ error: 'Enter an email address in the correct format, like name@example.org' }),
  displayName: z.string().trim().min(1, { error: 'Enter the person’s full name' }),
  agencyName: z.string().trim().min(1, { error: 'Enter the name of the person’s agency' }),
  roles: z
    .array(z.enum(ROLES, { error: `Roles must be from: ${ROLES.join(', ')}` }))
    .min(1, { error: 'Give the person at least one role' }),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, { error: `Password must be ${MIN_PASSWORD_LENGTH} characters or more` }),
})

export type CreateUserInput = {
  email: string
  displayName: string
  agencyName: string
  roles: string[]
  password: string
}
export type CreateUserError =
  | { kind: 'invalid'; problems: { field: string; message: string }[] }
  | { kind: 'unknown-agency'; agencyName: string }
  | { kind: 'email-taken'; email: string }

export async function createUser(
  deps: UserDeps,
  ctx: RequestContext,
  input: CreateUserInput,
): Promise<Result<{ userId: string }, CreateUserError>> {
  const parsed = createUserSchema.safeParse(input)
  if (!parsed.success) {
    return fail({
      kind: 'invalid',
      problems: parsed.error.issues.map(i => ({ field: String(i.path[0] ?? ''), message: i.message })),
    })
  }
  const value = parsed.data
  const agency = await findAgencyByName(deps.db, value.agencyName)
  if (!agency) return fail({ kind: 'unknown-agency', agencyName: value.agencyName })
  if (await findUserByEmail(deps.db, value.email)) return fail({ kind: 'email-taken', email: value.email })
  const passwordHash = await deps.passwords.hash(value.password)
  const roles = [...new Set(value.roles)] as Role[]
  try {
    const userId = await deps.db.transaction().execute(async trx => {
      const id = await insertUser(trx, {
        email: value.email,
        displayName: value.displayName,
        agencyId: agency.id,
        passwordHash,
        roles,
      })
      await audit(trx, deps.clock, ctx, {
        action: 'user.created',
        subjectType: 'user',
        subjectId: id,
        details: { roles, agencyId: agency.id },
      })
      return id
    })
    return ok({ userId })
  } catch (error) {
    // Two creations of one email at once: the unique index decides, and the loser is told plainly.
    if (isUniqueViolation(error)) return fail({ kind: 'email-taken', email: value.email })
    throw error
  }
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505'
}

const createAgencySchema = z.object({
  name: z
    .string()
    .trim()
    .min(1, { error: 'Enter the agency’s name' })
    .max(200, { error: 'Agency name must be 200 characters or fewer' }),
  kind: z.enum(AGENCY_KINDS, { error: `Kind must be one of: ${AGENCY_KINDS.join(', ')}` }),
})

export type CreateAgencyError =
  { kind: 'invalid'; problems: { field: string; message: string }[] } | { kind: 'name-taken'; name: string }

/** The first step of a real (non-demo) deployment: agencies exist before their users. */
export async function createAgency(
  deps: UserDeps,
  ctx: RequestContext,
  input: { name: string; kind: string },
): Promise<Result<{ agencyId: string }, CreateAgencyError>> {
  const parsed = createAgencySchema.safeParse(input)
  if (!parsed.success) {
    return fail({
      kind: 'invalid',
      problems: parsed.error.issues.map(i => ({ field: String(i.path[0] ?? ''), message: i.message })),
    })
  }
  const { name, kind } = parsed.data as { name: string; kind: AgencyKind }
  if (await findAgencyByName(deps.db, name)) return fail({ kind: 'name-taken', name })
  try {
    const agencyId = await deps.db.transaction().execute(async trx => {
      const agency = await insertAgency(trx, { name, kind })
      await audit(trx, deps.clock, ctx, {
        action: 'agency.created',
        subjectType: 'agency',
        subjectId: agency.id,
        details: { kind },
      })
      return agency.id
    })
    return ok({ agencyId })
  } catch (error) {
    if (isUniqueViolation(error)) return fail({ kind: 'name-taken', name })
    throw error
  }
}
