import { sql } from 'kysely'
import type { AgencyKind } from '../../domain/access/roles.js'
import type { TrainingModule } from '../../domain/training/audience.js'
import type { Db } from '../database.js'

// Training and awareness: every self-check attempt, and when each user first saw a module's
// guidance. Answers come back as stored; the service reads them against the questions.

export type TrainingCompletionRecord = {
  id: string
  userId: string
  module: TrainingModule
  policyVersion: number
  score: number
  questionCount: number
  answers: unknown
  completedAt: Date
}

export type NewTrainingCompletion = Omit<TrainingCompletionRecord, 'id' | 'answers'> & {
  answers: Readonly<Record<string, string>>
}

export async function insertTrainingCompletion(db: Db, c: NewTrainingCompletion): Promise<string> {
  const { seq } = await db
    .insertInto('training_completion')
    .values({
      user_id: c.userId,
      module: c.module,
      policy_version: c.policyVersion,
      score: c.score,
      question_count: c.questionCount,
      answers: JSON.stringify(c.answers),
      completed_at: c.completedAt,
    })
    .returning('seq')
    .executeTakeFirstOrThrow()
  return seq
}

/** The user's most recent attempt at a module, if any. */
export async function findLatestTrainingCompletion(
  db: Db,
  userId: string,
  module: TrainingModule,
): Promise<TrainingCompletionRecord | undefined> {
  const row = await db
    .selectFrom('training_completion')
    .selectAll()
    .where('user_id', '=', userId)
    .where('module', '=', module)
    .orderBy('seq', 'desc')
    .executeTakeFirst()
  return (
    row && {
      id: row.seq,
      userId: row.user_id,
      module: row.module,
      policyVersion: row.policy_version,
      score: row.score,
      questionCount: row.question_count,
      answers: row.answers,
      completedAt: row.completed_at,
    }
  )
}

export async function countTrainingCompletions(db: Db, userId: string, module: TrainingModule): Promise<number> {
  const { n } = await db
    .selectFrom('training_completion')
    .select(eb => eb.fn.countAll<string>().as('n'))
    .where('user_id', '=', userId)
    .where('module', '=', module)
    .executeTakeFirstOrThrow()
  return Number(n)
}

/** Records the first time a user saw a module's guidance; later views keep the first time. */
export async function markIntroSeen(db: Db, userId: string, module: TrainingModule, seenAt: Date): Promise<void> {
  await db
    .insertInto('training_intro_seen')
    .values({ user_id: userId, module, seen_at: seenAt })
    .onConflict(oc => oc.columns(['user_id', 'module']).doNothing())
    .execute()
}

export async function findIntroSeenAt(db: Db, userId: string, module: TrainingModule): Promise<Date | undefined> {
  const row = await db
    .selectFrom('training_intro_seen')
    .select('seen_at')
    .where('user_id', '=', userId)
    .where('module', '=', module)
    .executeTakeFirst()
  return row?.seen_at
}

export type AgencyTrainingCounts = {
  agencyId: string
  agencyName: string
  agencyKind: AgencyKind
  /** Active users in the agency. */
  users: number
  /** Of those, how many have seen the guidance, and how many have completed the check at least once. */
  introSeen: number
  completed: number
  /** Every attempt by the agency's active users. */
  attempts: number
}

/** Awareness by agency for one module, every agency listed (none left out for having no users), by name. */
export async function countTrainingByAgency(db: Db, module: TrainingModule): Promise<AgencyTrainingCounts[]> {
  const attemptsByUser = db
    .selectFrom('training_completion')
    .select(['user_id', eb => eb.fn.countAll<string>().as('attempts')])
    .where('module', '=', module)
    .groupBy('user_id')
    .as('t')
  const rows = await db
    .selectFrom('agency as a')
    .leftJoin('app_user as u', join => join.onRef('u.agency_id', '=', 'a.id').on('u.active', '=', true))
    .leftJoin('training_intro_seen as s', join => join.onRef('s.user_id', '=', 'u.id').on('s.module', '=', module))
    .leftJoin(attemptsByUser, 't.user_id', 'u.id')
    .select(eb => [
      'a.id',
      'a.name',
      'a.kind',
      eb.fn.count<string>('u.id').as('users'),
      eb.fn.count<string>('s.user_id').as('intro_seen'),
      eb.fn.count<string>('t.user_id').as('completed'),
      eb.fn.coalesce(eb.fn.sum<string>('t.attempts'), sql<string>`0`).as('attempts'),
    ])
    .groupBy(['a.id', 'a.name', 'a.kind'])
    .orderBy('a.name')
    .execute()
  return rows.map(r => ({
    agencyId: r.id,
    agencyName: r.name,
    agencyKind: r.kind,
    users: Number(r.users),
    introSeen: Number(r.intro_seen),
    completed: Number(r.completed),
    attempts: Number(r.attempts),
  }))
}
