import argon2 from 'argon2'

export type PasswordHasher = {
  hash: (password: string) => Promise<string>
  verify: (hash: string, password: string) => Promise<boolean>
}

// OWASP's argon2id baseline for production. Tests use a cheap setting so hundreds of
// sign-ins don't take minutes; the algorithm is the same.
const STANDARD = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 }
const FAST = { type: argon2.argon2id, memoryCost: 1024, timeCost: 1, parallelism: 1 }

export function createPasswordHasher(strength: 'standard' | 'fast' = 'standard'): PasswordHasher {
  const options = strength === 'fast' ? FAST : STANDARD
  return {
    hash: password => argon2.hash(password, options),
    verify: async (hash, password) => {
      try {
        return await argon2.verify(hash, password)
      } catch {
        return false
      }
    },
  }
}
