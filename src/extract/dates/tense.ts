/**
 * Is the clause around a date about the future? A bare weekday or month in a
 * future clause ("will meet on Friday") is the next one after publication; in
 * news reporting everything else is taken as past.
 */
import type { NlpDoc } from '../../nlp/nlp-doc.js';
import { FUTURE_MARKERS } from '../../lexicon/future-markers.js';

const MARKERS: readonly (readonly string[])[] = FUTURE_MARKERS.map((m) => m.split(' '));
/** How many tokens either side of the date are searched for a marker. */
const WINDOW = 8;

/** True when a future marker stands within a few tokens of the date, inside its sentence. */
export function isFutureAround(doc: NlpDoc, sentence: { first: number; last: number }, firstToken: number, lastToken: number): boolean {
  const from = Math.max(sentence.first, firstToken - WINDOW);
  const to = Math.min(sentence.last, lastToken + WINDOW);
  for (let i = from; i < to; i++) {
    if (i >= firstToken && i < lastToken) continue;
    for (const m of MARKERS) {
      let ok = i + m.length <= to;
      for (let k = 0; ok && k < m.length; k++) ok = doc.tokens[i + k]!.lower === m[k];
      if (ok) return true;
    }
  }
  return false;
}
