// Where a JSON text first breaks the grammar. JSON.parse says what is wrong, but only some
// Node versions say where, and a person editing a long document in a text box needs the line.

type Stop = { offset: number }

const MAX_DEPTH = 512
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const HEX4 = /[0-9a-fA-F]{4}/y

/** The offset of the first syntax error, or undefined when the text is valid JSON (or too deep to check). */
export function jsonSyntaxErrorOffset(text: string): number | undefined {
  let i = 0
  const stop = (): never => {
    throw { offset: i } satisfies Stop
  }
  const space = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++
  }
  const expect = (pattern: RegExp) => {
    pattern.lastIndex = i
    const match = pattern.exec(text)
    if (!match) stop()
    i += match![0].length
  }
  const string = () => {
    i++ // the opening quote
    while (i < text.length) {
      const c = text[i]!
      if (c === '"') {
        i++
        return
      }
      if (c < ' ') stop()
      if (c === '\\') {
        i++
        if (text[i] === 'u') {
          i++
          expect(HEX4)
          continue
        }
        if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) stop()
      }
      i++
    }
    stop()
  }
  const value = (depth: number): void => {
    if (depth > MAX_DEPTH) throw { offset: -1 } satisfies Stop
    space()
    const c = text[i]
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']'
      i++
      space()
      if (text[i] === close) {
        i++
        return
      }
      for (;;) {
        if (c === '{') {
          space()
          if (text[i] !== '"') stop()
          string()
          space()
          if (text[i] !== ':') stop()
          i++
        }
        value(depth + 1)
        space()
        if (text[i] === ',') i++
        else if (text[i] === close) {
          i++
          return
        } else stop()
      }
    }
    if (c === '"') return string()
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) {
        i += word.length
        return
      }
    }
    expect(NUMBER)
  }
  try {
    value(0)
    space()
    if (i < text.length) stop()
    return undefined
  } catch (error) {
    const offset = (error as Stop).offset
    return typeof offset === 'number' && offset >= 0 ? offset : undefined
  }
}
