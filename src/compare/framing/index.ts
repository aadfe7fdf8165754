/** Framing per outlet (PLACEHOLDER: empty). */
import type { Framing, Quote } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';

export function buildFraming(_extractions: readonly ArticleExtraction[], _quotes: readonly Quote[]): Framing[] {
  return [];
}
