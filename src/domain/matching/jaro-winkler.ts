// Jaro–Winkler similarity (Winkler 1990, as used in the US Census Bureau's record linkage):
// 1 for equal strings, 0 for strings with nothing in common. It forgives the slips people
// make typing names (a dropped letter, two letters swapped) and rewards a shared start,
// because the first letters of a name are the ones least often wrong.

/** Winkler's prefix scale: each shared leading character (up to four) closes 10% of the gap to 1. */
const PREFIX_SCALE = 0.1
const MAX_PREFIX = 4
/** Winkler applied the prefix bonus only to pairs already this similar. */
const BOOST_THRESHOLD = 0.7

export function jaro(a: string, b: string): number {
  if (a === b) return 1
  if (a.length === 0 || b.length === 0) return 0
  const window = Math.max(0, Math.floor(Math.max(a.length, b.length) / 2) - 1)
  const aMatched = new Array<boolean>(a.length).fill(false)
  const bMatched = new Array<boolean>(b.length).fill(false)
  let matches = 0
  for (let i = 0; i < a.length; i++) {
    const from = Math.max(0, i - window)
    const to = Math.min(b.length - 1, i + window)
    for (let j = from; j <= to; j++) {
      if (bMatched[j] || a[i] !== b[j]) continue
      aMatched[i] = true
      bMatched[j] = true
      matches++
      break
    }
  }
  if (matches === 0) return 0
  let transpositions = 0
  let j = 0
  for (let i = 0; i < a.length; i++) {
    if (!aMatched[i]) continue
    while (!bMatched[j]) j++
    if (a[i] !== b[j]) transpositions++
    j++
  }
  const m = matches
  return (m / a.length + m / b.length + (m - transpositions / 2) / m) / 3
}

/**
 * Jaro–Winkler similarity in [0, 1]. The greedy matching inside Jaro can depend on which
 * string comes first, so the pair is put in a fixed order: the result is exactly symmetric.
 */
export function jaroWinkler(a: string, b: string): number {
  const [x, y] = a <= b ? [a, b] : [b, a]
  const similarity = jaro(x, y)
  if (similarity < BOOST_THRESHOLD) return similarity
  let prefix = 0
  while (prefix < MAX_PREFIX && prefix < x.length && prefix < y.length && x[prefix] === y[prefix]) prefix++
  return Math.min(1, similarity + prefix * PREFIX_SCALE * (1 - similarity))
}
