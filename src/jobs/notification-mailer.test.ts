import assert from 'node:assert/strict'
import { once } from 'node:events'
import { createServer, type AddressInfo, type Server } from 'node:net'
import { after, before, describe, test } from 'node:test'
import { createLogMailer, createSmtpMailer, type JobLogger } from './notification-mailer.js'

const message = {
  to: 'hannah.ward@hv.northbridge.example',
  subject: 'Referral received about Poppy Fairweather',
  text: 'We have received your referral about Poppy Fairweather.\nA decision is due within one working day.',
  notificationId: '0b9f6f8e-8f4e-4c1a-9d55-3c1f5f0e7a21',
  kind: 'referral-acknowledgement',
  recipientUserId: '5d0e8f52-3c0b-4d7e-a0a4-8f9b2f8c6e11',
}

/** Just enough of an SMTP server to accept one message at a time and keep what it was sent. */
function fakeSmtpServer(): { server: Server; received: string[] } {
  const received: string[] = []
  const server = createServer(socket => {
    let buffer = ''
    let inData = false
    socket.write('220 fake.smtp ESMTP\r\n')
    socket.on('data', chunk => {
      buffer += chunk.toString('utf8')
      for (;;) {
        if (inData) {
          const end = buffer.indexOf('\r\n.\r\n')
          if (end < 0) return
          received.push(buffer.slice(0, end))
          buffer = buffer.slice(end + 5)
          inData = false
          socket.write('250 OK queued\r\n')
          continue
        }
        const eol = buffer.indexOf('\r\n')
        if (eol < 0) return
        const line = buffer.slice(0, eol)
        buffer = buffer.slice(eol + 2)
        const verb = line.slice(0, 4).toUpperCase()
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 fake.smtp\r\n')
        else if (verb === 'DATA') {
          inData = true
          socket.write('354 End data with <CR><LF>.<CR><LF>\r\n')
        } else if (verb === 'QUIT') socket.end('221 Bye\r\n')
        else socket.write('250 OK\r\n')
      }
    })
  })
  return { server, received }
}

describe('notification mailers', () => {
  const smtp = fakeSmtpServer()
  let port: number
  before(async () => {
    smtp.server.listen(0, '127.0.0.1')
    await once(smtp.server, 'listening')
    port = (smtp.server.address() as AddressInfo).port
  })
  after(() => smtp.server.close())

  test('the SMTP mailer sends the message, with a Message-ID made from the notification id', async () => {
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${port}`, 'Threshold <threshold@northbridge.example>')
    assert.equal(mailer.outcome, 'sent')
    try {
      await mailer.send(message)
    } finally {
      mailer.close?.()
    }
    assert.equal(smtp.received.length, 1)
    const raw = smtp.received[0]!
    assert.match(raw, /^From: Threshold <threshold@northbridge\.example>$/m)
    assert.match(raw, /^To: hannah\.ward@hv\.northbridge\.example$/m)
    assert.match(raw, /^Subject: Referral received about Poppy Fairweather$/m)
    assert.match(raw, new RegExp(`^Message-ID: <${message.notificationId}@northbridge\\.example>$`, 'mi'))
    assert.match(raw, /A decision is due within one working day\./)
  })

  test('the SMTP mailer rejects when the server cannot be reached', async () => {
    const closed = createServer()
    closed.listen(0, '127.0.0.1')
    await once(closed, 'listening')
    const deadPort = (closed.address() as AddressInfo).port
    closed.close()
    const mailer = createSmtpMailer(`smtp://127.0.0.1:${deadPort}`, 'threshold@northbridge.example')
    await assert.rejects(
      mailer.send(message),
      (e: { code?: string }) => e.code === 'ESOCKET' || e.code === 'ECONNECTION',
    )
  })

  test('the log mailer logs the id, kind and recipient user id only', async () => {
    const lines: string[] = []
    const log = (details: Record<string, unknown>, msg: string) => lines.push(JSON.stringify({ ...details, msg }))
    const logger: JobLogger = { info: log, warn: log, error: log }
    const mailer = createLogMailer(logger)
    assert.equal(mailer.outcome, 'logged')
    await mailer.send(message)
    assert.equal(lines.length, 1)
    const { msg, ...details } = JSON.parse(lines[0]!) as Record<string, unknown>
    assert.deepEqual(details, {
      notificationId: message.notificationId,
      kind: 'referral-acknowledgement',
      recipientUserId: message.recipientUserId,
    })
    assert.equal(typeof msg, 'string')
    assert.doesNotMatch(lines[0]!, /Poppy|Fairweather|working day|hannah\.ward/)
  })
})
