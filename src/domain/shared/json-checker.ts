// Partnership managers edit rules and policies as JSON, and the parsers check it by hand (the
// domain never imports zod). Each item in a list is checked by one of these, so every problem
// starts with the item's number, like "Rule 2: " or "Stage 3: ", and the manager can find it.

/** A problem in a JSON list, with the number of the item it is about, if any. */
export type NumberedProblem<Item extends string> = { [key in Item]?: number } & { message: string }

export type JsonObject = Record<string, unknown>

export const isJsonObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v)

/**
 * Checks the values of item `number` of a list of `item`s, adding every problem to `problems`
 * with a message prefixed "Item n: " (the item capitalised). A check that fails returns a
 * placeholder, so checking can go on and report every problem.
 */
export function numberedChecker<Item extends string>(item: Item, number: number, problems: NumberedProblem<Item>[]) {
  const label = `${item.charAt(0).toUpperCase()}${item.slice(1)} ${number}: `
  const problem = (message: string): void => {
    problems.push({ [item]: number, message: label + message } as NumberedProblem<Item>)
  }
  return {
    problem,
    wholeNumber(value: unknown, name: string, min: number, max: number): number {
      if (typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max) return value
      problem(`${name} must be a whole number from ${min} to ${max}`)
      return min
    },
    boolean(value: unknown, name: string): boolean {
      if (typeof value === 'boolean') return value
      problem(`${name} must be true or false`)
      return false
    },
    /** Trimmed text of at most `max` characters; `missing` finishes "enter …" when there is none. */
    text(value: unknown, name: string, max: number, missing = `a ${name}`): string {
      const text = typeof value === 'string' ? value.trim() : ''
      if (text === '') problem(`enter ${missing}`)
      // Characters as a person counts them, so an emoji is one.
      else if ([...text].length > max) problem(`${name} must be ${max} characters or fewer`)
      return text
    },
    /** The allowed entries of a list, without repeats; `allowed` gives undefined for one not allowed. */
    list<T>(
      value: unknown,
      name: string,
      allowEmpty: boolean,
      allowed: (v: unknown) => T | undefined,
      help: string,
    ): T[] {
      if (!Array.isArray(value)) {
        problem(`${name} must be a list, like [${help}]`)
        return []
      }
      if (value.length === 0 && !allowEmpty) problem(`${name} must list at least one: ${help}`)
      const items: T[] = []
      for (const entry of value) {
        const parsed = allowed(entry)
        if (parsed === undefined) problem(`${JSON.stringify(entry)} in ${name} is not allowed. Use ${help}`)
        else if (!items.includes(parsed)) items.push(parsed)
      }
      return items
    },
  }
}

export type NumberedChecker = ReturnType<typeof numberedChecker>
