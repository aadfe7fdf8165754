/**
 * Elapsed time before the story's event: a duration after "after" that follows a word of ending
 * ("the takeover was completed after 20 months of regulatory battles", "was sealed after it was
 * first announced 21 months ago", "freed after 471 days in captivity"). However each outlet words
 * the stretch, it is one measure — how long the event took to come about — so such durations
 * share one topic ("time taken") and are compared in days (months and days agree within the
 * conversion tolerance). "N months ago" is otherwise a relative time, not a claim (step 3).
 */
import { COMPLETION_WORDS } from '../../lexicon/quantity-states.js';
import type { NumberHit } from './number-hit.js';
import type { SentenceView } from './sentence-view.js';

/** Tokens from "after" to the figure ("after it was first announced 21 months ago"). */
const AFTER_REACH = 8;
/** Tokens from the word of ending to "after" ("was finally sealed after"). */
const ENDING_REACH = 3;

/** Is the duration `hit` the time elapsed before an ending ("sealed after … 21 months")? */
export function elapsedBeforeEnding(v: SentenceView, hit: Pick<NumberHit, 'first' | 'dimension'>): boolean {
  if (hit.dimension !== 'duration') return false;
  for (let k = hit.first - 1; k >= Math.max(v.sentence.first, hit.first - AFTER_REACH); k--) {
    if (v.low(k) !== 'after') continue;
    for (let j = k - 1; j >= Math.max(v.sentence.first, k - ENDING_REACH); j--) if (COMPLETION_WORDS.has(v.low(j))) return true;
    return false;
  }
  return false;
}
