/**
 * `crosscheck export`: claims, quotes, events and entities of every story as flat rows, for
 * analysis in other tools. JSONL rows are `{ story, kind, record }` with the full contract record; CSV rows a fixed set of
 * columns (RFC 4180 quoting).
 */
import type { Analysis } from '../contract/analysis-schema.js';
import type { Store } from '../store/types.js';
import { currentAnalysis } from './analyse-stories.js';

export const EXPORT_FORMATS = ['jsonl', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** One exported record: the story, what kind of record, a one-line text, a detail and the articles. */
export interface ExportRow {
  readonly story: number;
  readonly kind: 'claim' | 'quote' | 'event' | 'entity';
  readonly id: string;
  readonly text: string;
  /** claim status, quote speaker, event date, entity type. */
  readonly detail: string;
  readonly articles: readonly string[];
  readonly record: unknown;
}

const sorted = (xs: Iterable<string>) => [...new Set(xs)].sort();

/** The rows of one story's analysis, in contract order (claims, quotes, events, entities). */
export function analysisRows(story: number, a: Analysis): ExportRow[] {
  return [
    ...a.claims.map((c) => ({ story, kind: 'claim' as const, id: c.id, text: `${c.topic}: ${c.values.map((v) => v.value).join(' | ')}`, detail: c.status, articles: sorted(c.values.flatMap((v) => v.articles)), record: c })),
    ...a.quotes.map((q) => ({ story, kind: 'quote' as const, id: q.id, text: q.text, detail: q.speaker?.name ?? '', articles: sorted(q.occurrences.map((o) => o.article)), record: q })),
    ...a.events.map((e) => ({ story, kind: 'event' as const, id: e.id, text: e.description, detail: e.date, articles: sorted(e.articles ?? e.evidence.map((s) => s.article)), record: e })),
    ...a.entities.map((e) => ({ story, kind: 'entity' as const, id: e.id, text: e.name, detail: e.type, articles: sorted(e.articles), record: e })),
  ];
}

const CSV_COLUMNS = ['story', 'kind', 'id', 'text', 'detail', 'articles'] as const;
const csvCell = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

/** One output line (with its newline) for `row`. */
export function formatRow(row: ExportRow, format: ExportFormat): string {
  if (format === 'jsonl') return `${JSON.stringify({ story: row.story, kind: row.kind, record: row.record })}\n`;
  return `${[String(row.story), row.kind, row.id, row.text, row.detail, row.articles.join(' ')].map(csvCell).join(',')}\r\n`;
}

/** Every story's rows as output lines, oldest story first (CSV with a header line); stale analyses are refreshed. */
export async function* exportLines(store: Store, format: ExportFormat): AsyncGenerator<string> {
  if (format === 'csv') yield `${CSV_COLUMNS.join(',')}\r\n`;
  const stories = (await store.listStories()).map((s) => s.id).sort((a, b) => a - b);
  for (const id of stories) {
    const analysis = await currentAnalysis(store, id);
    if (analysis) for (const row of analysisRows(id, analysis)) yield formatRow(row, format);
  }
}
