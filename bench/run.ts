import { writeFileSync, mkdirSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { CompiledQuery, sql, type Kysely } from 'kysely'
import pg from 'pg'
import type { Database } from '../src/data/database.js'
import { openPostgres } from '../src/data/db.js'
import { migrateToLatest } from '../src/data/migrate.js'
import {
  findPersonCandidates,
  findPersonMatches,
  insertPeopleBulk,
  personCandidatesQuery,
} from '../src/data/repositories/person-repository.js'
import { rankCandidates, type PersonDetails } from '../src/domain/matching/index.js'
import {
  figures,
  markdownTable,
  NOISE_HEADER,
  NOISE_HEADER_OURS_ONLY,
  noiseRows,
  SUMMARY_HEADER,
  summaryRows,
  type MethodFigures,
  type Outcome,
} from './report.js'
import { generatePeople, generateQueries, type NoisyQuery, type SyntheticPerson } from './synthetic-people.js'

// npm run bench -- [--people 1000000] [--queries 2000] [--warmup 300] [--seed 42] [--keep] [--reuse] [--no-trgm]
// --keep leaves the database behind; --reuse then skips the load (only while the blocking
// keys are unchanged: they are stored in the rows); --no-trgm skips the slow comparison.
// Person matching against SYNTHETIC people on a PostgreSQL server: our blocking keys and
// Fellegi–Sunter scoring (findPersonMatches) against a plain pg_trgm name search. Never part
// of `npm test`. Writes bench/results/person-matching.md.

const DATABASE = 'threshold_bench'
const CHUNK = 10_000

function option(name: string, fallback: number): number {
  const at = process.argv.indexOf(`--${name}`)
  const value = at >= 0 ? Number(process.argv[at + 1]) : fallback
  if (!Number.isFinite(value) || value < 0) throw new Error(`--${name} needs a number`)
  return value
}

const settings = {
  people: option('people', 1_000_000),
  queries: option('queries', 2_000),
  warmup: option('warmup', 300),
  seed: option('seed', 42),
  keep: process.argv.includes('--keep') || process.argv.includes('--reuse'),
  reuse: process.argv.includes('--reuse'),
  trgm: !process.argv.includes('--no-trgm'),
}
const adminUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

const log = (line: string) => process.stdout.write(`${line}\n`)
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`

async function admin(statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  try {
    await client.query(statement)
  } finally {
    await client.end()
  }
}

async function load(db: Kysely<Database>, people: readonly SyntheticPerson[]): Promise<void> {
  let started = performance.now()
  const createdAt = new Date('2026-11-26T09:00:00Z')
  for (let start = 0; start < people.length; start += 100_000) {
    const batch = people.slice(start, start + 100_000).map(p => ({ ...p, createdAt, createdByUserId: null }))
    await insertPeopleBulk(db, batch, CHUNK)
    log(`  loaded ${(start + batch.length).toLocaleString('en-GB')} (${seconds(started)})`)
  }
  await sql`vacuum analyze person`.execute(db)
  log(`loaded and analysed in ${seconds(started)}`)
  started = performance.now()
  await sql`create extension if not exists pg_trgm`.execute(db)
  await sql`create index person_name_trgm_idx on person using gin ((given_name || ' ' || family_name) gin_trgm_ops)`.execute(
    db,
  )
  await sql`analyze person`.execute(db)
  log(`pg_trgm GIN index built in ${seconds(started)}`)
}

const at = (sorted: number[], q: number) => (sorted[Math.floor(sorted.length * q)] ?? NaN).toFixed(2)

const plainName = (q: PersonDetails) => [q.givenName, q.familyName].filter(Boolean).join(' ')

async function ours(db: Kysely<Database>, q: NoisyQuery): Promise<Outcome> {
  const started = performance.now()
  const matches = await findPersonMatches(db, q.query, 5)
  const ms = performance.now() - started
  return { trueId: q.trueId, noise: q.noise, ids: matches.map(m => m.candidate.id), ms }
}

async function trigram(db: Kysely<Database>, q: NoisyQuery): Promise<Outcome> {
  const name = plainName(q.query)
  const started = performance.now()
  const rows =
    name === ''
      ? []
      : (
          await sql<{ id: string }>`select id from person
              where (given_name || ' ' || family_name) % ${name}
              order by similarity(given_name || ' ' || family_name, ${name}) desc,
                (date_of_birth = ${q.query.dateOfBirth ?? null}::date) desc
              limit 5`.execute(db)
        ).rows
  const ms = performance.now() - started
  return { trueId: q.trueId, noise: q.noise, ids: rows.map(r => r.id), ms }
}

async function measure(db: Kysely<Database>, queries: NoisyQuery[], method: typeof ours): Promise<Outcome[]> {
  const outcomes: Outcome[] = []
  for (const q of queries) outcomes.push(await method(db, q))
  return outcomes
}

async function planSummary(db: Kysely<Database>, q: PersonDetails): Promise<string> {
  const statement = personCandidatesQuery(db, q)
  if (!statement) return '(no keys)'
  const { sql: text, parameters } = statement.compile()
  const explain = CompiledQuery.raw(`explain (analyze, buffers, costs off) ${text}`, [...parameters])
  const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>(explain)
  return rows.map(r => r['QUERY PLAN']).join('\n')
}

async function main(): Promise<void> {
  log(`person-matching benchmark: ${JSON.stringify(settings)}`)
  const client = new pg.Client({ connectionString: adminUrl })
  await client.connect()
  const exists = (await client.query('select 1 from pg_database where datname = $1', [DATABASE])).rowCount === 1
  await client.end()
  const reuse = settings.reuse && exists
  if (!reuse) {
    await admin(`drop database if exists ${DATABASE} with (force)`)
    await admin(`create database ${DATABASE}`)
  }
  const url = new URL(adminUrl)
  url.pathname = `/${DATABASE}`
  const handle = openPostgres(url.toString(), { max: 1 })
  const { db } = handle
  try {
    await migrateToLatest(db)
    let started = performance.now()
    const people = generatePeople(settings.people, settings.seed)
    log(`generated ${people.length.toLocaleString('en-GB')} synthetic people in ${seconds(started)}`)
    if (reuse) {
      const { rows } = await sql<{ n: number }>`select count(*)::int as n from person`.execute(db)
      if (rows[0]?.n !== people.length)
        throw new Error(`--reuse: ${DATABASE} holds ${rows[0]?.n} people, not ${people.length}`)
      log(`reusing ${DATABASE}`)
    } else {
      await load(db, people)
    }
    const { rows: sizes } = await sql<{ table: string; index: string; version: string }>`
      select pg_size_pretty(pg_table_size('person')) as table,
        pg_size_pretty(pg_indexes_size('person')) as index, version() as version`.execute(db)
    const queries = generateQueries(people, settings.queries, settings.seed + 1)
    const warmup = generateQueries(people, settings.warmup, settings.seed + 2)

    started = performance.now()
    await measure(db, warmup, ours)
    if (settings.trgm) await measure(db, warmup, trigram)
    log(`warmed up with ${warmup.length} queries of each kind in ${seconds(started)}`)

    started = performance.now()
    const mine = await measure(db, queries, ours)
    log(`ours: ${queries.length} queries in ${seconds(started)}`)
    started = performance.now()
    const plain = settings.trgm ? await measure(db, queries, trigram) : []
    log(`pg_trgm: ${queries.length} queries in ${seconds(started)}`)

    const candidates: number[] = []
    const sqlMs: number[] = []
    const scoringMs: number[] = []
    let blocked = 0
    for (const q of queries) {
      const before = performance.now()
      const found = await findPersonCandidates(db, q.query)
      const between = performance.now()
      rankCandidates(q.query, found, 5)
      scoringMs.push(performance.now() - between)
      sqlMs.push(between - before)
      candidates.push(found.length)
      if (found.some(p => p.id === q.trueId)) blocked++
    }
    sqlMs.sort((a, b) => a - b)
    scoringMs.sort((a, b) => a - b)
    candidates.sort((a, b) => a - b)
    const plan = await planSummary(db, queries.find(q => q.noise.length === 2)?.query ?? queries[0]!.query)

    const summary = markdownTable(
      SUMMARY_HEADER,
      summaryRows([
        ['ours (blocking keys + Fellegi–Sunter)', figures(mine)],
        ...(settings.trgm
          ? [['pg_trgm name similarity + DOB tie-break', figures(plain)] as [string, MethodFigures]]
          : []),
      ]),
    )
    const noise = markdownTable(settings.trgm ? NOISE_HEADER : NOISE_HEADER_OURS_ONLY, noiseRows(mine, plain))
    const blocking =
      `Blocking recall (true person among the candidates): ${((blocked / queries.length) * 100).toFixed(2)}%; ` +
      `candidates per query: median ${candidates[Math.floor(candidates.length / 2)]}, ` +
      `p99 ${candidates[Math.floor(candidates.length * 0.99)]}, max ${candidates.at(-1)}. ` +
      `In a second, separately timed pass: candidate SQL p50 ${at(sqlMs, 0.5)} ms, p95 ${at(sqlMs, 0.95)} ms; ` +
      `scoring p50 ${at(scoringMs, 0.5)} ms, p95 ${at(scoringMs, 0.95)} ms.`
    const misses = mine
      .map((o, i) => ({ o, q: queries[i]! }))
      .filter(({ o }) => o.ids[0] !== o.trueId)
      .slice(0, 15)
      .map(
        ({ o, q }) =>
          `- ${o.ids.includes(o.trueId) ? 'not first' : 'missed'} [${q.noise.join(', ')}] ${JSON.stringify(q.query)}`,
      )

    const machine = `${cpus().length} cores (${cpus()[0]?.model ?? 'unknown CPU'}), ${Math.round(totalmem() / 2 ** 30)} GiB`
    const report = [
      '# Person matching benchmark',
      '',
      `Date: ${new Date().toISOString().slice(0, 10)}. Machine: ${machine}, shared and noisy; PostgreSQL: ${sizes[0]?.version.split(' on ')[0]}.`,
      `People: ${settings.people.toLocaleString('en-GB')} (synthetic, seed ${settings.seed}). Queries: ${settings.queries.toLocaleString('en-GB')} noisy duplicates, after ${settings.warmup} warm-up queries per method.`,
      `Table ${sizes[0]?.table}, indexes ${sizes[0]?.index} (including the pg_trgm GIN index). Reproduce: \`npm run bench -- --people ${settings.people} --queries ${settings.queries}\`.`,
      '',
      'Latency is wall-clock per query in the benchmark process: SQL round trip plus, for ours, scoring.',
      'Top-1 precision counts queries with at least one result; "top-1 of all" counts every query.',
      '',
      summary,
      '',
      blocking,
      '',
      '## By kind of noise',
      '',
      'A query with two kinds of noise counts in both rows.',
      '',
      noise,
      '',
      '## Where ours did not put the true person first (up to 15)',
      '',
      ...(misses.length > 0 ? misses : ['- none']),
      '',
      '## Plan of one candidate search',
      '',
      '```',
      plan,
      '```',
      '',
    ].join('\n')
    log('')
    log(report)
    const output = resolve(dirname(fileURLToPath(import.meta.url)), 'results', 'person-matching.md')
    mkdirSync(dirname(output), { recursive: true })
    writeFileSync(output, report)
    log(`written to ${output}`)
  } finally {
    await handle.close()
    if (!settings.keep) await admin(`drop database if exists ${DATABASE} with (force)`)
  }
}

await main()
