/**
 * What every summary step reads: the input findings plus per-article sentences,
 * content words and independent units, computed once.
 */
import type { Article, Entity, SummarySentence } from '../../contract/analysis-schema.js';
import type { SummaryInput } from './input.js';
import { SourceLabels } from './phrasing.js';
import { contentWords, splitSentences, type TextSpan } from './text-units.js';

export interface SentenceUnit extends TextSpan {
  readonly index: number;
  readonly words: ReadonlySet<string>;
}

export interface SummaryContext {
  readonly input: SummaryInput;
  readonly labels: SourceLabels;
  readonly entities: ReadonlyMap<string, Entity>;
  /** article id → id of its independent unit (its copy group, or itself). */
  readonly unitOf: ReadonlyMap<string, string>;
  readonly unitCount: number;
  sentences(article: Article): readonly SentenceUnit[];
  articleById(id: string): Article | undefined;
}

/** A candidate summary sentence and the section that produced it. */
export interface Draft extends SummarySentence {
  readonly section: 'central' | 'agreement' | 'conflict' | 'update' | 'quote' | 'event';
}

/** Build the shared context. */
export function summaryContext(input: SummaryInput): SummaryContext {
  const unitOf = new Map<string, string>(input.articles.map((a) => [a.id, `article:${a.id}`]));
  for (const g of input.independence) for (const a of g.articles) if (unitOf.has(a)) unitOf.set(a, `group:${g.id}`);
  const cache = new Map<string, SentenceUnit[]>();
  const byId = new Map(input.articles.map((a) => [a.id, a]));
  return {
    input,
    labels: new SourceLabels(input.articles),
    entities: new Map(input.entities.map((e) => [e.id, e])),
    unitOf,
    unitCount: new Set(unitOf.values()).size,
    articleById: (id) => byId.get(id),
    sentences(article) {
      let s = cache.get(article.id);
      if (!s) {
        s = splitSentences(article.text).map((sp, index) => ({ ...sp, index, words: new Set(contentWords(article.text.slice(sp.start, sp.end))) }));
        cache.set(article.id, s);
      }
      return s;
    },
  };
}

/** Sorted unique article ids of some spans. */
export const articlesOf = (spans: readonly { article: string }[]) => [...new Set(spans.map((s) => s.article))].sort();
