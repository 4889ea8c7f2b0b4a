import { sql, type Kysely } from 'kysely'

// The partnership's escalation policy for professional disagreements, as immutable versions
// like the threshold document and the screening rules: each disagreement keeps the version it
// started under, so a later edit never changes the stages or clocks it runs by.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('escalation_policy')
    .addColumn('version', 'integer', c => c.primaryKey())
    .addColumn('policy', 'jsonb', c => c.notNull())
    .addColumn('published_at', 'timestamptz', c => c.notNull())
    .addColumn('published_by', 'uuid', c => c.references('app_user.id'))
    .execute()
  await sql`create trigger escalation_policy_append_only before update or delete on escalation_policy
    for each row execute function refuse_change()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('escalation_policy').execute()
}
