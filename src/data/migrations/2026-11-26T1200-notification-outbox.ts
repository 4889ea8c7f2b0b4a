import { sql, type Kysely } from 'kysely'

// The notification outbox (DESIGN.md §3 jobs): rows are written in the same transaction as the
// change they announce, and the notification worker delivers them afterwards.
//
// `status` has a check constraint matching NOTIFICATION_STATUSES (repeated here on purpose:
// migrations never import application code). `kind` deliberately has none: later journeys
// (feedback, escalation reminders) add kinds, and the NotificationKind union in
// src/data/tables/notification.table.ts is the one list to extend, with no migration.
const STATUSES = ['pending', 'sending', 'sent', 'failed', 'logged']

const inList = (values: string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('notification')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('recipient_user_id', 'uuid', c => c.references('app_user.id').onDelete('set null'))
    .addColumn('to_address', 'text', c => c.notNull())
    .addColumn('subject', 'text', c => c.notNull())
    .addColumn('body_text', 'text', c => c.notNull())
    .addColumn('related_type', 'text')
    .addColumn('related_id', 'text')
    .addColumn('status', 'text', c =>
      c
        .notNull()
        .defaultTo('pending')
        .check(sql`status in (${inList(STATUSES)})`),
    )
    .addColumn('attempts', 'integer', c => c.notNull().defaultTo(0))
    .addColumn('available_at', 'timestamptz', c => c.notNull())
    .addColumn('claimed_at', 'timestamptz')
    .addColumn('sent_at', 'timestamptz')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'timestamptz', c => c.notNull())
    .execute()
  // The worker's claim query: due pending rows, oldest first.
  await db.schema
    .createIndex('notification_status_available_idx')
    .on('notification')
    .columns(['status', 'available_at'])
    .execute()
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('notification').execute()
}
