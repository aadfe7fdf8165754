import { expect } from 'vitest';
import type { Article } from '../../../src/contract/analysis-schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import type { QuantityRecord } from '../../../src/model/records.js';

/** An article around `text`, as ingestion would produce it. */
export function article(text: string, id = 'a1', published: string | null = '2026-02-10T06:00:00Z'): Article {
  return {
    id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: null, author: null, published, language: 'en', text, removed: [],
    wordCount: text.split(/\s+/).length,
  };
}

/** Quantities and ages the full extraction finds in `text`. */
export function quantitiesIn(text: string): readonly QuantityRecord[] {
  return extractArticle(article(text)).quantities;
}

export type Expected = Partial<Pick<QuantityRecord, 'value' | 'qualifier' | 'unit' | 'topic' | 'claimKind' | 'subjectName' | 'attribution' | 'text'>>;

/** Expect one quantity in `text` with all the given fields (found by value). */
export function expectQuantity(text: string, want: Expected): void {
  const found = quantitiesIn(text);
  const candidates = want.value === undefined ? found : found.filter((q) => q.value === want.value);
  const described = found.map((q) => `${q.text} → ${q.topic}`).join('; ') || 'nothing';
  expect(candidates.length, `no quantity ${want.value} in "${text}" (found: ${described})`).toBeGreaterThan(0);
  const q = candidates[0]!;
  for (const [k, v] of Object.entries(want)) expect(q[k as keyof QuantityRecord], `${k} of ${q.text} in "${text}"`).toEqual(v);
  // provenance: the span reads as the written text
  expect(text.slice(q.span.start, q.span.end)).toBe(q.text);
}

/** Expect no quantity whose written text contains `figure`. */
export function expectNoQuantity(text: string, figure: string): void {
  const found = quantitiesIn(text).filter((q) => q.text.includes(figure));
  expect(found.map((q) => `${q.text} → ${q.topic}`), `"${figure}" should not be a quantity in "${text}"`).toEqual([]);
}
