// Where a JSON text first breaks the grammar, and what to tell the person who typed it.
// JSON.parse says what is wrong, but only some Node versions say where, and a person editing a
// long document in a text box needs the line.

import { fail, ok, type Result } from './result.js'

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

/**
 * Parses JSON typed or pasted into a text box. Fails with `emptyMessage` when there is nothing
 * but space, or says where the JSON breaks, as a line and column a person can find in the box.
 */
export function parseJsonText(text: string, emptyMessage: string): Result<unknown, string> {
  if (text.trim() === '') return fail(emptyMessage)
  try {
    return ok(JSON.parse(text))
  } catch {
    return fail(syntaxMessage(text))
  }
}

function syntaxMessage(text: string): string {
  const offset = jsonSyntaxErrorOffset(text)
  let where = ''
  if (offset !== undefined && offset >= text.trimEnd().length) {
    where = ' at the end: part of it may be missing'
  } else if (offset !== undefined) {
    const before = text.slice(0, offset)
    const line = before.split('\n').length
    const column = offset - before.lastIndexOf('\n')
    // What comes just before the mistake, so it can be found in a box that wraps long lines.
    const lead = (before.split('\n').at(-1) ?? '').trim().slice(-30)
    where = ` on line ${line}, column ${column}${lead ? `, just after ${lead}` : ''}`
  }
  return `Correct the JSON${where}. Check for a missing comma, quote or bracket`
}
