// The clock is injected everywhere so tests can move time (DESIGN.md §5).
export type Clock = { now: () => Date }

export const systemClock: Clock = { now: () => new Date() }

/** A clock tests can set and move. */
export function fixedClock(start: Date): Clock & { set: (d: Date) => void; advance: (ms: number) => void } {
  let current = new Date(start)
  return {
    now: () => new Date(current),
    set: d => {
      current = new Date(d)
    },
    advance: ms => {
      current = new Date(current.getTime() + ms)
    },
  }
}
