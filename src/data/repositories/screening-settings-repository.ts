import type { Db } from '../database.js'

// Partnership settings held as data: rule lists published as immutable versions (the
// double-screening rules, so every decision names the version it was screened under, and the
// repeat-contact rules, so every flag names the version that raised it) and simple keyed settings.

/** The tables holding versions of a rule list; they share one shape. */
export type RulesetTable = 'screening_ruleset' | 'repeat_contact_ruleset'

export type RulesetRecord = { version: number; rules: unknown; publishedAt: Date; publishedBy: string | null }

// The tables share their columns, so one query serves both; the cast only names one of them.
const rulesets = (db: Db, table: RulesetTable) => db.selectFrom(table as 'screening_ruleset').selectAll()

const toRecord = (row: { version: number; rules: unknown; published_at: Date; published_by: string | null }) => ({
  version: row.version,
  rules: row.rules,
  publishedAt: row.published_at,
  publishedBy: row.published_by,
})

export async function findCurrentRuleset(
  db: Db,
  table: RulesetTable = 'screening_ruleset',
): Promise<RulesetRecord | undefined> {
  const row = await rulesets(db, table).orderBy('version', 'desc').executeTakeFirst()
  return row && toRecord(row)
}

export async function findRuleset(
  db: Db,
  version: number,
  table: RulesetTable = 'screening_ruleset',
): Promise<RulesetRecord | undefined> {
  const row = await rulesets(db, table).where('version', '=', version).executeTakeFirst()
  return row && toRecord(row)
}

/** Adds a version; false if that version number was taken by someone publishing at the same time. */
export async function insertRuleset(
  db: Db,
  r: { version: number; rules: unknown; publishedAt: Date; publishedBy: string | null },
  table: RulesetTable = 'screening_ruleset',
): Promise<boolean> {
  const result = await db
    .insertInto(table as 'screening_ruleset')
    .values({ version: r.version, rules: JSON.stringify(r.rules), published_at: r.publishedAt, published_by: r.publishedBy })
    .onConflict(oc => oc.column('version').doNothing())
    .returning('version')
    .executeTakeFirst()
  return result !== undefined
}

export async function findSetting(db: Db, key: string): Promise<unknown> {
  const row = await db.selectFrom('partnership_setting').select('value').where('key', '=', key).executeTakeFirst()
  return row?.value
}

export async function saveSetting(db: Db, s: { key: string; value: unknown; at: Date; by: string | null }) {
  await db
    .insertInto('partnership_setting')
    .values({ key: s.key, value: JSON.stringify(s.value), updated_at: s.at, updated_by: s.by })
    .onConflict(oc =>
      oc.column('key').doUpdateSet({ value: JSON.stringify(s.value), updated_at: s.at, updated_by: s.by }),
    )
    .execute()
}
