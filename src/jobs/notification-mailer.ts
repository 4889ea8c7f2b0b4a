import nodemailer from 'nodemailer'

/** One notification as an email. The reference fields identify it without its content. */
export type OutgoingMessage = Readonly<{
  to: string
  subject: string
  text: string
  notificationId: string
  kind: string
  recipientUserId: string | null
}>

export type Mailer = Readonly<{
  /** What a successful send means for the notification: emailed, or only written to the log. */
  outcome: 'sent' | 'logged'
  send: (message: OutgoingMessage) => Promise<void>
  close?: () => void
}>

/** The slice of a pino or Fastify logger the jobs use. */
export type JobLogger = Readonly<{
  info: (details: Record<string, unknown>, message: string) => void
  warn: (details: Record<string, unknown>, message: string) => void
  error: (details: Record<string, unknown>, message: string) => void
}>

/**
 * Sends through the SMTP server in SMTP_URL. The Message-ID is derived from the notification
 * id, so if a send is ever repeated (a worker stopped after the server accepted the message
 * but before the row was marked sent) mail systems can recognise the duplicate.
 */
export function createSmtpMailer(smtpUrl: string, from: string): Mailer {
  const transport = nodemailer.createTransport(smtpUrl, {
    // Well under the worker's 10-minute "stuck" limit, so a hung server fails the attempt
    // before another worker could reclaim the message.
    connectionTimeout: 30_000,
    greetingTimeout: 30_000,
    socketTimeout: 60_000,
  })
  const domain = /@([^>\s]+)/.exec(from)?.[1] ?? 'threshold.invalid'
  return {
    outcome: 'sent',
    send: async message => {
      await transport.sendMail({
        from,
        to: message.to,
        subject: message.subject,
        text: message.text,
        messageId: `<${message.notificationId}@${domain}>`,
      })
    },
    close: () => transport.close(),
  }
}

/**
 * With no SMTP server: records that a notification would have been sent. Only its id, kind and
 * recipient's user id are logged, never the subject or body, which can name a child.
 */
export function createLogMailer(logger: JobLogger): Mailer {
  return {
    outcome: 'logged',
    send: async message => {
      logger.info(
        { notificationId: message.notificationId, kind: message.kind, recipientUserId: message.recipientUserId },
        'Notification not emailed: no SMTP_URL is set',
      )
    },
  }
}
