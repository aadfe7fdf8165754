import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import { ferryAnalysis, hostileAnalysis } from '../report/fixtures.js';
import { HAVE_CHROMIUM, launch, watchErrors } from './browser.js';
import { expectChipOpensSpan, expectFerrySections, expectFilters } from './report-checks.js';

describe.skipIf(!HAVE_CHROMIUM)('served web UI in headless Chromium', () => {
  let browser: Browser;
  const servers: ServerHandle[] = [];
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
  });
  const serve = async (load: Parameters<typeof startServer>[0]['load'], paths: string[] = []) => {
    const s = await startServer({ paths, port: 0, watch: paths.length > 0, debounceMs: 50, ...(load ? { load } : {}) });
    servers.push(s);
    return s;
  };

  it('shows the same sections as the report, under the strict CSP, with no errors', async () => {
    const s = await serve(async () => ferryAnalysis());
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(s.url);
    await expectFerrySections(page);
    await expectChipOpensSpan(page);
    await expectFilters(page);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('hostile article text does not run in the served UI', async () => {
    const s = await serve(async () => hostileAnalysis());
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(s.url);
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$eval('#cc-app img, #cc-app svg, #cc-app script, #cc-app b', (e) => e.length)).toBe(0);
    expect(await page.textContent('h1')).toContain('</script><script>');
    expect(errors).toEqual([]);
    await page.close();
  });
  it.runIf(process.env.UPDATE_SCREENSHOTS === '1')('writes docs/screenshots/serve-filtered-1440.png (UPDATE_SCREENSHOTS=1)', async () => {
    const s = await serve(async () => ferryAnalysis());
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(s.url);
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    await page.locator('.outlet-toggles button', { hasText: 'Daily Ledger' }).click();
    await page.fill('#cc-search', 'passengers');
    const dir = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, 'serve-filtered-1440.png') });
    await page.close();
  });
  it('follows file changes live: a new article appears without reloading the page', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-live-'));
    try {
      writeFileSync(join(dir, 'one.txt'), 'The regional election count finished on Sunday with turnout at 61 per cent.\n');
      const s = await serve(undefined, [dir]);
      const page = await browser.newPage();
      await page.goto(s.url);
      await page.waitForSelector('#cc-app[aria-busy="false"]');
      expect(await page.textContent('.stats')).toMatch(/^1 article from/);
      writeFileSync(join(dir, 'two.txt'), 'Election officials confirmed the recount would start on Monday morning.\n');
      await page.waitForFunction(() => /^2 articles/.test(document.querySelector('.stats')?.textContent ?? ''), undefined, { timeout: 15_000 });
      expect(await page.$$eval('#articles .article-list li', (e) => e.length)).toBe(2);
      await page.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
