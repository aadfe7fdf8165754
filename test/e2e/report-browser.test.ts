import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../src/analyze.js';
import type { Analysis } from '../../src/contract/analysis-schema.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';
import { renderHtml } from '../../src/report/html-report.js';
import { ferryAnalysis, hostileAnalysis, PAYLOADS, syntheticAnalysis } from '../report/fixtures.js';
import { HAVE_CHROMIUM, launch, texts, watchErrors } from './browser.js';
import { analyseStory } from '../compare/framing/story-loader.js';
import { expectChipOpensSpan, expectFerrySections, expectFilters, expectSummaryChip } from './report-checks.js';

const SCREENSHOTS = fileURLToPath(new URL('../../docs/screenshots/', import.meta.url));
/** Screenshots are rewritten only on request, so test runs leave the tree clean. */
const UPDATE_SCREENSHOTS = process.env.UPDATE_SCREENSHOTS === '1';

describe.skipIf(!HAVE_CHROMIUM)('HTML report in headless Chromium (file://)', () => {
  let browser: Browser;
  let dir: string;
  const write = (name: string, a: Analysis) => {
    const path = join(dir, name);
    writeFileSync(path, renderHtml(a));
    return pathToFileURL(path).href;
  };
  const open = async (url: string, width = 1440): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    const errors = watchErrors(page);
    await page.goto(url);
    await page.waitForSelector('#cc-app[aria-busy="false"]');
    return { page, errors };
  };
  beforeAll(async () => {
    browser = await launch();
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-report-'));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** A long story (written for this test): 40 quote fragments from 5 speakers, 30 events, 12 claims, 300 entities. */
  const longStory = (): Analysis => {
    const a = syntheticAnalysis(12);
    const speaker = (i: number) => `Speaker ${i % 5}`;
    return {
      ...a,
      claims: a.claims.slice(0, 12),
      events: a.events.slice(0, 30),
      quotes: a.quotes.slice(0, 40).map((q, i) => ({ ...q, speaker: { ...q.speaker!, name: speaker(i) }, occurrences: q.occurrences.map((o) => ({ ...o, speakerName: speaker(i) })) })),
    };
  };
  it('shows every section of the ferry story, with no script or CSP errors', async () => {
    const { page, errors } = await open(write('ferry.html', ferryAnalysis()));
    await expectFerrySections(page);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('evidence chips open the article with the span highlighted; Escape returns to the chip', async () => {
    const { page } = await open(write('ferry.html', ferryAnalysis()));
    await expectChipOpensSpan(page);
    await expectSummaryChip(page);
    await page.close();
  });
  it('filters by outlet and by search text', async () => {
    const { page } = await open(write('ferry.html', ferryAnalysis()));
    await expectFilters(page);
    await page.close();
  });
  it('keyboard: chips are buttons reachable by Tab, with a visible focus outline', async () => {
    const { page } = await open(write('ferry.html', ferryAnalysis()));
    expect(await page.$$eval('.chip', (cs) => cs.every((c) => c.tagName === 'BUTTON'))).toBe(true);
    let focusedChip = false;
    for (let i = 0; i < 40 && !focusedChip; i++) {
      await page.keyboard.press('Tab');
      focusedChip = await page.evaluate(() => document.activeElement?.classList.contains('chip') ?? false);
    }
    expect(focusedChip).toBe(true);
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');
    await page.keyboard.press('Enter');
    expect(await page.isVisible('#cc-viewer')).toBe(true);
    await page.close();
  });
  it('fits a 320 px screen without sideways scrolling of the page', async () => {
    const { page } = await open(write('ferry.html', ferryAnalysis()), 320);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.locator('#claim-claim-passengers button.chip').first().click();
    const box = await page.locator('#cc-viewer').boundingBox();
    expect(box?.width).toBe(320);
    await page.close();
  });
  it('hostile article text renders as text and never runs', async () => {
    const { page, errors } = await open(write('hostile.html', hostileAnalysis()));
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(await page.textContent('h1')).toBe(`${PAYLOADS[3]} story`);
    expect(await page.$$eval('#cc-app img, #cc-app svg, #cc-app iframe, #cc-app b, #cc-app style, #cc-app script', (e) => e.length)).toBe(0);
    expect(await page.isVisible('#conflicts')).toBe(true);
    expect(await page.textContent('#summary')).toContain(PAYLOADS[0]);
    // the javascript: URL was dropped; opening the article shows the payload text verbatim
    await page.locator('#articles button.link').first().click();
    expect(await page.$$eval('#cc-viewer a', (as) => as.map((a) => a.getAttribute('href')))).not.toContain('javascript:window.__pwned="url"');
    expect(await page.textContent('#cc-viewer .article-text')).toContain(PAYLOADS[1]);
    // hover every chip (mouseover payloads) and try again
    await page.keyboard.press('Escape');
    for (const chip of await page.$$('.chip')) await chip.hover({ timeout: 1000 }).catch(() => undefined);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
    expect(errors).toEqual([]);
    await page.close();
  });
  it('prints: toolbar and viewer hidden in print media', async () => {
    const { page } = await open(write('ferry.html', ferryAnalysis()));
    await page.emulateMedia({ media: 'print' });
    expect(await page.isHidden('.toolbar-wrap')).toBe(true);
    expect(await page.isVisible('#conflicts')).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.length).toBeGreaterThan(10_000);
    await page.close();
  });
  it('prints every folded section and quote in full', async () => {
    const { page } = await open(write('long.html', longStory()));
    expect(await page.locator('#quotes .quote').first().isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('#quotes .quote:visible').count()).toBe(40);
    expect(await page.locator('#timeline .event:visible').count()).toBe(30);
    await page.close();
  });
  /** Real pipeline output: the page draws, every article is listed, a chip opens its exact span. */
  const expectRealOutput = async (a: Analysis) => {
    const { page, errors } = await open(write('real.html', a));
    expect(await page.$$eval('#articles .article-list li', (e) => e.length)).toBe(a.articles.length);
    const chip = page.locator('button.chip[data-start]').first();
    if (await chip.count()) {
      const [id, s, e] = [await chip.getAttribute('data-article'), Number(await chip.getAttribute('data-start')), Number(await chip.getAttribute('data-end'))];
      await chip.click();
      expect(await page.textContent('#cc-hit')).toBe(a.articles.find((x) => x.id === id)!.text.slice(s, e));
    }
    expect(errors).toEqual([]);
    await page.close();
  };
  it('framing: every lens has its method line, and a label chip opens the labelled words', async () => {
    const a = analyseStory('border-conflict');
    const { page, errors } = await open(write('framing.html', a));
    expect(await page.$$eval('#framing h3', (h) => h.map((x) => x.textContent))).toEqual(expect.arrayContaining(['Distinctive terms', 'Labels for actors', 'Scare quotes', 'Voices', 'Tone']));
    expect(await page.$$eval('#framing .framing-part', (ps) => ps.every((p) => /^How: /.test(p.querySelector('p.how')?.textContent ?? '')))).toBe(true);
    // folded: the section and the labels lens open from their headings
    const isOpen = (sel: string) => page.$eval(sel, (d) => (d as HTMLDetailsElement).open);
    expect(await isOpen('#framing > details')).toBe(false);
    await page.click('#framing > details > summary');
    if (!(await isOpen('#framing .framing-labels'))) await page.click('#framing .framing-labels > summary');
    const chip = page.locator('#framing .framing-labels li.framing-item', { hasText: 'terrorist organization' }).locator('button.chip').first();
    await chip.click();
    expect((await page.textContent('#cc-hit'))?.toLowerCase()).toContain('terrorist organization');
    expect(errors).toEqual([]);
    await page.close();
  });
  it('draws real pipeline output for articles written for this test (flood and transfer stories)', async () => {
    const src = mkdtempSync(join(tmpdir(), 'crosscheck-real-'));
    try {
      writeFileSync(join(src, 'flood-a.txt'), 'River Oda floods three villages\n\nThe River Oda burst its banks on Saturday, flooding 240 homes in three villages, the fire service said. "We have never seen water this high," said Mayor Ilse Brandt.\n');
      writeFileSync(join(src, 'flood-b.txt'), 'Hundreds evacuated as Oda rises\n\nFloodwater from the River Oda reached 310 homes on Saturday, according to the regional council. Mayor Ilse Brandt said: "We have never seen the water this high."\n');
      writeFileSync(join(src, 'transfer.txt'), 'Striker joins Rovers\n\nRovers signed striker Tomasz Lind from Vale United on Monday for a fee of 12 million euros, the club said.\n');
      await expectRealOutput(analyze(await ingestPaths([src])));
    } finally {
      rmSync(src, { recursive: true, force: true });
    }
  });
  it.skipIf(!HAVE_SEEDS)('draws real pipeline output for the seed corpus', async () => {
    await expectRealOutput(analyze(await ingestPaths([SEEDS_DIR])));
  });
  it('a long story: conflicts, agreements and summary open first; later sections fold to headings with counts', async () => {
    const { page, errors } = await open(write('long.html', longStory()));
    const ids = await page.$$eval('main > section', (s) => s.map((x) => x.id));
    expect(ids.slice(0, 3)).toEqual(['conflicts', 'agreements', 'summary']);
    const folds = await page.$$eval('main > section > details.fold', (ds) => ds.map((d) => [d.parentElement!.id, (d as HTMLDetailsElement).open, Math.round(d.getBoundingClientRect().height), Number(d.parentElement!.dataset.count)] as const));
    expect(folds.filter(([, , , n]) => n > 5).map(([id]) => id)).toEqual(expect.arrayContaining(['summary', 'timeline', 'quotes', 'entities', 'articles']));
    for (const [id, open, height, n] of folds) {
      if (['conflicts', 'agreements', 'summary'].includes(id)) expect(open, id).toBe(true);
      else if (n > 5) {
        expect(open, id).toBe(false);
        expect(height, id).toBeLessThan(60);
      }
    }
    expect(await page.textContent('#quotes-h')).toBe('Quote ledger 40 quotes, 5 speakers');
    expect(await page.textContent('#timeline-h')).toBe('Timeline 30');
    // the page ends soon after the summary: below it, a heading line (and its margins) per section, then the footer
    const summaryBottom = await page.$eval('#summary', (e) => e.getBoundingClientRect().bottom + window.scrollY);
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThan(summaryBottom + 7 * 100 + 100);
    // opened, the ledger shows each speaker once with at most three quotes, the rest folded under a count
    await page.click('#quotes > details > summary');
    expect(await page.$$eval('#quotes .speaker-group', (e) => e.length)).toBe(5);
    expect(await page.locator('#quotes .quote:visible').count()).toBe(15);
    expect(await texts(page, '#quotes .more-quotes > summary')).toEqual(Array.from({ length: 5 }, (_, i) => `5 more quotes from Speaker ${i}`));
    const ledger = await page.$eval('#quotes', (e) => e.getBoundingClientRect().height);
    console.log(`[layout] long story at 1440 px: quote ledger opened ${Math.round(ledger)} px (40 quotes, 5 speakers)`);
    expect(ledger).toBeLessThan(5 * 600);
    // a search opens the folded sections it matches in, and clearing it folds them again
    await page.click('#quotes > details > summary');
    await page.fill('#cc-search', 'bridge 7 closed');
    expect(await page.$eval('#timeline > details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    await page.fill('#cc-search', '');
    expect(await page.$eval('#timeline > details', (d) => (d as HTMLDetailsElement).open)).toBe(false);
    // a link in the section list opens the folded section it points to
    await page.click('nav.toc a[href="#entities"]');
    expect(await page.$eval('#entities > details', (d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(errors).toEqual([]);
    await page.close();
  });
  it('a long story at 390 px: no sideways scrolling, the search box one line high', async () => {
    const { page } = await open(write('long.html', longStory()), 390);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.evaluate(() => document.querySelectorAll('details').forEach((d) => ((d as HTMLDetailsElement).open = true)));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    const box = (await page.locator('#cc-search').boundingBox())!;
    expect(box.height).toBeLessThan(60);
    expect(box.width).toBeGreaterThan(200);
    await page.close();
  });
  it('measures rendering a 200-article analysis (printed, not asserted)', async () => {
    const a = syntheticAnalysis(200);
    const t0 = performance.now();
    const html = renderHtml(a);
    const tRender = performance.now() - t0;
    const path = join(dir, 'big.html');
    writeFileSync(path, html);
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const t1 = performance.now();
    await page.goto(pathToFileURL(path).href);
    await page.waitForSelector('#cc-app[aria-busy="false"]', { timeout: 60_000 });
    const tLoad = performance.now() - t1;
    const clientMs = await page.getAttribute('#cc-app', 'data-render-ms');
    const items = await page.$$eval('.cc-item', (e) => e.length);
    const t2 = performance.now();
    await page.fill('#cc-search', 'district 7');
    const tFilter = performance.now() - t2;
    console.log(
      `[timing] 200 articles: renderHtml ${tRender.toFixed(0)} ms in Node, file ${(html.length / 1024 / 1024).toFixed(2)} MiB; ` +
        `browser load→drawn ${tLoad.toFixed(0)} ms (client DOM build ${clientMs} ms, ${items} items); search filter ${tFilter.toFixed(0)} ms`,
    );
    expect(items).toBeGreaterThan(500);
    await page.close();
  });
  it.runIf(UPDATE_SCREENSHOTS)('writes docs/screenshots (UPDATE_SCREENSHOTS=1)', async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    // the bundled example story (text we wrote), through the real pipeline, at 1440 and 390 px
    const example = write('example.html', analyze(await ingestPaths([fileURLToPath(new URL('../../examples/harbour-bridge/', import.meta.url))])));
    const desk = await open(example, 1440);
    await desk.page.screenshot({ path: join(SCREENSHOTS, 'report-desktop-1440.png'), fullPage: true });
    // phone: the first screen, and the folded sections below the summary
    const mob = await open(example, 390);
    await mob.page.setViewportSize({ width: 390, height: 844 });
    await mob.page.screenshot({ path: join(SCREENSHOTS, 'report-mobile-390.png') });
    await mob.page.evaluate(() => window.scrollTo(0, document.getElementById('timeline')!.getBoundingClientRect().top + window.scrollY - 300));
    await mob.page.screenshot({ path: join(SCREENSHOTS, 'report-mobile-390-folded.png') });
    // the ferry fixture with an evidence chip opened (the README's picture)
    const ferry = await open(write('ferry.html', ferryAnalysis()), 1440);
    await ferry.page.locator('#claim-claim-passengers button.chip[data-article="a2"]').click();
    await ferry.page.screenshot({ path: join(SCREENSHOTS, 'report-evidence-1440.png') });
    for (const p of [desk.page, mob.page, ferry.page]) await p.close();
  });
});
