import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { buildArticle } from '../../src/ingest/build-article.js';
import { ingestPaths, type IngestResult } from '../../src/ingest/index.js';
import { ingestText } from '../../src/ingest/text-ingester.js';
import { analyseText } from '../../src/nlp/nlp-doc.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));
export const REPO = fileURLToPath(new URL('../../', import.meta.url));

/** Ingest one fixture file (paths relative to test/fixtures/ingest). */
export async function ingestFixture(name: string): Promise<IngestResult> {
  return ingestPaths([FIXTURES + name], { cwd: REPO });
}

/** The single article a fixture produces; fails the test (naming the fixture) when there is not exactly one. */
export async function articleOf(name: string): Promise<Article> {
  const r = await ingestFixture(name);
  expect(r.articles.map((a) => a.id), `${name}: expected exactly one article`).toHaveLength(1);
  return r.articles[0]!;
}

/** Article expectations in domain words: field values, words the text must keep, words it must have lost. */
export interface ArticleExpectation {
  readonly fields?: Partial<Pick<Article, 'id' | 'title' | 'outlet' | 'outletFrom' | 'published' | 'author' | 'url' | 'language'>>;
  readonly textStartsWith?: string;
  readonly textEndsWith?: string;
  readonly textHas?: readonly string[];
  readonly textLacks?: readonly string[];
  readonly removed?: readonly { readonly reason: string; readonly has: string }[];
  readonly nothingRemoved?: boolean;
}

/** Check an article against an expectation; every failure names the case and the field. */
export function expectArticle(caseName: string, a: Article, x: ArticleExpectation): void {
  for (const [k, v] of Object.entries(x.fields ?? {})) expect(a[k as keyof Article], `${caseName}: field ${k}`).toEqual(v);
  if (x.textStartsWith !== undefined) expect(a.text.startsWith(x.textStartsWith), `${caseName}: text starts with ${JSON.stringify(x.textStartsWith)}, got ${JSON.stringify(a.text.slice(0, 60))}`).toBe(true);
  if (x.textEndsWith !== undefined) expect(a.text.endsWith(x.textEndsWith), `${caseName}: text ends with ${JSON.stringify(x.textEndsWith)}, got ${JSON.stringify(a.text.slice(-60))}`).toBe(true);
  for (const s of x.textHas ?? []) expect(a.text, `${caseName}: text keeps ${JSON.stringify(s)}`).toContain(s);
  for (const s of x.textLacks ?? []) expect(a.text, `${caseName}: text lost ${JSON.stringify(s)}`).not.toContain(s);
  for (const r of x.removed ?? []) {
    expect(a.removed.some((p) => p.reason === r.reason && p.text.includes(r.has)), `${caseName}: removed[] has ${r.reason} containing ${JSON.stringify(r.has)}; got ${JSON.stringify(a.removed)}`).toBe(true);
  }
  if (x.nothingRemoved) expect(a.removed, `${caseName}: nothing removed`).toEqual([]);
  // Invariants of every article: normalised text, a word count that matches it.
  expect(a.text, `${caseName}: no blank lines`).not.toMatch(/\n\n|^\n|\n$/);
  expect(a.text, `${caseName}: no CR, tabs, NBSP, zero-width or soft hyphens`).not.toMatch(/[\r\t\u00A0\u200B\u00AD\uFEFF]/);
  expect(a.wordCount, `${caseName}: wordCount`).toBe(a.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length);
}

/** Ingest one plain-text article from a string (id "x") and split its text into sentences with the NLP layer. */
export function sentencesOfText(raw: string): { article: Article; sentences: string[] } {
  const article = buildArticle(ingestText(raw, 'txt'), 'x', 'x.txt');
  expect(article, 'the text gives an article').not.toBeNull();
  const text = article!.text;
  return { article: article!, sentences: analyseText(text).sentences.map((s) => text.slice(s.start, s.end)) };
}
