/**
 * Domain helpers for quote tests: run the real NLP, entity and quote stages on a text.
 */
import { describe, expect, it } from 'vitest';
import type { Article, Diagnostic } from '../../../src/contract/analysis-schema.js';
import type { QuoteRecord } from '../../../src/model/records.js';
import { analyseText } from '../../../src/nlp/nlp-doc.js';
import type { ExtractContext } from '../../../src/extract/context.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import { extractQuotes } from '../../../src/extract/quotes/index.js';

export function article(text: string, id = 't1', extra: Partial<Article> = {}): Article {
  return { id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: null, author: null, published: null, language: 'en', text, removed: [], wordCount: text.split(/\s+/).length, ...extra };
}

export interface QuoteRun {
  readonly quotes: QuoteRecord[];
  readonly diagnostics: Diagnostic[];
}

/** Run entities + quotes on `text`. */
export function runQuotes(text: string, id = 't1'): QuoteRun {
  const diagnostics: Diagnostic[] = [];
  const a = article(text, id);
  const ctx: ExtractContext = { article: a, doc: analyseText(text), diagnose: (d) => diagnostics.push({ ...d, source: a.source, article: a.id }) };
  const quotes = extractQuotes(ctx, extractEntities(ctx));
  return { quotes, diagnostics };
}

/** True when one name's words are a suffix of the other's ("Roe" ~ "Jane Roe" ~ "Mayor Jane Roe"). */
export function sameName(a: string, b: string): boolean {
  const wa = a.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const wb = b.toLowerCase().split(/[\s-]+/).filter(Boolean);
  const [s, l] = wa.length <= wb.length ? [wa, wb] : [wb, wa];
  return s.length > 0 && s.every((w, i) => l[l.length - s.length + i] === w);
}

/** The quote whose text starts with `opening` (marks excluded). */
export function findQuote(quotes: readonly QuoteRecord[], opening: string): QuoteRecord | undefined {
  return quotes.find((q) => q.text.trimStart().startsWith(opening));
}

export interface QuoteExpectation {
  /** expected speaker name (suffix match), or null for "no speaker" */
  readonly speaker?: string | null;
  readonly partial?: boolean;
  readonly scare?: boolean;
  readonly rule?: string;
  /** the whole quoted text, exactly */
  readonly text?: string;
  /** speaker has no entity (anonymous source) */
  readonly anonymous?: boolean;
  readonly role?: string;
}

/** Assert that `text` yields a quote opening with `opening`, with the given properties. */
export function expectQuote(text: string, opening: string, want: QuoteExpectation): QuoteRecord {
  const { quotes } = runQuotes(text);
  const q = findQuote(quotes, opening);
  expect(q, `no quote opening “${opening}” in: ${text}\nfound: ${quotes.map((x) => x.text).join(' | ')}`).toBeDefined();
  checkQuote(q!, opening, want);
  return q!;
}

export function checkQuote(q: QuoteRecord, label: string, want: QuoteExpectation): void {
  if (want.text !== undefined) expect(q.text, `${label}: text`).toBe(want.text);
  if (want.partial !== undefined) expect(q.partial, `${label}: partial`).toBe(want.partial);
  if (want.scare !== undefined) expect(q.scare, `${label}: scare`).toBe(want.scare);
  if (want.speaker === null) expect(q.speaker, `${label}: speaker should be null`).toBeNull();
  else if (want.speaker !== undefined) {
    expect(q.speaker, `${label}: speaker missing (want ${want.speaker})`).not.toBeNull();
    expect(sameName(q.speaker!.name, want.speaker), `${label}: speaker “${q.speaker!.name}” (rule ${q.speaker!.rule}), want “${want.speaker}”`).toBe(true);
  }
  if (want.rule !== undefined) expect(q.speaker?.rule, `${label}: rule`).toBe(want.rule);
  if (want.anonymous !== undefined) expect(q.speaker?.entity === null, `${label}: anonymous`).toBe(want.anonymous);
  if (want.role !== undefined) expect(q.speaker?.role ?? '', `${label}: role`).toContain(want.role);
}

/** Assert that no quote (scare or not) covers `words` in `text`. */
export function expectNoQuote(text: string, words: string): void {
  const { quotes } = runQuotes(text);
  const hit = quotes.find((q) => q.text.includes(words) || words.includes(q.text.trim()));
  expect(hit, `unexpected quote “${hit?.text}” in: ${text}`).toBeUndefined();
}

/** One row of a failure-kind table: a text, its quote, its speaker and the name it must not be. */
export interface KindCase {
  readonly text: string;
  readonly opening: string;
  /** expected speaker (suffix match), null for none; left out when only `not` matters */
  readonly speaker?: string | null;
  /** a name the speaker must not be (the person the quote is about, the listener, the medium) */
  readonly not?: string;
  /** the quoted words exactly, when the marks are what is tested */
  readonly quoted?: string;
}

/** Check one failure-kind row. */
export function checkKind({ text, opening, speaker, not, quoted }: KindCase): void {
  const want = { ...(speaker === undefined ? {} : { speaker }), ...(quoted === undefined ? {} : { text: quoted }) };
  const q = expectQuote(text, opening, want);
  if (not !== undefined) expect(q.speaker !== null && sameName(q.speaker.name, not), `credited to ${not}`).toBe(false);
}

/** One table per failure kind: each row names its quote, its speaker and what it must not be. */
export function failureKind(title: string, cases: readonly KindCase[]): void {
  describe(title, () => {
    it.each(cases)('$opening', checkKind);
  });
}
