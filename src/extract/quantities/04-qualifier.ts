/**
 * Step 4: the hedge or bound written with a figure ("more than 400", "about 24", "at least 35",
 * "up to £40m", "40 or more"), normalised to the small set in quantity-qualifiers.ts. The hit's
 * span grows to include it, so `text` reads as written.
 */
import { QUALIFIER_PHRASES, TRAILING_QUALIFIERS } from '../../lexicon/quantity-qualifiers.js';
import type { NumberHit } from './number-hit.js';
import { phraseAt, phraseBefore, phraseTable, type SentenceView } from './sentence-view.js';

const LEADING = phraseTable(Object.entries(QUALIFIER_PHRASES));
const TRAILING = phraseTable(Object.entries(TRAILING_QUALIFIERS));

/**
 * Attach a leading or trailing qualifier to `hit` (mutates the hit being built). A written
 * qualifier replaces the one a round number word implies ("more than a dozen" is more than 12,
 * not about 12) and is always taken into the span, so the value reads as written ("about a dozen").
 */
export function attachQualifier(v: SentenceView, hit: NumberHit): void {
  // the longest phrase wins ("just over" before "over")
  const lead = phraseBefore(v, hit.first, LEADING);
  if (lead && hit.first - lead.words.length >= v.sentence.first) {
    hit.first -= lead.words.length;
    hit.qualifier = lead.value;
    return;
  }
  const hyphen = v.low(hit.last) === '-' && !v.tok(hit.last + 1)?.spaceBefore ? 1 : 0;
  const trail = hit.qualifier ? null : phraseAt(v, hit.last + hyphen, TRAILING);
  if (trail) {
    hit.last += hyphen + trail.words.length;
    hit.qualifier = trail.value;
  }
}
