import type { ColumnType } from 'kysely'
import type { TrainingModule } from '../../domain/training/audience.js'

/** Every attempt at a self-check; append-only (a trigger refuses update and delete). */
export interface TrainingCompletionTable {
  seq: ColumnType<string, never, never>
  user_id: string
  module: TrainingModule
  policy_version: number
  score: number
  question_count: number
  /** The option chosen for each question, by question id: comes back parsed, goes in as a JSON string. */
  answers: ColumnType<unknown, string, never>
  completed_at: Date
}

/** When a user first saw a module's guidance page. */
export interface TrainingIntroSeenTable {
  user_id: string
  module: TrainingModule
  seen_at: Date
}
