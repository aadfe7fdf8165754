/**
 * Real headless Chromium for the browser tests: Debian's /usr/bin/chromium
 * driven by playwright-core. We never download a browser; without the binary
 * the tests are skipped with a message saying how to install it. Every test file declares its
 * suites whether or not Chromium is there (skipped when absent): a file that declares none is
 * failed by vitest ("No test suite found").
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CROSSCHECK_CHROMIUM || '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
/** The one line a run without Chromium prints per browser test file (test/e2e-skip checks it). */
export const SKIP_LINE = `browser tests skipped: no Chromium at ${CHROMIUM}; install it with \`apt-get install -y chromium\` or set CROSSCHECK_CHROMIUM to its path`;
if (!HAVE_CHROMIUM) console.warn(SKIP_LINE);

/** Launch headless Chromium with no network side channels. */
export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'] });
}

/** Collect page errors and console errors (CSP violations are reported there). */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  return errors;
}

/** Texts of all elements matching a selector. */
export function texts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (els) => els.map((e) => (e.textContent ?? '').replace(/\s+/g, ' ').trim()));
}

/** Table rows as text, cells joined by single spaces. */
export function rowTexts(page: Page, selector: string): Promise<string[]> {
  return page.$$eval(selector, (rows) => rows.map((r) => Array.from(r.children, (c) => (c.textContent ?? '').replace(/\s+/g, ' ').trim()).join(' ')));
}
