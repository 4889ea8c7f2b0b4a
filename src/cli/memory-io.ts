import type { CliIo } from './cli-context.js'

export type MemoryIo = CliIo & { out: string[]; err: string[]; passwordRequests: number }

/** A CliIo that keeps what was printed, for running commands in-process (tests, tooling). */
export function memoryIo(passwords: ReadonlyArray<string | null> = []): MemoryIo {
  const queue = [...passwords]
  const io: MemoryIo = {
    out: [],
    err: [],
    passwordRequests: 0,
    // Commands print multi-line blocks such as usage in one call; split them so tests see lines.
    stdout: line => void io.out.push(...line.split('\n')),
    stderr: line => void io.err.push(...line.split('\n')),
    readPassword: async () => {
      io.passwordRequests++
      if (queue.length === 0) throw new Error('memoryIo: the command asked for a password no test supplied')
      return queue.shift() ?? null
    },
  }
  return io
}
