import type { Kysely } from 'kysely'

// API idempotency keys for raising a disagreement: a retry with the same key returns the
// disagreement the first request raised instead of raising a second one. Kept apart from the
// referrals' keys so that each points at its own table with a real foreign key.

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('disagreement_idempotency_key')
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('key', 'text', c => c.notNull())
    .addColumn('request_hash', 'text', c => c.notNull())
    .addColumn('disagreement_id', 'uuid', c => c.notNull().references('disagreement.id'))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addPrimaryKeyConstraint('disagreement_idempotency_key_pkey', ['user_id', 'key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('disagreement_idempotency_key').execute()
}
