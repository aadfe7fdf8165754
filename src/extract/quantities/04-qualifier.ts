/**
 * Step 4: the hedge or bound written with a figure ("more than 400", "about 24", "at least 35",
 * "up to £40m", "40 or more"), normalised to the small set in quantity-qualifiers.ts. The hit's
 * span grows to include it, so `text` reads as written.
 */
import { QUALIFIER_PHRASES, TRAILING_QUALIFIERS } from '../../lexicon/quantity-qualifiers.js';
import type { NumberHit } from './number-hit.js';
import { phraseEndsAt, phraseStartsAt, type SentenceView } from './sentence-view.js';

const LEADING = Object.keys(QUALIFIER_PHRASES).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));
const TRAILING = Object.keys(TRAILING_QUALIFIERS).sort((a, b) => b.split(' ').length - a.split(' ').length || a.localeCompare(b));

/** Attach a leading or trailing qualifier to `hit` (mutates the hit being built). */
export function attachQualifier(v: SentenceView, hit: NumberHit): void {
  if (hit.qualifier) return;
  for (const phrase of LEADING) {
    if (!phraseEndsAt(v, hit.first, phrase)) continue;
    const words = phrase.split(' ').length;
    // "just over", "well over": prefer the longer phrase, already first in LEADING
    if (hit.first - words < v.sentence.first) continue;
    hit.first -= words;
    hit.qualifier = QUALIFIER_PHRASES[phrase]!;
    return;
  }
  const hyphen = v.low(hit.last) === '-' && !v.tok(hit.last + 1)?.spaceBefore ? 1 : 0;
  for (const phrase of TRAILING) {
    if (!phraseStartsAt(v, hit.last + hyphen, phrase)) continue;
    hit.last += hyphen + phrase.split(' ').length;
    hit.qualifier = TRAILING_QUALIFIERS[phrase]!;
    return;
  }
}
