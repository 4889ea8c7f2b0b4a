import type { Kysely } from 'kysely'
import type { Actor } from '../../src/domain/access/actor.js'
import type { Database } from '../../src/data/database.js'
import { findUserByEmail, toActor } from '../../src/data/repositories/identity-repository.js'

/** The actor for a demo user, for tests that call services directly. */
export async function actorFor(db: Kysely<Database>, email: string): Promise<Actor> {
  const user = await findUserByEmail(db, email)
  if (!user) throw new Error(`No demo user ${email}`)
  return toActor(user)
}
