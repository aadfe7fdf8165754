/**
 * A figure read on a scale (lexicon `SCALE_WORDS`): "magnitude 7.5", "a 7.5-magnitude quake",
 * "a 7.5 magnitude tremor", "7.5 on the Richter scale". Its topic is the scale itself, so outlets
 * that wrap it in different nouns and verbs ("the magnitude 7.5 tremor", "the magnitude 7.8 quake
 * injured hundreds") are compared; a noun naming another event ("a magnitude 6.1 aftershock") keeps
 * it apart from the main shock.
 */
import { SCALE_OTHER_EVENTS, SCALE_WORDS } from '../../lexicon/quantity-units.js';
import type { NumberHit } from './number-hit.js';
import type { SentenceView } from './sentence-view.js';

/** The scale and the other event it is about ('' for the main one), or null when the figure is no scale reading. */
export function scaleReading(v: SentenceView, hit: NumberHit): { scale: string; event: string } | null {
  if (hit.dimension !== 'count') return null;
  const before = SCALE_WORDS[v.low(hit.first - 1)];
  // "7.5-magnitude", "7.5 magnitude": the scale word right after the figure (a hyphen between)
  let k = hit.last;
  if (v.low(k) === '-' && !v.tok(k)!.spaceBefore) k++;
  const after = SCALE_WORDS[v.low(k)];
  // "7.5 on the Richter scale"
  const richter = v.low(hit.last) === 'on' && v.low(hit.last + 1) === 'the' ? SCALE_WORDS[v.low(hit.last + 2)] : undefined;
  const scale = before ?? after ?? richter;
  if (!scale) return null;
  const nounAt = after ? k + 1 : hit.last;
  return { scale, event: SCALE_OTHER_EVENTS[v.low(nounAt)] ?? SCALE_OTHER_EVENTS[v.low(nounAt + 1)] ?? '' };
}
