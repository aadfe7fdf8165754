import type { Article, Diagnostic, Span } from '../contract/analysis-schema.js';
import type { NlpDoc, Sentence } from '../nlp/nlp-doc.js';

/** What every extractor receives for one article. */
export interface ExtractContext {
  readonly article: Article;
  readonly doc: NlpDoc;
  /** Report a problem in the content; never throw for content. */
  readonly diagnose: (d: Omit<Diagnostic, 'source' | 'article'>) => void;
}

/** A span into the context's article. */
export function spanOf(ctx: ExtractContext, start: number, end: number): Span {
  return { article: ctx.article.id, start, end };
}

export function sentenceSpan(ctx: ExtractContext, s: Sentence): Span {
  return { article: ctx.article.id, start: s.start, end: s.end };
}
