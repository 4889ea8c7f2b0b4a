import { createHmac } from 'node:crypto'

// Roles without case access (DESIGN.md §1) see children by pseudonym: "Child 7F3KQ2". The same
// child gets the same pseudonym wherever it appears, so a partnership manager can see one child
// in several disagreements without learning who the child is. The pseudonym is a keyed hash
// (HMAC-SHA256) of the person's record id: without the partnership's secret key nobody can
// recompute it from an id, and it says nothing about the child's name or date of birth.

/** Crockford's base 32: digits and capitals without I, L, O and U, so nothing is misread aloud. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ'

/** 6 characters of 5 bits: about a billion values, so two children in one partnership practically never share one. */
export const PSEUDONYM_LENGTH = 6

/** The part after "Child ": PSEUDONYM_LENGTH characters of Crockford base 32. */
export function pseudonymCode(key: string, purpose: string, id: string): string {
  if (key.length < 16) throw new Error('A pseudonym key must be a secret of at least 16 characters')
  // The purpose separates uses, so a child's code here cannot be matched with another list's.
  const digest = createHmac('sha256', key).update(`${purpose}\u0000${id}`).digest()
  let code = ''
  for (let i = 0; i < PSEUDONYM_LENGTH; i++) code += ALPHABET[digest[i]! & 31]
  return code
}

/** "Child 7F3KQ2": the stable pseudonym for the child with this person record id. */
export function childPseudonym(key: string, personId: string): string {
  return `Child ${pseudonymCode(key, 'child', personId)}`
}

export function isChildPseudonym(text: string): boolean {
  return new RegExp(`^Child [${ALPHABET}]{${PSEUDONYM_LENGTH}}$`).test(text)
}
