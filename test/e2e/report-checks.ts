/**
 * Checks shared by the report-file and served-UI browser tests: both draw the
 * ferry story with the same client, so both must show the same sections.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { rowTexts, texts } from './browser.js';

/** Every section shows the ferry story's expected items. */
export async function expectFerrySections(page: Page): Promise<void> {
  await page.waitForSelector('#cc-app[aria-busy="false"]');
  expect(await page.textContent('h1')).toBe('Death toll in Aurora Bell sinking rises to 15');
  expect(await page.textContent('.stats')).toBe('4 articles from 4 outlets (3 independent), published 2025-06-10 to 2025-06-11');
  expect(await page.textContent('#conflicts-h .count')).toBe(' 2 conflicts, 1 update');
  // conflicts first, with both disputed facts and the update; then agreements and the summary, open
  expect(await page.$$eval('main > section', (s) => s.map((x) => x.id))).toEqual(['conflicts', 'agreements', 'summary', 'timeline', 'quotes', 'entities', 'coverage', 'framing', 'articles', 'diagnostics']);
  for (const id of ['conflicts', 'agreements', 'summary']) expect(await page.$eval(`#${id} > details.fold`, (d) => (d as HTMLDetailsElement).open), id).toBe(true);
  expect(await texts(page, '#conflicts .claim h3')).toEqual(['date of the capsizing — Aurora Bell disputed', 'passengers aboard — Aurora Bell disputed', 'people killed — Aurora Bell sinking updated']);
  expect(await texts(page, '#claim-claim-passengers mark')).toEqual(['140', '140', '152']);
  // the syndicated copy's identical sentence is one evidence line with a chip per outlet
  expect(await page.$$eval('#claim-claim-passengers .ev-line', (ls) => ls.map((l) => Array.from(l.querySelectorAll('.chip'), (c) => c.textContent)))).toEqual([['Coastal Herald'], ['North Sea Times'], ['Island Wire', 'Daily Ledger']]);
  expect(await texts(page, '#claim-claim-deaths .sequence li')).toEqual(['12 Coastal Herald, 2025-06-10 08:00 UTC', '15 Island Wire, 2025-06-10 14:00 UTC']);
  // agreements with independent counts
  const agreed = await rowTexts(page, '#agreements table.agreements tbody tr');
  expect(agreed[0]).toMatch(/^operator of the ferry Lindqvist Lines 3 /);
  expect(agreed[1]).toMatch(/^port of departure Port Halden 2 /);
  // timeline: four days, the two capsizing dates marked as disputed
  expect(await texts(page, '#timeline .day')).toEqual(['2025-06-08', '2025-06-09', '2025-06-10', '2025-06-11']);
  expect(await page.$$eval('#timeline .event.date-conflict', (e) => e.length)).toBe(2);
  // quote ledger: the altered wording as a word diff
  expect(await texts(page, '#quotes .quote ins')).toEqual(['whole', 'we']);
  // one card per speaker, the flags on the quote
  expect(await texts(page, '#quotes .speaker')).toEqual(['Ana Ferreira (coastguard commander) · 1 quote', 'Tomas Berg (chief executive of Lindqvist Lines) · 1 quote']);
  expect(await texts(page, '#quotes .quote .badge')).toEqual(['wording altered']);
  expect(await page.textContent('#quotes-h')).toBe('Quote ledger 2 quotes, 2 speakers');
  // roster and coverage
  expect((await texts(page, '#entities tbody th'))).toEqual(['Ana Ferreira', 'Tomas Berg', 'Lindqvist Lines', 'Port Halden', 'Marrow Point']);
  expect(await texts(page, '#coverage thead th')).toEqual(['Fact', 'Coastal Herald', 'Daily Ledger', 'Island Wire', 'North Sea Times']);
  const rescued = (await rowTexts(page, '#coverage tbody tr')).find((r) => r.startsWith('people rescued'));
  expect(rescued).toBe('people rescued 118 — — —');
  // summary and diagnostics
  expect(await page.$$eval('#summary .summary-sentence', (e) => e.length)).toBe(4);
  expect(await page.textContent('#diagnostics')).toContain('unknown-format stories/ferry/statement.pdf');
}

