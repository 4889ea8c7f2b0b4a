// Figures for the person-matching benchmark: recall, precision and latency, overall and by
// kind of noise, as a plain-text table for the terminal and Markdown for bench/results.

export type Outcome = { trueId: string; noise: string[]; ids: string[]; ms: number }

export type MethodFigures = {
  queries: number
  answered: number
  recallAt5: number
  top1Precision: number
  top1OfAll: number
  p50: number
  p95: number
  p99: number
  mean: number
}

function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
}

export function figures(outcomes: readonly Outcome[]): MethodFigures {
  const answered = outcomes.filter(o => o.ids.length > 0)
  const latencies = outcomes.map(o => o.ms).sort((a, b) => a - b)
  const found = outcomes.filter(o => o.ids.slice(0, 5).includes(o.trueId)).length
  const first = answered.filter(o => o.ids[0] === o.trueId).length
  return {
    queries: outcomes.length,
    answered: answered.length,
    recallAt5: found / Math.max(1, outcomes.length),
    top1Precision: first / Math.max(1, answered.length),
    top1OfAll: first / Math.max(1, outcomes.length),
    p50: percentile(latencies, 0.5),
    p95: percentile(latencies, 0.95),
    p99: percentile(latencies, 0.99),
    mean: latencies.reduce((sum, ms) => sum + ms, 0) / Math.max(1, latencies.length),
  }
}

/** Each query counts under every kind of noise it has; queries with none count as 'none'. */
export function byNoise(outcomes: readonly Outcome[]): Map<string, Outcome[]> {
  const groups = new Map<string, Outcome[]>()
  for (const outcome of outcomes) {
    for (const label of outcome.noise.length > 0 ? outcome.noise : ['none']) {
      groups.set(label, [...(groups.get(label) ?? []), outcome])
    }
  }
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b)))
}

const pct = (x: number) => `${(x * 100).toFixed(2)}%`
const ms = (x: number) => x.toFixed(2)

export function markdownTable(header: string[], rows: string[][]): string {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map(row => `| ${row.join(' | ')} |`),
  ].join('\n')
}

export function summaryRows(methods: [string, MethodFigures][]): string[][] {
  return methods.map(([name, f]) => [
    name,
    `${f.answered} / ${f.queries}`,
    pct(f.recallAt5),
    pct(f.top1Precision),
    pct(f.top1OfAll),
    ms(f.p50),
    ms(f.p95),
    ms(f.p99),
    ms(f.mean),
  ])
}

export const SUMMARY_HEADER = [
  'method',
  'answered',
  'recall@5',
  'top-1 precision',
  'top-1 of all',
  'p50 ms',
  'p95 ms',
  'p99 ms',
  'mean ms',
]

/** Rows by kind of noise; the pg_trgm columns only when `plain` was measured. */
export function noiseRows(ours: readonly Outcome[], plain: readonly Outcome[]): string[][] {
  const theirs = byNoise(plain)
  return [...byNoise(ours)].map(([label, group]) => {
    const a = figures(group)
    const row = [label, String(group.length), pct(a.recallAt5), pct(a.top1Precision)]
    if (plain.length === 0) return row
    const b = figures(theirs.get(label) ?? [])
    return [...row, pct(b.recallAt5), pct(b.top1Precision)]
  })
}

export const NOISE_HEADER = ['noise', 'queries', 'ours recall@5', 'ours top-1', 'pg_trgm recall@5', 'pg_trgm top-1']
export const NOISE_HEADER_OURS_ONLY = NOISE_HEADER.slice(0, 4)
