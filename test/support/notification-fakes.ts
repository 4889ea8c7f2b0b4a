import { setTimeout as sleep } from 'node:timers/promises'
import type { JobLogger, Mailer, OutgoingMessage } from '../../src/jobs/notification-mailer.js'

/** A logger that keeps each line as JSON, so tests can check what reached the logs. */
export function captureLogger(): { lines: string[]; logger: JobLogger } {
  const lines: string[] = []
  const at = (level: string) => (details: Record<string, unknown>, message: string) => {
    lines.push(JSON.stringify({ level, ...details, msg: message }))
  }
  return { lines, logger: { info: at('info'), warn: at('warn'), error: at('error') } }
}

/** A mailer that records what it was asked to send, and throws `state.failing` while it is set. */
export function recordingMailer(outcome: 'sent' | 'logged' = 'sent', delayMs = 0) {
  const sent: OutgoingMessage[] = []
  const state: { failing: false | Error } = { failing: false }
  const mailer: Mailer = {
    outcome,
    send: async message => {
      if (delayMs) await sleep(delayMs)
      if (state.failing) throw state.failing
      sent.push(message)
    },
  }
  return { mailer, sent, state }
}
