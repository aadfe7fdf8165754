/**
 * Step 1: one sentence as the fact rules read it — its text, its entity mentions and the
 * quotations inside it — plus small helpers to find words at a clause's edges.
 */
import type { Sentence } from '../../nlp/nlp-doc.js';
import type { EntityLayer, Mention, QuoteRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { mentionsInRange } from '../entities/queries.js';

export interface SentenceView {
  readonly index: number;
  readonly start: number;
  readonly end: number;
  /** the sentence text; offsets into it plus `start` are article offsets. */
  readonly text: string;
  readonly lower: string;
  readonly mentions: readonly Mention[];
  readonly quotes: readonly QuoteRecord[];
}

export function sentenceViews(ctx: ExtractContext, entities: EntityLayer, quotes: readonly QuoteRecord[]): SentenceView[] {
  return ctx.doc.sentences.map((s: Sentence) => {
    const text = ctx.article.text.slice(s.start, s.end);
    return {
      index: s.i, start: s.start, end: s.end, text, lower: text.toLowerCase(),
      mentions: mentionsInRange(entities, s.start, s.end),
      quotes: quotes.filter((q) => !q.scare && q.span.start < s.end && q.span.end > s.start),
    };
  });
}

/**
 * The article's lower-case words, split once per article wherever a form may begin or end
 * (apostrophes included, so "beat's" holds "beat"): a rule whose first words are not among them
 * cannot match anywhere in the article, a cheap test before its regexes.
 */
const WORDS = new WeakMap<object, ReadonlySet<string>>();
export function articleWords(ctx: ExtractContext): ReadonlySet<string> {
  let w = WORDS.get(ctx.article);
  if (!w) {
    w = new Set(ctx.article.text.toLowerCase().split(/[^\p{L}\p{N}-]+/u));
    WORDS.set(ctx.article, w);
  }
  return w;
}

const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One regex matching any of `forms` as whole words, longest first (so "lost to" wins over "lost"). */
export function formsRegex(forms: readonly string[]): RegExp {
  const sorted = [...new Set(forms)].sort((a, b) => b.length - a.length).map(escapeRe);
  return new RegExp(`(?<![\\p{L}\\p{N}'’-])(?:${sorted.join('|')})(?![\\p{L}\\p{N}-])`, 'gu');
}

/** The mention whose span ends nearest before `offset` (article offset) in the sentence. */
export function mentionBefore(v: SentenceView, offset: number): Mention | undefined {
  let best: Mention | undefined;
  for (const m of v.mentions) if (m.span.end <= offset && (!best || m.span.end > best.span.end)) best = m;
  return best;
}

/** The first mention starting at or after `offset` (article offset) in the sentence. */
export function mentionAfter(v: SentenceView, offset: number): Mention | undefined {
  return v.mentions.find((m) => m.span.start >= offset);
}

/** Text of the sentence between two article offsets. */
export function between(v: SentenceView, from: number, to: number): string {
  return v.text.slice(Math.max(0, from - v.start), Math.max(0, to - v.start));
}
