/**
 * `serve --db` in headless Chromium, over a store of each kind (SQLite file, fresh PostgreSQL
 * database): stories list → story page (sections, join reasons) → search; hostile text stays text.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseStaleStories } from '../../src/corpus/analyse-stories.js';
import { loadClusterer } from '../../src/corpus/clusterer.js';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { startCorpusServer, type CorpusServerHandle } from '../../src/server/corpus/index.js';
import { openStore } from '../../src/store/open-store.js';
import type { Store, StoreKind } from '../../src/store/types.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { buildCorpus, buildMergedCorpus, corpusStoreKinds, dropCorpusDatabases } from '../server/corpus-fixture.js';
import { HAVE_CHROMIUM, launch, texts, watchErrors } from './browser.js';

// without Chromium the suite is still declared (and skipped) over the SQLite store alone
const KINDS: readonly StoreKind[] = HAVE_CHROMIUM ? await corpusStoreKinds() : ['sqlite'];
let browser: Browser;
beforeAll(async () => {
  if (HAVE_CHROMIUM) browser = await launch();
}, 60_000);
afterAll(async () => {
  await browser?.close();
  await dropCorpusDatabases(KINDS);
});

describe.skipIf(!HAVE_CHROMIUM).each(KINDS)('corpus web UI in headless Chromium, %s store', (kind) => {
  let server: CorpusServerHandle;
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    ({ dir, store } = await buildCorpus(12, kind));
    server = await startCorpusServer({ store, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  // first in the file: the later tests open stories, which analyses them
  it('a story not analysed yet: "–" explained under the table, on hover and to screen readers; opening it analyses it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForSelector('#cc-corpus[aria-busy="false"] tr.story-row');
    const legend = page.locator('#cc-legend');
    expect(await legend.isVisible()).toBe(true);
    const text = (await legend.textContent()) ?? '';
    expect(text).toMatch(/^– in Conflicts \(4 of 4 stories\): not analysed yet — /);
    expect(text).toContain(kind === 'postgres' ? 'run crosscheck worker --db <this database>' : 'unless run with --no-analyse');
    expect(text).toContain('opening a story analyses it now');
    // the cell reads "not analysed yet" to assistive technology (the dash is hidden from it) and explains itself on hover
    expect(await page.getByRole('cell', { name: 'not analysed yet', exact: true }).count()).toBe(4);
    expect(await page.$$eval('td.not-analysed', (tds) => tds.map((td) => td.getAttribute('title')))).toEqual(Array(4).fill(text.replace(/^.*?\): /, '').replace(/\.$/, '')));
    expect(await texts(page, 'td.not-analysed')).toEqual(Array(4).fill('–not analysed yet'));
    await page.click('tr.story-row >> text=transfer');
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    // the report's "N conflicts, M updates" is what the list shows in its two columns
    const reported = /^ (\d+) conflicts?, (\d+) updates?$/.exec((await page.textContent('#conflicts-h .count')) ?? '');
    expect(reported).not.toBeNull();
    await page.goBack();
    await page.waitForSelector('#cc-corpus[aria-busy="false"] tr.story-row');
    expect(await legend.textContent()).toMatch(/^– in Conflicts \(3 of 4 stories\)/);
    const transfer = page.locator('tr.story-row', { hasText: 'transfer' }).locator('td');
    expect([await transfer.nth(4).textContent(), await transfer.nth(5).textContent()]).toEqual([reported![1], reported![2]]);
    // must not show: the legend once no listed story lacks an analysis
    await page.fill('#cc-q', 'transfer');
    await page.click('text=Apply');
    await page.waitForFunction(() => document.querySelectorAll('tr.story-row').length === 1);
    expect(await legend.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('stories list → story page with sections and join reasons → search links to the story', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForSelector('#cc-corpus[aria-busy="false"] tr.story-row');
    const rows = await texts(page, 'tr.story-row');
    expect(rows).toHaveLength(4);
    await page.fill('#cc-q', 'wildfire');
    await page.click('text=Apply');
    await page.waitForFunction(() => document.querySelectorAll('tr.story-row').length === 0);
    await page.fill('#cc-q', 'transfer');
    await page.click('text=Apply');
    await page.waitForFunction(() => document.querySelectorAll('tr.story-row').length === 1);
    expect(page.url()).toMatch(/\/\?q=transfer$/);
    await page.click('tr.story-row a');
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    expect(page.url()).toMatch(/\/stories\/\d+$/);
    const headings = await texts(page, 'h2');
    for (const h of ['Timeline', 'Articles', 'Why these articles are together']) expect(headings.some((x) => x.startsWith(h))).toBe(true);
    const why = await texts(page, 'tr.why-row');
    expect(why).toHaveLength(4);
    expect(why.filter((r) => r.includes('opened the story'))).toHaveLength(1);
    expect(why.filter((r) => r.includes('joined') && r.includes('transfer'))).toHaveLength(3);
    await page.click('nav >> text=Search');
    await page.fill('#cc-search', 'striker');
    await page.press('#cc-search', 'Enter');
    await page.waitForSelector('li.hit-row');
    expect(await page.$$eval('li.hit-row mark', (m) => m.map((x) => x.textContent))).toContain('striker');
    const href = await page.getAttribute('li.hit-row a', 'href');
    expect(href).toMatch(/^\/stories\/\d+$/);
    expect(page.url()).toMatch(/\/search\?q=striker$/);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('every page fits 1440 and 390 px: no sideways scrolling, inputs and buttons one line high', async () => {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(server.url);
    await page.waitForSelector('#cc-corpus[aria-busy="false"] tr.story-row');
    const story = await page.getAttribute('tr.story-row >> nth=0 >> a', 'href');
    for (const width of [1440, 390]) {
      await page.setViewportSize({ width, height: 900 });
      for (const path of ['/', story!, '/search?q=striker']) {
        await page.goto(new URL(path, server.url).href);
        await page.waitForSelector('#cc-corpus[aria-busy="false"]');
        if (path === story) await page.waitForSelector('#cc-app[aria-busy="false"]');
        else await page.waitForSelector(path === '/' ? 'tr.story-row' : 'li.hit-row');
        const where = `${path} at ${width} px`;
        expect(await page.evaluate(() => document.documentElement.scrollWidth), where).toBeLessThanOrEqual(width);
        const boxes = await page.$$eval('#cc-corpus input, #cc-corpus button:not(.chip):not(.link)', (els) =>
          els.filter((e) => (e as HTMLElement).offsetParent !== null).map((e) => ({ id: e.id || e.textContent, ...e.getBoundingClientRect().toJSON() as { width: number; height: number; right: number } })),
        );
        expect(boxes.length, where).toBeGreaterThan(0);
        for (const b of boxes) {
          expect(b.height, `${b.id} height, ${where}`).toBeLessThan(60);
          expect(b.right, `${b.id} right edge, ${where}`).toBeLessThanOrEqual(width);
        }
        // a text box is wide enough to type into and not wider than the page
        for (const b of boxes.filter((x) => /^cc-(q|search)$/.test(String(x.id)))) expect(b.width, `${b.id} width, ${where}`).toBeGreaterThanOrEqual(Math.min(240, width - 40));
      }
    }
    await page.close();
  });

  it('a hostile title, text and javascript: URL never run', async () => {
    const page = await browser.newPage();
    const errors = watchErrors(page);
    await page.goto(server.url);
    await page.waitForSelector('tr.story-row');
    await page.click('tr.story-row >> text=hostile');
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    expect(await page.textContent('h1')).toContain('<script>');
    await page.goto(new URL('/search?q=gravel', server.url).href);
    await page.waitForSelector('li.hit-row');
    expect(await page.textContent('li.hit-row')).toContain('<img src=x onerror=');
    for (const p of [server.url, new URL('/search?q=gravel', server.url).href]) {
      await page.goto(p);
      await page.waitForSelector('#cc-corpus[aria-busy="false"]');
    }
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.$$eval('#cc-corpus img, #cc-corpus script, #cc-corpus b', (e) => e.length)).toBe(0);
    expect(await page.$$eval('a[href^="javascript"]', (e) => e.length)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});

describe.skipIf(!HAVE_CHROMIUM).each(KINDS)('a merged story in headless Chromium, %s store', (kind) => {
  let server: CorpusServerHandle;
  let store: Store;
  let dir: string;
  beforeAll(async () => {
    ({ dir, store } = await buildMergedCorpus(kind));
    server = await startCorpusServer({ store, port: 0 });
  }, 60_000);
  afterAll(async () => {
    await server?.close();
    await store?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the page of story 3 (merged into 2, then into 1) lands on story 1 and says story 3 was merged into it', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(new URL('/stories/3', server.url).href);
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe('/stories/1?from=3');
    const note = page.getByRole('status').filter({ hasText: 'merged' });
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toMatch(/^Story 3 was merged into this story;/);
    expect(await texts(page, 'tr.why-row')).toHaveLength(5);
    // must not show a note: the story opened directly, or a from= that is not a story id
    for (const path of ['/stories/1', '/stories/1?from=%3Cb%3Ex%3C%2Fb%3E']) {
      await page.goto(new URL(path, server.url).href);
      await page.waitForSelector('#cc-app[aria-busy="false"]');
      expect(await page.$$eval('.merged-note', (e) => e.length), path).toBe(0);
    }
    expect(errors).toEqual([]);
    await page.close();
  });
});

/**
 * docs/screenshots/corpus-*.png, on request only (UPDATE_SCREENSHOTS=1), so test runs leave the
 * tree clean. Text we wrote only: the bundled example story (examples/harbour-bridge) and
 * generated articles, in a SQLite store clustered and analysed as `crosscheck ingest` does.
 */
