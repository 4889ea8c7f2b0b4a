import { sql, type Kysely } from 'kysely'

// Training and awareness (issue 5 §6): every attempt at a self-check, kept so the partnership can
// see awareness by agency over time, and when each user first saw a module's guidance page.
// Attempts are numbered in the order they are recorded, so "the latest" is never a tie.

const MODULES = ['escalation'] as const
const inList = (values: readonly string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('training_completion')
    .addColumn('seq', 'bigint', c => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('module', 'text', c => c.notNull().check(sql`module in (${inList(MODULES)})`))
    .addColumn('policy_version', 'integer', c => c.notNull().references('escalation_policy.version'))
    .addColumn('score', 'integer', c => c.notNull())
    .addColumn('question_count', 'integer', c => c.notNull().check(sql`question_count > 0`))
    .addColumn('answers', 'jsonb', c => c.notNull())
    .addColumn('completed_at', 'timestamptz', c => c.notNull())
    .addCheckConstraint('training_completion_score_in_range', sql`score between 0 and question_count`)
    .execute()
  await db.schema
    .createIndex('training_completion_user_idx')
    .on('training_completion')
    .columns(['user_id', 'module', 'completed_at'])
    .execute()
  await sql`create trigger training_completion_append_only before update or delete on training_completion
    for each row execute function refuse_change()`.execute(db)

  await db.schema
    .createTable('training_intro_seen')
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('module', 'text', c => c.notNull().check(sql`module in (${inList(MODULES)})`))
    .addColumn('seen_at', 'timestamptz', c => c.notNull())
    .addPrimaryKeyConstraint('training_intro_seen_pk', ['user_id', 'module'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('training_intro_seen').execute()
  await db.schema.dropTable('training_completion').execute()
}
