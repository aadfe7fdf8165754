/** The quote ledger (PLACEHOLDER: one entry per occurrence, no cross-article matching). */
import type { Quote } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';

export function buildQuoteLedger(extractions: readonly ArticleExtraction[], resolver: EntityResolver): Quote[] {
  const quotes: Quote[] = [];
  for (const x of extractions) {
    for (const q of x.quotes) {
      if (q.scare) continue;
      const entity = q.speaker?.entity ? resolver.globalId(x.article.id, q.speaker.entity) : null;
      quotes.push({
        id: `q${quotes.length + 1}`,
        text: q.text,
        speaker: q.speaker ? { name: q.speaker.name, entity, role: q.speaker.role } : null,
        occurrences: [{ ...q.span, text: q.text, speakerName: q.speaker?.name ?? null }],
      });
    }
  }
  return quotes;
}
