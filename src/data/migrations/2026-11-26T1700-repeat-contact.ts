import { sql, type Kysely } from 'kysely'

// Repeat-contact detection (issue 5 §4): the partnership's rules as immutable versions, like the
// double-screening rules, and the flags they raise on contacts. A flag keeps the rule, the rules
// version, the contacts that triggered it and the pattern as it read then. Flags are never
// deleted: clearing one records who, when and why, and a manager's review records the decision
// it was reviewed with. A trigger keeps the evidence, the clearance and the review unchanged once written.

const inList = (values: readonly string[]) => sql.raw(values.map(v => `'${v}'`).join(', '))

const RAISED_DURING = ['arrival', 'checks', 'proposal', 'second-screen', 'related-decision'] as const
const REVIEW_OUTCOMES = ['decision-agreed', 'decision-changed'] as const

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('repeat_contact_ruleset')
    .addColumn('version', 'integer', c => c.primaryKey())
    .addColumn('rules', 'jsonb', c => c.notNull())
    .addColumn('published_at', 'timestamptz', c => c.notNull())
    .addColumn('published_by', 'uuid', c => c.references('app_user.id'))
    .execute()
  await sql`create trigger repeat_contact_ruleset_append_only before update or delete on repeat_contact_ruleset
    for each row execute function refuse_change()`.execute(db)

  await db.schema
    .createTable('repeat_contact_flag')
    .addColumn('id', 'uuid', c => c.primaryKey().defaultTo(sql`gen_random_uuid()`))
    .addColumn('contact_id', 'uuid', c => c.notNull().references('contact.id'))
    .addColumn('rule_id', 'text', c => c.notNull())
    .addColumn('rule_name', 'text', c => c.notNull())
    .addColumn('rules_version', 'integer', c => c.notNull().references('repeat_contact_ruleset.version'))
    // The earlier contacts the rule saw, oldest first: a JSON list of contact ids.
    .addColumn('triggering_contact_ids', 'jsonb', c => c.notNull())
    .addColumn('explanation', 'text', c => c.notNull())
    // The one-line pattern when the flag was raised: "3rd contact in 4 months; …".
    .addColumn('pattern', 'text', c => c.notNull())
    .addColumn('raised_at', 'timestamptz', c => c.notNull())
    .addColumn('raised_during', 'text', c => c.notNull().check(sql`raised_during in (${inList(RAISED_DURING)})`))
    .addColumn('reviewed_at', 'timestamptz')
    .addColumn('reviewed_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('review_decision_id', 'uuid', c => c.references('decision.id'))
    .addColumn('review_outcome', 'text', c => c.check(sql`review_outcome in (${inList(REVIEW_OUTCOMES)})`))
    .addColumn('cleared_at', 'timestamptz')
    .addColumn('cleared_by_user_id', 'uuid', c => c.references('app_user.id'))
    .addColumn('cleared_reason', 'text')
    // One flag per rule per contact: evaluating the contact again never raises the same rule twice.
    .addUniqueConstraint('repeat_contact_flag_contact_rule_key', ['contact_id', 'rule_id'])
    .addCheckConstraint(
      'repeat_contact_flag_review_complete',
      sql`(reviewed_at is null) = (reviewed_by_user_id is null)
        and (reviewed_at is null) = (review_decision_id is null)
        and (reviewed_at is null) = (review_outcome is null)`,
    )
    .addCheckConstraint(
      'repeat_contact_flag_clearance_complete',
      sql`(cleared_at is null) = (cleared_by_user_id is null)
        and (cleared_at is null) = (cleared_reason is null)
        and (cleared_reason is null or length(btrim(cleared_reason)) > 0)`,
    )
    .execute()

  await sql`
    create function repeat_contact_flag_guard() returns trigger language plpgsql as $$
    begin
      if tg_op = 'DELETE' then
        raise exception 'repeat_contact_flag rows are never deleted: clear the flag with a reason instead';
      end if;
      if new.contact_id <> old.contact_id or new.rule_id <> old.rule_id or new.rule_name <> old.rule_name
        or new.rules_version <> old.rules_version or new.triggering_contact_ids <> old.triggering_contact_ids
        or new.explanation <> old.explanation or new.pattern <> old.pattern or new.raised_at <> old.raised_at
        or new.raised_during <> old.raised_during then
        raise exception 'a repeat-contact flag keeps the evidence it was raised with';
      end if;
      if old.cleared_at is not null and (new.cleared_at is distinct from old.cleared_at
        or new.cleared_by_user_id is distinct from old.cleared_by_user_id
        or new.cleared_reason is distinct from old.cleared_reason) then
        raise exception 'a repeat-contact flag is cleared once';
      end if;
      if old.reviewed_at is not null and (new.reviewed_at is distinct from old.reviewed_at
        or new.reviewed_by_user_id is distinct from old.reviewed_by_user_id
        or new.review_decision_id is distinct from old.review_decision_id
        or new.review_outcome is distinct from old.review_outcome) then
        raise exception 'a repeat-contact flag is reviewed once';
      end if;
      return new;
    end $$`.execute(db)
  await sql`create trigger repeat_contact_flag_kept before update or delete on repeat_contact_flag
    for each row execute function repeat_contact_flag_guard()`.execute(db)
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('repeat_contact_flag').execute()
  await sql`drop function if exists repeat_contact_flag_guard()`.execute(db)
  await db.schema.dropTable('repeat_contact_ruleset').execute()
}
