import type { Kysely } from 'kysely'
import type { Database } from '../data/database.js'
import type { Clock } from './clock.js'
import type { PasswordHasher } from './passwords.js'

/** What every use-case needs; built once in the composition root. */
export type ServiceDeps = Readonly<{
  db: Kysely<Database>
  clock: Clock
  passwords: PasswordHasher
  sessionTtlHours: number
  /** How referrers reach the front door, for feedback and links in notifications. */
  contactPoints?: ContactPoints
}>

export type ContactPoints = Readonly<{ publicUrl: string; frontDoorPhone: string }>

export const DEFAULT_CONTACT_POINTS: ContactPoints = { publicUrl: '', frontDoorPhone: '01632 960 100' }
