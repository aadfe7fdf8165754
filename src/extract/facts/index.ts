/**
 * Fact extraction: (subject, predicate, object) records with their modality, per article.
 * Steps: 1. sentence views (text, mentions, quotations), 2. modality of a clause,
 * 3. event relations by verb class, 4. attributes of people, 5. the event's place, 6. times of
 * day and what they are the time of, 7. a contest's score, 8. set phrases, 9. distinctions,
 * 10. the offences of a verdict or a charge. Runs after entities and quotes:
 * facts are about the article's entities, and a fact inside a quotation is attributed.
 */
import type { EntityLayer, FactRecord, QuoteRecord } from '../../model/records.js';
import type { ExtractContext } from '../context.js';
import { sentenceViews } from './01-sentence-view.js';
import { relationFacts } from './03-relations.js';
import { attributeFacts } from './04-attributes.js';
import { containmentFacts, eventPlaceFacts } from './05-event-place.js';
import { eventTimeFacts } from './06-event-time.js';
import { scoreFacts } from './07-score.js';
import { setPhraseFacts } from './08-set-phrases.js';
import { distinctionFacts } from './09-distinctions.js';
import { chargeFacts } from './10-charges.js';

/** Facts of one article, in text order. */
export function extractFacts(ctx: ExtractContext, entities: EntityLayer, quotes: readonly QuoteRecord[]): FactRecord[] {
  const out: FactRecord[] = [];
  for (const v of sentenceViews(ctx, entities, quotes)) {
    // times, scores and relations with a phrase object ("hit a goods train") need no entity; attributes and places do
    out.push(...eventTimeFacts(ctx, v), ...scoreFacts(ctx, v), ...relationFacts(ctx, v), ...setPhraseFacts(ctx, v), ...distinctionFacts(ctx, v), ...chargeFacts(ctx, v));
    if (v.mentions.length === 0) continue;
    out.push(...attributeFacts(ctx, v), ...eventPlaceFacts(ctx, v), ...containmentFacts(ctx, v));
  }
  // one fact read twice in a sentence (a contiguous and a split form of one verb) is kept once, and a
  // place a relation already gives ("talks took place in X": the meeting's place) is not the event's place again
  const relationPlaces = new Set(out.filter((f) => f.predicate.endsWith(':place') && f.predicate !== 'event:place').map((f) => `${f.sentence}\u0000${f.objectEntity}`));
  const seen = new Set<string>();
  const unique = out.filter((f) => {
    if (f.predicate === 'event:place' && relationPlaces.has(`${f.sentence}\u0000${f.objectEntity}`)) return false;
    const k = `${f.sentence}\u0000${f.subject ?? ''}\u0000${f.predicate}\u0000${f.objectEntity ?? f.objectKey}`;
    return seen.has(k) ? false : (seen.add(k), true);
  });
  return unique.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || (a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : 0));
}
