/**
 * The token documents of undated articles, kept from extraction for the story-reference
 * step of the timeline (src/compare/timeline/00-story-reference.ts): it resolves such an
 * article's dates again against the story's day, and reusing the document spares a second
 * wink pass over the same text. Only undated articles are kept, keyed by the article
 * record itself (a WeakMap: dropped with the record); a record read back from a store is
 * another object, misses, and is analysed again — same text, same document.
 */
import type { Article } from '../contract/analysis-schema.js';
import type { NlpDoc } from '../nlp/nlp-doc.js';
import { analyseText } from '../nlp/nlp-doc.js';

const undatedDocs = new WeakMap<Article, NlpDoc>();

/** Keep an article's document when the article has no publication date. */
export function keepIfUndated(article: Article, doc: NlpDoc): void {
  if (article.published === null) undatedDocs.set(article, doc);
}

/** The document of an article: the one kept at extraction, or a new analysis of its text. */
export function documentOf(article: Article): NlpDoc {
  return undatedDocs.get(article) ?? analyseText(article.text);
}
