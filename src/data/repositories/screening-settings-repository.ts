import type { Db } from '../database.js'

// Partnership settings held as data: the double-screening rules (immutable versions, so every
// decision names the version it was screened under) and simple keyed settings.

export type RulesetRecord = { version: number; rules: unknown; publishedAt: Date; publishedBy: string | null }

export async function findCurrentRuleset(db: Db): Promise<RulesetRecord | undefined> {
  const row = await db.selectFrom('screening_ruleset').selectAll().orderBy('version', 'desc').executeTakeFirst()
  return row && { version: row.version, rules: row.rules, publishedAt: row.published_at, publishedBy: row.published_by }
}

export async function findRuleset(db: Db, version: number): Promise<RulesetRecord | undefined> {
  const row = await db.selectFrom('screening_ruleset').selectAll().where('version', '=', version).executeTakeFirst()
  return row && { version: row.version, rules: row.rules, publishedAt: row.published_at, publishedBy: row.published_by }
}

/** Adds a version; false if that version number was taken by someone publishing at the same time. */
export async function insertRuleset(
  db: Db,
  r: { version: number; rules: unknown; publishedAt: Date; publishedBy: string | null },
): Promise<boolean> {
  const result = await db
    .insertInto('screening_ruleset')
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