describe.runIf(HAVE_CHROMIUM && process.env.UPDATE_SCREENSHOTS === '1')('corpus screenshots (UPDATE_SCREENSHOTS=1)', () => {
  it('writes the stories list, a story page and search results at 1440 and 390 px', async () => {
    const out = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-shots-'));
    const generated = join(dir, 'generated.jsonl');
    writeFileSync(generated, toJsonl(generateRecords(9, 3)));
    const store = await openStore(join(dir, 'corpus.db'));
    const server = await startCorpusServer({ store, port: 0 }).catch(async (e: unknown) => {
      await store.close();
      throw e;
    });
    try {
      const example = fileURLToPath(new URL('../../examples/harbour-bridge/', import.meta.url));
      await ingestCorpus(store, corpusItems([example, generated], {}), await loadClusterer({ now: new Date('2026-03-10T00:00:00Z') }));
      await analyseStaleStories(store);
      mkdirSync(out, { recursive: true });
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      await page.goto(server.url);
      await page.waitForSelector('#cc-corpus[aria-busy="false"] tr.story-row');
      const story = (await page.getAttribute('tr.story-row:has-text("Harbour bridge") a', 'href'))!;
      for (const width of [1440, 390]) {
        await page.setViewportSize({ width, height: width > 500 ? 900 : 844 });
        for (const [name, path, ready] of [['stories', '/', 'tr.story-row'], ['story', story, '#cc-app[aria-busy="false"]'], ['search', '/search?q=bridge', 'li.hit-row']] as const) {
          await page.goto(new URL(path, server.url).href);
          await page.waitForSelector(ready);
          await page.screenshot({ path: join(out, `corpus-${name}-${width}.png`) });
        }
      }
      await page.close();
    } finally {
      await server.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
