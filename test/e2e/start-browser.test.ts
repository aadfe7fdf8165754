/**
 * The start page (`crosscheck serve` with no inputs) in real headless Chromium: paste two links
 * served by a loopback test server (allowed for the test), drop a file, remove one, and the report
 * below follows; a hostile page and a hostile file name run nothing; a failing link shows why.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import { FERRY_A, FERRY_B, html, pageHtml, startPages } from '../ingest/urls/pages.js';
import { HAVE_CHROMIUM, launch, texts, watchErrors } from './browser.js';

/** A file written for this test: a third account of the ferry story, as a reader would save it. */
const FERRY_NOTE = [
  'Title: Relief boat for Varra to sail four times a day',
  'Outlet: Island Bulletin',
  'Date: 2026-02-11',
  '',
  'The relief boat that replaces the Varra car ferry will sail four times a day from Wednesday, Sound Crossings said. It has room for 80 passengers and carries no vehicles.',
  '',
  'Joren Tallis said the repairs to the ferry would take nine days and that the operator would refund tickets booked for vehicles.',
  '',
].join('\n');

/** A page that tries everything: a script, an onerror handler, a javascript: link, markup in the title. */
const HOSTILE = `<!doctype html><html><head><meta charset="utf-8">
<title>&lt;img src=x onerror="window.__pwned=1"&gt; Storm closes coast road</title>
<meta property="og:site_name" content="&lt;script&gt;window.__pwned=2&lt;/script&gt;Cliffside News">
<script>window.__pwned = 3;</script></head><body><article><h1>Storm closes coast road</h1>
<p>The coast road between Tarrow and Pennick was closed on Sunday after waves threw stones and sand across both lanes, the highways agency said.<img src="x" onerror="window.__pwned=4"></p>
<p>Engineers will inspect the sea wall on Monday. <a href="javascript:window.__pwned=5">Read the agency's notice</a> for the diversion, which adds about 20 minutes to the journey.</p>
<p>Residents said the same stretch flooded twice last winter and asked the council for a permanent barrier.<script>window.__pwned=6</script></p>
</article></body></html>`;

const SHOT = process.env.UPDATE_SCREENSHOTS === '1';
const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));

