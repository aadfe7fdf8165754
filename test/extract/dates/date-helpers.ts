/** Domain helpers for the date-stage tests: run the stage on text we write. */
import { expect } from 'vitest';
import type { Article, Diagnostic } from '../../../src/contract/analysis-schema.js';
import { extractDates, buildEvents } from '../../../src/extract/dates/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import type { ExtractContext } from '../../../src/extract/context.js';
import type { DateMention, EntityLayer, EventRecord } from '../../../src/model/records.js';
import { analyseText } from '../../../src/nlp/nlp-doc.js';

export function article(text: string, published: string | null, id = 'a1'): Article {
  return { id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: null, author: null, published, language: null, text, removed: [], wordCount: text.split(/\s+/).length };
}

export interface DateRun {
  readonly dates: DateMention[];
  readonly events: EventRecord[];
  readonly diagnostics: Diagnostic[];
  readonly entities: EntityLayer;
}

export function runDates(text: string, published: string | null): DateRun {
  const diagnostics: Diagnostic[] = [];
  const a = article(text, published);
  const ctx: ExtractContext = { article: a, doc: analyseText(text), diagnose: (d) => diagnostics.push({ ...d, source: a.source, article: a.id }) };
  const dates = extractDates(ctx);
  const entities = extractEntities(ctx);
  const events = buildEvents(ctx, dates, entities);
  return { dates, events, diagnostics, entities };
}

/** The date mention whose text contains `phrase` (or the only one). */
function mentionFor(run: DateRun, phrase: string | undefined, text: string): DateMention {
  const found = phrase === undefined ? run.dates : run.dates.filter((d) => d.text.includes(phrase) || phrase.includes(d.text));
  expect(found.length, `one date ${phrase ? `for "${phrase}" ` : ''}in: ${text}\n got: ${JSON.stringify(run.dates.map((d) => d.text))}`).toBe(1);
  return found[0]!;
}

export interface DateExpectation {
  readonly published: string | null;
  readonly date: string | null;
  readonly precision?: 'year' | 'month' | 'day';
  /** the expression the date is read from, when the text holds several. */
  readonly phrase?: string;
  readonly anchored?: boolean;
  /** the TimeML period beside the date ("2024-W08", "2024-Q3"); null for none. */
  readonly period?: string | null;
}

/** Expect `text` to hold a date expression resolving to `want.date`. */
export function expectDate(text: string, want: DateExpectation): void {
  const m = mentionFor(runDates(text, want.published), want.phrase, text);
  expect(m.date, `date of "${m.text}" in: ${text}`).toBe(want.date);
  const precision = want.precision ?? (want.date === null ? undefined : (['year', 'month', 'day'] as const)[want.date.split('-').length - 1]);
  if (precision !== undefined) expect(m.precision, `precision of "${m.text}"`).toBe(precision);
  if (want.anchored !== undefined) expect(m.anchored, `anchored "${m.text}"`).toBe(want.anchored);
  if (want.period !== undefined) expect(m.period ?? null, `period of "${m.text}"`).toBe(want.period);
  expect(text.slice(m.span.start, m.span.end), 'span matches text').toBe(m.text);
}

/** Expect no date expression overlapping `phrase` in `text`. */
export function expectNoDate(text: string, phrase: string, published: string | null = '2025-03-05'): void {
  const at = text.indexOf(phrase);
  expect(at, `test text holds "${phrase}"`).toBeGreaterThanOrEqual(0);
  const run = runDates(text, published);
  const hit = run.dates.filter((d) => d.span.start < at + phrase.length && d.span.end > at);
  expect(hit.map((d) => `${d.text}=${d.date}`), `no date in "${phrase}" of: ${text}`).toEqual([]);
}
