import assert from 'node:assert/strict'
import { existsSync, mkdirSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { describe, test } from 'node:test'
import { fileURLToPath } from 'node:url'
import { AxeBuilder } from '@axe-core/playwright'
import { chromium, type Browser, type BrowserContext, type BrowserContextOptions, type Page } from 'playwright-core'
import { CHROMIUM_PATH, E2E_REQUIRED } from '../../test/support/test-env.js'

// Browser tests drive Debian's Chromium through playwright-core (stack-notes §6 and §9).

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

const SCREENSHOT_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'screenshots')

/** CHROMIUM_PATH if set and present, then Debian's /usr/bin/chromium. */
export function findChromium(): string | undefined {
  return [CHROMIUM_PATH, '/usr/bin/chromium'].find((p): p is string => !!p && existsSync(p))
}

const chromiumPath = findChromium()
let noticePrinted = false

/**
 * A describe block that needs Chromium. Without one it is skipped with a one-line notice, or
 * fails loudly when E2E_REQUIRED=1 (CI must not pass by skipping).
 */
export function browserSuite(name: string, fn: () => void): void {
  if (chromiumPath) {
    describe(name, fn)
    return
  }
  const where = CHROMIUM_PATH
    ? `CHROMIUM_PATH=${CHROMIUM_PATH} does not exist`
    : 'no Chromium found (set CHROMIUM_PATH)'
  if (E2E_REQUIRED) {
    describe(name, () => {
      test('Chromium is available (E2E_REQUIRED=1)', () => assert.fail(`browser tests required but ${where}`))
    })
    return
  }
  if (!noticePrinted) console.log(`# browser tests skipped: ${where}`)
  noticePrinted = true
  describe(name, { skip: where }, () => {})
}

export async function launchBrowser(): Promise<Browser> {
  assert.ok(chromiumPath, 'no Chromium found')
  // launch() makes its own fresh temporary profile and removes it on close.
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: CHROMIUM_ARGS })
}

// Chromium logs every 4xx document as a console error; error pages are served with these on purpose.
const EXPECTED_CONSOLE = /^Failed to load resource: the server responded with a status of (400|401|403|404|429)\b/

export type ConsoleWatch = { problems: string[]; assertClean: () => void }

const watches = new WeakMap<Page, ConsoleWatch>()

/**
 * Collects console errors (CSP violations included), uncaught page errors, and any sub-resource
 * (stylesheet, script, font, image) that fails or redirects: only 4xx *documents* are expected.
 */
export function watchConsole(page: Page): ConsoleWatch {
  const problems: string[] = []
  page.on('console', msg => {
    if (msg.type() === 'error' && !EXPECTED_CONSOLE.test(msg.text())) problems.push(`console: ${msg.text()}`)
  })
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('response', res => {
    // Stylesheets, scripts, fonts and icons are served directly: a redirect is as wrong as a 404.
    if (res.status() >= 300 && res.request().resourceType() !== 'document') {
      problems.push(`sub-resource ${res.status()}: ${res.url()}`)
    }
  })
  page.on('requestfailed', req => {
    // A navigation away cancels what the old page was still loading: not a fault.
    const reason = req.failure()?.errorText ?? '?'
    if (reason !== 'net::ERR_ABORTED') problems.push(`request failed: ${req.url()} (${reason})`)
  })
  const watch: ConsoleWatch = {
    problems,
    assertClean: () => assert.deepEqual(problems, [], `the browser reported problems:\n${problems.join('\n')}`),
  }
  watches.set(page, watch)
  return watch
}

export type BrowserPage = { context: BrowserContext; page: Page; console: ConsoleWatch }

/** A fresh context (no cookies) and page, run, then the console must be clean. */
export async function withPage(
  browser: Browser,
  fn: (p: BrowserPage) => Promise<void>,
  options: BrowserContextOptions = {},
): Promise<void> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...options })
  context.setDefaultTimeout(15_000)
  try {
    const page = await context.newPage()
    const watch = watchConsole(page)
    await fn({ context, page, console: watch })
    watch.assertClean()
  } finally {
    await context.close()
  }
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

