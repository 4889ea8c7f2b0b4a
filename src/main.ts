import { buildApp } from './app.js'
import { openRuntime } from './bootstrap.js'
import { ConfigError, parseConfig, readEnv } from './config.js'
import { DataDirLockedError } from './data/data-dir-lock.js'
import { startDeadlineTicker } from './jobs/deadline-ticker.js'
import { createLogMailer, createSmtpMailer } from './jobs/notification-mailer.js'
import { startNotificationWorker } from './jobs/notification-worker.js'
import { startSessionSweeper } from './jobs/session-sweeper.js'
import { deadlineHandlers } from './services/deadline-handlers.js'
import { seedDemo } from './services/demo-seed.js'

// The composition root: config → database → services → app → listen.
async function main(): Promise<void> {
  const config = parseConfig(readEnv())
  const runtime = await openRuntime(config)
  const app = await buildApp({ config, deps: runtime.deps })
  if (config.demoMode) {
    const seeded = await seedDemo(runtime.deps, { actor: null, correlationId: 'seed-demo' })
    if (seeded) app.log.info('Seeded the Northbridge demo partnership')
  }

  const stopSweeper = startSessionSweeper(runtime.deps)
  const workerLog = app.log.child({ job: 'notification-worker' })
  if (!config.smtpUrl && !config.demoMode) workerLog.warn('SMTP_URL is not set: notifications are logged, not emailed')
  const stopNotificationWorker = startNotificationWorker(runtime.deps, {
    mailer: config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : createLogMailer(workerLog),
    logger: workerLog,
  })
  const stopDeadlineTicker = startDeadlineTicker(runtime.deps, {
    handlers: deadlineHandlers(runtime.deps, { publicUrl: config.publicUrl }),
    logger: app.log.child({ job: 'deadline-ticker' }),
  })

  let stopping = false
  const stop = async (signal: string) => {
    if (stopping) return
    stopping = true
    app.log.info({ signal }, 'Shutting down')
    // Stop taking requests, let those in flight finish, then close the database cleanly.
    const timer = setTimeout(() => {
      app.log.error('Shutdown took too long; exiting')
      process.exit(1)
    }, 10_000)
    timer.unref()
    stopSweeper()
    // The ticker first: a deadline it fires can enqueue notifications for the worker to send.
    await stopDeadlineTicker()
    await stopNotificationWorker()
    await app.close()
    await runtime.handle.close()
    process.exit(0)
  }
  process.once('SIGTERM', () => void stop('SIGTERM'))
  process.once('SIGINT', () => void stop('SIGINT'))

  await app.listen({ port: config.port, host: config.host })
  const address = app.server.address()
  const port = typeof address === 'object' && address ? address.port : config.port
  const where = runtime.handle.kind === 'embedded' ? `embedded PostgreSQL in ${config.dataDir}` : 'PostgreSQL'
  app.log.info(`Threshold is running at http://localhost:${port} on ${where}${config.demoMode ? ' (demo mode)' : ''}`)
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError || error instanceof DataDirLockedError) {
    console.error(error.message)
  } else {
    console.error('Threshold could not start:', error)
  }
  process.exit(1)
})