describe.skipIf(!HAVE_CHROMIUM)('start page in headless Chromium', () => {
  let browser: Browser;
  let pages: Awaited<ReturnType<typeof startPages>>;
  const servers: ServerHandle[] = [];
  beforeAll(async () => {
    browser = await launch();
    pages = await startPages({ '/a.html': html(pageHtml(FERRY_A)), '/b.html': html(pageHtml(FERRY_B)), '/storm.html': html(HOSTILE) });
  });
  afterAll(async () => {
    await browser?.close();
    await Promise.all(servers.map((s) => s.close()));
    await pages?.stop();
  });
  const open = async (width = 1440): Promise<{ page: Page; errors: string[] }> => {
    const s = await startServer({ paths: [], port: 0, watch: false, pageCache: null, allowPrivateNetwork: true });
    servers.push(s);
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(s.url);
    await page.waitForSelector('#cc-links');
    return { page, errors };
  };
  const paste = async (page: Page, links: string[]) => {
    await page.fill('#cc-links', links.join('\n'));
    await page.click('#cc-add-links');
  };
  const drop = async (page: Page, name: string, text: string) => {
    const dt = await page.evaluateHandle(([n, t]) => {
      const d = new DataTransfer();
      d.items.add(new File([t], n, { type: 'text/plain' }));
      return d;
    }, [name, text] as const);
    await page.dispatchEvent('#cc-drop', 'drop', { dataTransfer: dt });
  };
  const waitReady = (page: Page, n: number) =>
    page.waitForFunction((k) => document.querySelectorAll('#cc-inputs li[data-status="ready"]').length === k && !document.querySelector('#cc-inputs li[data-status="loading"]'), n, { timeout: 20_000 });
  const waitReport = (page: Page, n: number) =>
    page.waitForFunction((k) => new RegExp(`^${k} articles? from`).test(document.querySelector('#cc-app .stats')?.textContent ?? ''), n, { timeout: 20_000 });

  it('paste two links, drop a file, remove one: each article arrives with title, outlet, date and words, and the report follows', async () => {
    const { page, errors } = await open();
    expect(await page.isHidden('#cc-app')).toBe(true);
    await paste(page, [`${pages.base}/a.html`, `${pages.base}/b.html`]);
    await waitReady(page, 2);
    const lines = await texts(page, '#cc-inputs .start-article');
    expect(lines[0]).toMatch(new RegExp(`^${FERRY_A.title} Harbour Gazette · 2026-02-10 · \\d+ words$`));
    expect(lines[1]).toMatch(new RegExp(`^${FERRY_B.title} Coastline Times · 2026-02-10 · \\d+ words$`));
    await waitReport(page, 2);
    expect(await page.isVisible('#cc-app')).toBe(true);
    expect(await page.isVisible('#cc-downloads')).toBe(true);

    await drop(page, 'relief-boat.txt', FERRY_NOTE);
    await waitReady(page, 3);
    expect(await texts(page, '#cc-inputs .start-label')).toEqual([`${pages.base}/a.html`, `${pages.base}/b.html`, 'relief-boat.txt']);
    await waitReport(page, 3);
    expect(await texts(page, '#cc-app #articles .article-list li')).toEqual(expect.arrayContaining([expect.stringContaining('Relief boat for Varra')]));

    await page.click(`#cc-inputs li:has(.start-label:text-is("${pages.base}/b.html")) .start-remove`);
    await waitReady(page, 2);
    await waitReport(page, 2);
    const outlets = await texts(page, '#cc-app .outlet-toggles button');
    expect(outlets.join(' ')).not.toContain('Coastline Times');
    expect(outlets.join(' ')).toContain('Island Bulletin');
    // the downloads: the two articles left as JSONL, the report as an HTML file
    const [jsonl] = await Promise.all([page.waitForEvent('download'), page.click('#cc-dl-jsonl')]);
    expect(jsonl.suggestedFilename()).toBe('crosscheck-articles.jsonl');
    const records = readFileSync(await jsonl.path(), 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { title: string });
    expect(records.map((r) => r.title).sort()).toEqual([FERRY_A.title, 'Relief boat for Varra to sail four times a day']);
    const [report] = await Promise.all([page.waitForEvent('download'), page.click('#cc-dl-html')]);
    expect(report.suggestedFilename()).toBe('crosscheck-report.html');
    expect(readFileSync(await report.path(), 'utf8')).toContain('Island Bulletin');
    if (SHOT) {
      mkdirSync(SCREENSHOTS, { recursive: true });
      await page.screenshot({ path: join(SCREENSHOTS, 'start-page-1440.png') });
    }
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  it('a failing link shows its reason; picking a file of an unread type says so; the others are unaffected', async () => {
    const { page, errors } = await open();
    await paste(page, [`${pages.base}/gone.html`, `${pages.base}/a.html`]);
    await page.waitForSelector('#cc-inputs li[data-status="failed"] .start-reason', { timeout: 20_000 });
    expect(await page.textContent('#cc-inputs li[data-status="failed"] .start-reason')).toMatch(/404/);
    await waitReady(page, 1);
    await page.setInputFiles('#cc-files', { name: 'scan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4') });
    await page.waitForFunction(() => /scan\.pdf: .*unsupported file type "\.pdf"/.test(document.querySelector('#cc-message')?.textContent ?? ''));
    await paste(page, ['not a link at all']);
    await page.waitForFunction(() => /line 1: expected one http\(s\) link per line/.test(document.querySelector('#cc-message')?.textContent ?? ''));
    expect(await page.$$eval('#cc-inputs li', (e) => e.length)).toBe(2);
    // the two refusals asked for above are logged by Chromium as failed loads; nothing else may be
    const unexpected = errors.filter((e) => !/Failed to load resource: the server responded with a status of (400|415)\b/.test(e));
    expect(errors).toHaveLength(2);
    expect(unexpected).toEqual([]);
    if (SHOT) {
      await waitReport(page, 1);
      await page.setViewportSize({ width: 390, height: 844 });
      await page.screenshot({ path: join(SCREENSHOTS, 'start-page-failed-390.png') });
    }
    await page.close();
  }, 60_000);

  it('a hostile page and a hostile file name run nothing: no script, no handler, no javascript: link', async () => {
    const { page, errors } = await open();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await paste(page, [`${pages.base}/storm.html`]);
    await waitReady(page, 1);
    await drop(page, '<img src=x onerror=alert(1)>.txt', 'Title: <script>window.__pwned=7</script>\n\nThe harbour wall in Pennick was repaired on Friday after the storm, the council said. Work cost about 40,000 pounds and took three days.\n');
    await waitReady(page, 2);
    await waitReport(page, 2);
    // open each article in the report's reader too: its text and its original link are drawn there
    for (const b of await page.$$('#cc-app #articles .article-list li button')) {
      await b.click();
      await page.waitForSelector('#cc-viewer:not([hidden]) .article-text');
      await page.click('#cc-viewer .close');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    expect(await page.$$eval('body img, body iframe, body object, body embed', (e) => e.length)).toBe(0);
    expect(await page.$$eval('body script', (e) => e.length)).toBe(0);
    expect(await page.$$eval('[href^="javascript:" i], [src^="javascript:" i]', (e) => e.length)).toBe(0);
    expect(await page.$$eval('*', (els) => els.filter((el) => Array.from(el.attributes).some((a) => /^on/i.test(a.name))).length)).toBe(0);
    // the markup arrived as text
    expect((await texts(page, '#cc-inputs .start-title')).join(' ')).toContain('<img src=x onerror="window.__pwned=1">');
    expect((await texts(page, '#cc-inputs .start-label')).join(' ')).toContain('<img src=x onerror=alert(1)>.txt');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
