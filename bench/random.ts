// A seeded pseudo-random generator (mulberry32, Tommy Ettinger's public-domain 32-bit
// generator), so every benchmark run with the same seed builds the same people and queries.

export type Random = {
  /** Uniform in [0, 1). */
  next: () => number
  int: (min: number, maxInclusive: number) => number
  chance: (probability: number) => boolean
  pick: <T>(items: readonly T[]) => T
  /** A pick where items[i] is chosen with probability proportional to weights[i]. */
  weighted: <T>(items: readonly T[], cumulative: readonly number[]) => T
}

export function mulberry32(seed: number): Random {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  const int = (min: number, maxInclusive: number) => min + Math.floor(next() * (maxInclusive - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(next() * items.length)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  const weighted = <T>(items: readonly T[], cumulative: readonly number[]): T => {
    const total = cumulative[cumulative.length - 1] ?? 0
    const target = next() * total
    let low = 0
    let high = cumulative.length - 1
    while (low < high) {
      const middle = (low + high) >> 1
      if ((cumulative[middle] ?? 0) > target) high = middle
      else low = middle + 1
    }
    const item = items[low]
    if (item === undefined) throw new Error('weighted pick from an empty list')
    return item
  }
  return { next, int, chance: p => next() < p, pick, weighted }
}

/**
 * Cumulative Zipf-like weights, 1 / (rank + 1)^exponent: names are far from equally common,
 * and a benchmark with equally common names would make blocks unrealistically even.
 */
export function zipfCumulative(count: number, exponent: number): number[] {
  const cumulative: number[] = []
  let total = 0
  for (let rank = 0; rank < count; rank++) {
    total += 1 / Math.pow(rank + 1, exponent)
    cumulative.push(total)
  }
  return cumulative
}

/** A version 4 shaped UUID from the generator, so ids are reproducible too. */
export function seededUuid(random: Random): string {
  const word = () =>
    Math.floor(random.next() * 0x1_0000_0000)
      .toString(16)
      .padStart(8, '0')
  const s = word() + word() + word() + word()
  const variant = (8 + (parseInt(s[16] ?? '0', 16) & 3)).toString(16)
  return `${s.slice(0, 8)}-${s.slice(8, 12)}-4${s.slice(13, 16)}-${variant}${s.slice(17, 20)}-${s.slice(20)}`
}
