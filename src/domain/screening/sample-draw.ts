// The random part of double screening, made reproducible. The domain has no randomness: the
// draw for a contact is a hash of a secret sample seed and the contact's id, so anyone holding
// the seed can recompute it and show why a decision was (or was not) sampled.
//
// The service keeps the seed in configuration, never in the browser, so a screener cannot
// predict which decisions will be sampled. It stores the seed's id (not the seed) and the draw
// with the proposal, and evaluates the rules with that stored draw whenever it re-checks them.
// Rotating the seed changes future draws only; old decisions keep the seed id they used.

/** xmur3: a 32-bit string hash with good avalanche, used to seed mulberry32. */
function xmur3(text: string): number {
  let h = 1779033703 ^ text.length
  for (let i = 0; i < text.length; i++) {
    h = Math.imul(h ^ text.charCodeAt(i), 3432918353)
    h = (h << 13) | (h >>> 19)
  }
  h = Math.imul(h ^ (h >>> 16), 2246822507)
  h = Math.imul(h ^ (h >>> 13), 3266489909)
  return (h ^ (h >>> 16)) >>> 0
}

/** The first output of mulberry32 for a 32-bit seed, in [0, 1). */
function mulberry32(seed: number): number {
  let t = (seed + 0x6d2b79f5) | 0
  t = Math.imul(t ^ (t >>> 15), t | 1)
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296
}

/**
 * A number in [0, 100) with two decimal places, the same every time for the same seed and
 * subject (a contact id). A random-sample rule of p% fires when the draw is below p.
 */
export function sampleDraw(seed: string, subjectId: string): number {
  // JSON keeps the two parts apart, so ('a:b', 'c') and ('a', 'b:c') hash differently.
  const unit = mulberry32(xmur3(JSON.stringify([seed, subjectId])))
  return Math.floor(unit * 10_000) / 100
}

export function isValidDraw(draw: number): boolean {
  return Number.isFinite(draw) && draw >= 0 && draw < 100
}