type NodeResult = Awaited<ReturnType<AxeBuilder['analyze']>>['violations'][number]['nodes'][number]

/**
 * GOV.UK Frontend puts aria-expanded on a radio or checkbox that reveals a conditional question.
 * ARIA 1.2 allows it only on other roles, so axe reports it; the Design System keeps it on purpose
 * because screen readers announce it (alphagov/govuk-frontend#979, a documented known issue).
 * Only that exact pattern is excused: any other attribute, or any other element, still fails.
 */
function isGovukConditionalReveal(ruleId: string, node: NodeResult): boolean {
  if (ruleId !== 'aria-allowed-attr') return false
  const input = /^<input\b(?=[^>]*\btype="(?:radio|checkbox)")(?=[^>]*\baria-controls="conditional-)/
  if (!input.test(node.html)) return false
  const data = [...node.any, ...node.all, ...node.none].flatMap(c =>
    Array.isArray(c.data) ? (c.data as unknown[]) : [],
  )
  return data.length > 0 && data.every(d => typeof d === 'string' && /^aria-expanded="(true|false)"$/.test(d))
}

// The pages are the same HTML whichever database is behind them, so when a file runs on both
// backends, axe and the reflow check run on one (PostgreSQL): every page is still checked, and
// CI stays well inside its time limit. Everything else in the tests runs on both.
let accessibilityChecks = true
export function setAccessibilityChecks(on: boolean): void {
  accessibilityChecks = on
}

/** axe against WCAG 2.2 AA; every violation is listed in the failure message. */
export async function checkAccessibility(page: Page, label: string): Promise<void> {
  if (!accessibilityChecks) return
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze()
  const violations = results.violations
    .map(v => ({ ...v, nodes: v.nodes.filter(n => !isGovukConditionalReveal(v.id, n)) }))
    .filter(v => v.nodes.length > 0)
  const report = violations.map(v => {
    const targets = v.nodes.map(n => `    ${n.target.map(String).join(' ')}`).join('\n')
    return `  ${v.id} (${v.impact ?? 'unknown'}): ${v.help}\n${targets}`
  })
  // A page without its stylesheets fails axe for that reason: say so next to the violations.
  const problems = watches.get(page)?.problems ?? []
  const context = problems.length > 0 ? `\nThe browser also reported:\n  ${problems.join('\n  ')}` : ''
  const message = `axe found violations on ${label} (${page.url()}):\n${report.join('\n')}${context}`
  assert.equal(violations.length, 0, message)
  await checkReflow(page, label)
}

/**
 * WCAG 2.2 1.4.10 Reflow, which axe does not check: at 320 CSS pixels wide the page must not
 * scroll sideways. Wide tables scroll inside their own region instead.
 */
export async function checkReflow(page: Page, label: string): Promise<void> {
  const original = page.viewportSize()
  await page.setViewportSize({ width: 320, height: 640 })
  try {
    // Runs in the page, where document exists; typed loosely because tsconfig has no DOM lib.
    const width = await page.evaluate(() => (globalThis as any).document.documentElement.scrollWidth as number)
    assert.ok(width <= 320, `${label} is ${width}px wide at a 320px viewport: it must reflow (WCAG 1.4.10)`)
  } finally {
    if (original) await page.setViewportSize(original)
  }
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  await page.screenshot({ path, fullPage: true })
  return path
}

/** The page's main heading, with its caption and spacing squashed to single spaces. */
export async function h1(page: Page): Promise<string> {
  return ((await page.locator('h1').textContent()) ?? '').replace(/\s+/g, ' ').trim()
}

/** Presses a submit button and waits for the POST's response and the page it leads to; returns the POST's status. */
export async function submitAndWait(page: Page, button: string): Promise<number> {
  const response = page.waitForResponse(r => r.request().method() === 'POST')
  const loaded = page.waitForEvent('load')
  await page.getByRole('button', { name: button }).click()
  const [res] = await Promise.all([response, loaded])
  return res.status()
}
