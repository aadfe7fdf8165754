/** Builders for hand-made findings in domain words, for the summary and orchestrator tests. */
import type { Article, Claim, ClaimValue, Quote, Span, TimelineEvent } from '../../../src/contract/analysis-schema.js';

/** The span of the first occurrence of `needle` in the article (throws when absent, so a typo fails loudly). */
export function at(a: Article, needle: string): Span {
  const start = a.text.indexOf(needle);
  if (start < 0) throw new Error(`"${needle}" not in ${a.id}`);
  return { article: a.id, start, end: start + needle.length };
}

/** A claim value stated in each given article at `needle`. */
export function value(text: string, normalized: number | string | null, articles: readonly Article[], needle = text): ClaimValue {
  return { value: text, normalized, qualifier: null, unit: null, articles: articles.map((a) => a.id), evidence: articles.map((a) => at(a, needle)) };
}

export function claim(id: string, topic: string, status: Claim['status'], values: ClaimValue[], extra: Partial<Claim> = {}): Claim {
  return { id, kind: 'quantity', topic, status, values, ...extra };
}

/** A ledger entry quoted verbatim in each article. */
export function quote(id: string, text: string, speaker: Quote['speaker'], articles: readonly Article[], extra: Partial<Quote> = {}): Quote {
  return {
    id, text, speaker,
    occurrences: articles.map((a) => ({ ...at(a, text), text, speakerName: speaker?.name ?? null })),
    ...extra,
  };
}

export function event(id: string, date: string, description: string, evidence: Span[]): TimelineEvent {
  return { id, date, description, entities: [], evidence, articles: [...new Set(evidence.map((s) => s.article))].sort() };
}

/** Text under a span. */
export const textOf = (articles: readonly Article[], s: Span) => articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);
