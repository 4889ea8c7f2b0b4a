import { sql, type Kysely } from 'kysely'

// The referral form (drafts and submissions), the front door's contact made from each
// submission, the deadline rows that drive clocks, and API idempotency keys.

const inList = (values: string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

export async function up(db: Kysely<any>): Promise<void> {
  await sql`create sequence referral_reference_seq`.execute(db)

  await db.schema
    .createTable('referral')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('reference', 'text', c => c.unique())
    .addColumn('status', 'text', c => c.notNull().check(sql`status in (${inList(['draft', 'submitted', 'discarded'])})`))
    .addColumn('channel', 'text', c => c.notNull().check(sql`channel in (${inList(['web', 'phone', 'api'])})`))
    .addColumn('referring_agency_id', 'uuid', c => c.notNull().references('agency.id'))
    .addColumn('referred_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('recorded_by_user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('content', 'jsonb', c => c.notNull())
    .addColumn('threshold_document_version', 'integer')
    .addColumn('quality_score', 'integer', c => c.check(sql`quality_score between 0 and 100`))
    .addColumn('quality_prompts', 'jsonb')
    .addColumn('source_code', 'text')
    .addColumn('immediate_danger', 'boolean')
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('updated_at', 'timestamptz', c => c.notNull())
    .addColumn('submitted_at', 'timestamptz')
    .addColumn('version', 'integer', c => c.notNull().defaultTo(1))
    .execute()
  await db.schema.createIndex('referral_agency_idx').on('referral').columns(['referring_agency_id', 'status']).execute()
  await db.schema.createIndex('referral_recorder_idx').on('referral').columns(['recorded_by_user_id', 'status']).execute()

  await db.schema
    .createTable('referral_event')
    .addColumn('seq', 'bigint', c => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('referral_id', 'uuid', c => c.notNull().references('referral.id'))
    .addColumn('type', 'text', c => c.notNull())
    .addColumn('occurred_at', 'timestamptz', c => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('data', 'jsonb', c => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .execute()
  await db.schema.createIndex('referral_event_referral_idx').on('referral_event').column('referral_id').execute()
  await sql`create trigger referral_event_append_only before update or delete on referral_event
    for each row execute function refuse_change()`.execute(db)

  // The people named in a submitted referral, one row each, for matching and chronology.
  await db.schema
    .createTable('referral_person')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('referral_id', 'uuid', c => c.notNull().references('referral.id'))
    .addColumn('role', 'text', c => c.notNull().check(sql`role in ('child', 'adult')`))
    .addColumn('content_id', 'text', c => c.notNull())
    .addColumn('given_name', 'text')
    .addColumn('family_name', 'text')
    .addColumn('date_of_birth', 'date')
    .addColumn('expected_date', 'date')
    .addColumn('sex', 'text')
    .addColumn('nhs_number', 'text')
    .addColumn('postcode', 'text')
    .execute()
  await db.schema.createIndex('referral_person_referral_idx').on('referral_person').column('referral_id').execute()

  await db.schema
    .createTable('contact')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('referral_id', 'uuid', c => c.notNull().unique().references('referral.id'))
    .addColumn('status', 'text', c => c.notNull().check(sql`status in ('awaiting-screening')`))
    .addColumn('received_at', 'timestamptz', c => c.notNull())
    .addColumn('decision_due_at', 'timestamptz', c => c.notNull())
    .addColumn('source_code', 'text', c => c.notNull())
    .addColumn('immediate_danger', 'boolean', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull().defaultTo(1))
    .execute()
  await db.schema.createIndex('contact_status_due_idx').on('contact').columns(['status', 'decision_due_at']).execute()

  // Clocks as rows, so they survive restarts and fire once (DESIGN.md §5).
  await db.schema
    .createTable('deadline')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('subject_type', 'text', c => c.notNull())
    .addColumn('subject_id', 'uuid', c => c.notNull())
    .addColumn('due_at', 'timestamptz', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull().check(sql`status in ('pending', 'fired', 'cancelled')`))
    .addColumn('fired_at', 'timestamptz')
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .execute()
  await db.schema.createIndex('deadline_due_idx').on('deadline').columns(['status', 'due_at']).execute()
  await db.schema.createIndex('deadline_subject_idx').on('deadline').columns(['subject_type', 'subject_id']).execute()

  await db.schema
    .createTable('idempotency_key')
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id'))
    .addColumn('key', 'text', c => c.notNull())
    .addColumn('request_hash', 'text', c => c.notNull())
    .addColumn('referral_id', 'uuid', c => c.notNull().references('referral.id'))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addPrimaryKeyConstraint('idempotency_key_pkey', ['user_id', 'key'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of ['idempotency_key', 'deadline', 'contact', 'referral_person', 'referral_event', 'referral']) {
    await db.schema.dropTable(table).execute()
  }
  await sql`drop sequence referral_reference_seq`.execute(db)
}
