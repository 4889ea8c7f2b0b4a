import { sql, type Kysely } from 'kysely'

// Migrations never import application code (DESIGN.md §4): the enum lists are repeated here
// on purpose and a database test checks they match the TypeScript unions.
const AGENCY_KINDS = [
  'health_visiting',
  'gp',
  'school',
  'police',
  'probation',
  'housing',
  'early_help',
  'voluntary',
  'childrens_social_care',
  'partnership',
]
const ROLES = [
  'referrer',
  'agency_safeguarding_lead',
  'front_door_practitioner',
  'front_door_manager',
  'senior_manager',
  'moderation_panel_member',
  'partnership_manager',
  'administrator',
  'auditor',
]

const inList = (values: string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('agency')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('name', 'text', c => c.notNull().unique())
    .addColumn('kind', 'text', c => c.notNull().check(sql`kind in (${inList(AGENCY_KINDS)})`))
    .addColumn('created_at', 'timestamptz', c => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('app_user')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('email', 'text', c => c.notNull())
    .addColumn('display_name', 'text', c => c.notNull())
    .addColumn('agency_id', 'uuid', c => c.notNull().references('agency.id'))
    .addColumn('password_hash', 'text')
    .addColumn('active', 'boolean', c => c.notNull().defaultTo(true))
    .addColumn('created_at', 'timestamptz', c => c.notNull().defaultTo(sql`now()`))
    .addColumn('version', 'integer', c => c.notNull().defaultTo(1))
    .execute()
  await sql`create unique index app_user_email_key on app_user (lower(email))`.execute(db)

  await db.schema
    .createTable('user_role')
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('role', 'text', c => c.notNull().check(sql`role in (${inList(ROLES)})`))
    .addPrimaryKeyConstraint('user_role_pkey', ['user_id', 'role'])
    .execute()

  // Only a hash of the session id is stored, so a leaked table cannot be replayed as cookies.
  await db.schema
    .createTable('web_session')
    .addColumn('id_hash', 'text', c => c.primaryKey())
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('expires_at', 'timestamptz', c => c.notNull())
    .addColumn('last_seen_at', 'timestamptz', c => c.notNull())
    .execute()
  await db.schema.createIndex('web_session_user_idx').on('web_session').column('user_id').execute()

  await db.schema
    .createTable('api_token')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('user_id', 'uuid', c => c.notNull().references('app_user.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', c => c.notNull().unique())
    .addColumn('label', 'text', c => c.notNull())
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .addColumn('last_used_at', 'timestamptz')
    .addColumn('revoked_at', 'timestamptz')
    .execute()

  await db.schema
    .createTable('audit_event')
    .addColumn('seq', 'bigint', c => c.primaryKey().generatedAlwaysAsIdentity())
    .addColumn('occurred_at', 'timestamptz', c => c.notNull())
    .addColumn('actor_user_id', 'uuid')
    .addColumn('action', 'text', c => c.notNull())
    .addColumn('subject_type', 'text')
    .addColumn('subject_id', 'text')
    .addColumn('correlation_id', 'text')
    .addColumn('details', 'jsonb', c => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('prev_hash', 'text', c => c.notNull())
    .addColumn('hash', 'text', c => c.notNull().unique())
    .execute()
  await db.schema
    .createIndex('audit_event_subject_idx')
    .on('audit_event')
    .columns(['subject_type', 'subject_id'])
    .execute()

  // Append-only: the database refuses changes, whatever the application does.
  // One function for every append-only table: it names the table it guards.
  await sql`
    create function refuse_change() returns trigger language plpgsql as $$
    begin
      raise exception '% is append-only', tg_table_name;
    end $$`.execute(db)
  await sql`
    create trigger audit_event_no_change before update or delete on audit_event
    for each row execute function refuse_change()`.execute(db)
  await sql`
    create trigger audit_event_no_truncate before truncate on audit_event
    for each statement execute function refuse_change()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('audit_event').execute()
  await sql`drop function if exists refuse_change()`.execute(db)
  await db.schema.dropTable('api_token').execute()
  await db.schema.dropTable('web_session').execute()
  await db.schema.dropTable('user_role').execute()
  await db.schema.dropTable('app_user').execute()
  await db.schema.dropTable('agency').execute()
}
