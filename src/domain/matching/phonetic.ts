import { compactName } from './normalise.js'

// A phonetic key for blocking: names that sound alike get the same key, so a search finds
// "Smyth" when it asks for "Smith". It is American Soundex (Russell and Odell; the variant
// the US National Archives use) after a few English spelling rules at the start of a name,
// where Soundex keeps the first letter as written and so would split Catherine from
// Katherine, Philip from Filip and Christopher from Kristopher.

/** [prefix, what it sounds like, the letters that must follow for the rule to apply ('' for any)] */
const INITIAL_RULES: ReadonlyArray<readonly [string, string, string]> = [
  ['ph', 'f', ''],
  ['kn', 'n', ''],
  ['wr', 'r', ''],
  ['wh', 'w', ''],
  ['gn', 'n', ''],
  ['ps', 's', ''],
  ['ch', 'k', 'rl'],
  ['c', 'k', 'aoulr'],
  ['c', 's', 'eiy'],
  ['x', 'z', ''],
  ['y', 'i', 'bcdfghjklmnpqrstvwxyz'],
]

function soundsLike(letters: string): string {
  for (const [prefix, replacement, followedBy] of INITIAL_RULES) {
    if (!letters.startsWith(prefix)) continue
    const next = letters.charAt(prefix.length)
    if (followedBy === '' || (next !== '' && followedBy.includes(next)))
      return replacement + letters.slice(prefix.length)
  }
  return letters
}

const CODES: Record<string, string> = {
  b: '1',
  f: '1',
  p: '1',
  v: '1',
  c: '2',
  g: '2',
  j: '2',
  k: '2',
  q: '2',
  s: '2',
  x: '2',
  z: '2',
  d: '3',
  t: '3',
  l: '4',
  m: '5',
  n: '5',
  r: '6',
}

/** Four characters such as 'S530', or '' for a name with no letters. */
export function phoneticKey(name: string | undefined): string {
  return phoneticKeyOfLetters(compactName(name))
}

/** The key of a name already normalised to the letters a–z. */
export function phoneticKeyOfLetters(normalised: string): string {
  if (normalised === '') return ''
  const letters = soundsLike(normalised)
  const first = letters.charAt(0)
  let key = first.toUpperCase()
  let previous = CODES[first] ?? ''
  for (let i = 1; i < letters.length && key.length < 4; i++) {
    const letter = letters.charAt(i)
    // H and W do not separate two letters with the same code; vowels do.
    if (letter === 'h' || letter === 'w') continue
    const code = CODES[letter]
    if (code === undefined) {
      previous = ''
      continue
    }
    if (code !== previous) key += code
    previous = code
  }
  return key.padEnd(4, '0')
}
