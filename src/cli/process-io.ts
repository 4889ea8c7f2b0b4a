import { createInterface } from 'node:readline'
import type { CliIo } from './cli-context.js'

/** The real terminal: lines to stdout and stderr, and the password reader `user create` uses. */
export function processIo(): CliIo {
  return {
    stdout: line => process.stdout.write(`${line}\n`),
    stderr: line => process.stderr.write(`${line}\n`),
    readPassword: () => (process.stdin.isTTY ? promptForPassword() : readFirstLine(process.stdin)),
  }
}

// Asked twice because nothing is shown: a typo would otherwise lock the person out.
async function promptForPassword(): Promise<string | null> {
  const password = await readHidden('Password for the new user: ')
  const again = password === null ? null : await readHidden('Type the password again: ')
  if (password === null || again === null) {
    process.stderr.write('Cancelled. Nothing was changed.\n')
    return null
  }
  if (again !== password) {
    process.stderr.write('The passwords do not match. Nothing was changed.\n')
    return null
  }
  return password
}

function readHidden(prompt: string): Promise<string | null> {
  const stdin = process.stdin
  process.stderr.write(prompt)
  stdin.setRawMode(true)
  stdin.setEncoding('utf8')
  stdin.resume()
  return new Promise(resolve => {
    let value = ''
    const finish = (result: string | null) => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
      resolve(result)
    }
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') return finish(value)
        // Raw mode turns Ctrl+C and Ctrl+D into plain characters, so they are handled here.
        if (ch === '\u0003' || (ch === '\u0004' && value === '')) return finish(null)
        if (ch === '\u007f' || ch === '\b') value = Array.from(value).slice(0, -1).join('')
        else if (ch >= ' ') value += ch
      }
    }
    stdin.on('data', onData)
  })
}

/** For scripts: `printf '%s\n' "$PASSWORD" | threshold user create …`. */
async function readFirstLine(input: NodeJS.ReadableStream): Promise<string> {
  const lines = createInterface({ input, crlfDelay: Infinity })
  try {
    for await (const line of lines) return line
    return ''
  } finally {
    lines.close()
  }
}
