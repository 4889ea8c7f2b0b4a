import assert from 'node:assert/strict'
import { describe, test } from 'node:test'
import { ConfigError, parseConfig } from './config.js'

describe('parseConfig', () => {
  test('with nothing set it runs the embedded demo on port 3000', () => {
    const config = parseConfig({})
    assert.equal(config.port, 3000)
    assert.equal(config.databaseUrl, undefined)
    assert.equal(config.dataDir, './data')
    assert.equal(config.demoMode, true)
    assert.equal(config.partnershipName, 'Northbridge Safeguarding Children Partnership')
    assert.ok(Object.isFrozen(config))
  })

  test('with DATABASE_URL demo mode is off by default and a session secret is required', () => {
    assert.throws(
      () => parseConfig({ DATABASE_URL: 'postgres://u@localhost/db' }),
      (e: unknown) => e instanceof ConfigError && e.problems.some(p => p.startsWith('SESSION_SECRET')),
    )
    const config = parseConfig({ DATABASE_URL: 'postgres://u@localhost/db', SESSION_SECRET: 'x'.repeat(32) })
    assert.equal(config.demoMode, false)
    assert.equal(config.databaseUrl, 'postgres://u@localhost/db')
  })

  test('demo mode can be turned on for PostgreSQL and off for embedded', () => {
    assert.equal(parseConfig({ DATABASE_URL: 'postgres://u@h/d', THRESHOLD_DEMO: 'true' }).demoMode, true)
    assert.equal(parseConfig({ THRESHOLD_DEMO: 'false', SESSION_SECRET: 's'.repeat(40) }).demoMode, false)
  })

  test('it reports every problem at once, naming each setting', () => {
    try {
      parseConfig({ PORT: 'eighty', DATABASE_URL: 'mysql://nope', SMTP_URL: 'http://x', LOG_LEVEL: 'loud' })
      assert.fail('expected a ConfigError')
    } catch (error) {
      assert.ok(error instanceof ConfigError)
      const names = error.problems.map(p => p.split(' ')[0])
      assert.deepEqual(names.sort(), ['DATABASE_URL', 'LOG_LEVEL', 'PORT', 'SMTP_URL'])
      assert.match(error.message, /Threshold cannot start/)
    }
  })

  test('production refuses demo mode', () => {
    assert.throws(
      () => parseConfig({ NODE_ENV: 'production', SESSION_SECRET: 'x'.repeat(32) }),
      (e: unknown) => e instanceof ConfigError && e.problems.some(p => p.startsWith('THRESHOLD_DEMO')),
    )
  })

  test('empty strings count as unset', () => {
    assert.equal(parseConfig({ PORT: '', DATABASE_URL: '' }).port, 3000)
  })

  test('numbers are range-checked', () => {
    assert.throws(() => parseConfig({ PORT: '70000' }), /PORT must be at most 65535/)
    assert.equal(parseConfig({ PORT: '8080' }).port, 8080)
  })
})
