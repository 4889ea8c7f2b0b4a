import { resolve } from 'node:path'

// Test settings are read here only, mirroring config.ts for the service.
export const TEST_CACHE_DIR = resolve(process.env.THRESHOLD_TEST_CACHE ?? '.threshold-test')
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL || undefined
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || undefined
export const E2E_REQUIRED = process.env.E2E_REQUIRED === '1'
export const TEMPLATE_SUFFIX = process.env.THRESHOLD_TEST_RUN_ID ?? 'local'
export const SYSTEM_PATH = process.env.PATH ?? ''
