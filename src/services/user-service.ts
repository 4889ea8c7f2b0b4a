import { z } from 'zod'
import type { Kysely } from 'kysely'
import type { Database } from '../data/database.js'
import { findAgencyByName, findUserByEmail, insertUser } from '../data/repositories/identity-repository.js'
import { ROLES, type Role } from '../domain/access/roles.js'
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

export type CreateUserInput = { email: string; displayName: string; agencyName: string; roles: string[]; password: string }
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
  const userId = await deps.db.transaction().execute(async trx => {
    const id = await insertUser(trx, {
      email: value.email,
      displayName: value.displayName,
      agencyId: agency.id,
      passwordHash,
      roles: [...new Set(value.roles)] as Role[],
    })
    await audit(trx, deps.clock, ctx, {
      action: 'user.created',
      subjectType: 'user',
      subjectId: id,
      details: { roles: value.roles, agencyId: agency.id },
    })
    return id
  })
  return ok({ userId })
}
