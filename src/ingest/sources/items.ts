/**
 * The items every input source yields, and the one place drafts become articles with unique ids.
 * Shared by the batch `ingestPaths` (which collects the items) and the streaming `streamInputs`
 * (which hands them on one at a time).
 */
import type { Article, Diagnostic } from '../../contract/analysis-schema.js';
import type { IdAllocator } from '../article-ids.js';
import { type Draft, buildArticle } from '../build-article.js';

/**
 * One thing read from the inputs, in input order: an article, a content problem, or a count of
 * inputs (files, URLs) and records (JSON/JSONL/feed items, WARC records) that produced no article.
 */
export type SourceItem =
  | { readonly kind: 'article'; readonly article: Article }
  | { readonly kind: 'diagnostic'; readonly diagnostic: Diagnostic }
  | { readonly kind: 'skipped'; readonly inputs: number; readonly records: number };

/** What the format readers need: limits and the run's id allocator. */
export interface ReadContext {
  /** Bytes allowed per input (per record body for WARC). */
  readonly maxBytes: number;
  /** Ids stay unique across the whole run. */
  readonly ids: IdAllocator;
}

/** A diagnostic item at stage `ingest`. */
export function diagnostic(severity: Diagnostic['severity'], rule: string, message: string, source: string, line?: number): SourceItem {
  return { kind: 'diagnostic', diagnostic: { severity, rule, message, source, ...(line ? { line } : {}), stage: 'ingest' } };
}

export const skippedInput: SourceItem = { kind: 'skipped', inputs: 1, records: 0 };
export const skippedRecord: SourceItem = { kind: 'skipped', inputs: 0, records: 1 };

/**
 * Finish a draft into an article with a unique id. `items` holds a duplicate-id notice and the
 * article, or an `empty-text` warning when nothing is left after markup and boilerplate removal.
 */
export function finishDraft(ctx: ReadContext, draft: Draft, wantedId: string, source: string, line?: number): { readonly ok: boolean; readonly items: SourceItem[] } {
  const article = buildArticle(draft, '', source);
  if (!article) return { ok: false, items: [diagnostic('warning', 'empty-text', 'no article text left after removing markup and boilerplate', source, line)] };
  const notes: Diagnostic[] = [];
  const id = ctx.ids.take(wantedId, source, notes, line);
  return { ok: true, items: [...notes.map((d): SourceItem => ({ kind: 'diagnostic', diagnostic: d })), { kind: 'article', article: { ...article, id } }] };
}