/** Clicking an evidence chip opens the article with exactly the evidence span highlighted. */
export async function expectChipOpensSpan(page: Page): Promise<void> {
  const chip = page.locator('#claim-claim-passengers button.chip[data-article="a2"]');
  const [start, end] = [Number(await chip.getAttribute('data-start')), Number(await chip.getAttribute('data-end'))];
  await chip.click();
  await page.waitForSelector('#cc-viewer:not([hidden])');
  const hit = await page.textContent('#cc-hit');
  const text = await page.textContent('#cc-viewer .article-text');
  expect(hit).toBe('The ferry was carrying 152 passengers, the port authority said, contradicting earlier figures from the operator.');
  expect(text!.slice(start, end)).toBe(hit);
  expect(await page.textContent('#cc-viewer-title')).toBe('Death toll in Aurora Bell sinking rises to 15');
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('cc-hit');
  // Escape closes and gives focus back to the chip (jump back to the evidence)
  await page.keyboard.press('Escape');
  expect(await page.isHidden('#cc-viewer')).toBe(true);
  expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.article)).toBe('a2');
}

/** A summary chip shows its supporting sentence; from there the article opens at the span. */
export async function expectSummaryChip(page: Page): Promise<void> {
  const chip = page.locator('#summary .summary-sentence').nth(2).locator('button.chip').nth(1);
  await chip.click();
  const support = page.locator('#cc-support-2');
  expect(await support.isVisible()).toBe(true);
  expect(await support.locator('q').textContent()).toContain('The ferry was carrying 152 passengers');
  await support.locator('button.link').click();
  expect(await page.textContent('#cc-hit')).toContain('152 passengers');
  await page.keyboard.press('Escape');
}

/** Outlet toggles and search hide what does not match. */
export async function expectFilters(page: Page): Promise<void> {
  const visibleQuotes = () => texts(page, '#quotes .speaker-group:not([hidden]) .speaker');
  await page.locator('.outlet-toggles button', { hasText: 'North Sea Times' }).click();
  expect((await visibleQuotes()).map((s) => s.split(' (')[0])).toEqual(['Ana Ferreira']);
  expect(await page.$$eval('#coverage th', (ths) => ths.filter((t) => t.textContent === 'North Sea Times' && !(t as HTMLElement).hidden).length)).toBe(0);
  await page.locator('.outlet-toggles button', { hasText: 'North Sea Times' }).click();
  // switching an outlet off also hides its evidence lines inside cards other outlets keep visible
  const lines = page.locator('#claim-claim-passengers .ev-line:visible');
  await page.locator('.outlet-toggles button', { hasText: 'North Sea Times' }).click();
  expect(await lines.count()).toBe(2);
  await page.locator('.outlet-toggles button', { hasText: 'North Sea Times' }).click();
  expect(await lines.count()).toBe(3);
  // a line two outlets share stays while one of them is on; only the chip of the other goes
  await page.locator('.outlet-toggles button', { hasText: 'Daily Ledger' }).click();
  expect(await lines.count()).toBe(3);
  expect(await texts(page, '#claim-claim-passengers .ev-line .chip:not([hidden])')).toEqual(['Coastal Herald', 'North Sea Times', 'Island Wire']);
  await page.locator('.outlet-toggles button', { hasText: 'Island Wire' }).click();
  expect(await lines.count()).toBe(2);
  for (const o of ['Daily Ledger', 'Island Wire']) await page.locator('.outlet-toggles button', { hasText: o }).click();
  expect(await lines.count()).toBe(3);
  // a search that matches no agreement hides the agreement tables with their headers
  await page.fill('#cc-search', 'safety is our');
  expect(await page.isHidden('#agreements table.agreements')).toBe(true);
  expect((await visibleQuotes()).map((s) => s.split(' (')[0])).toEqual(['Tomas Berg']);
  expect(await page.textContent('#cc-filter-status')).toMatch(/^Showing 1 of \d+ items$/);
  await page.fill('#cc-search', '');
  expect(await page.textContent('#cc-filter-status')).toMatch(/^Showing all \d+ items$/);
}
