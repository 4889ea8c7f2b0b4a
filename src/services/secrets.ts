import { createHash, randomBytes } from 'node:crypto'

// Session ids and API tokens are random and stored only as SHA-256 hashes. They carry
// 256 bits of entropy, so a fast hash is enough; passwords get argon2id instead.

export function newSecret(prefix = ''): string {
  return prefix + randomBytes(32).toString('base64url')
}

export function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}
