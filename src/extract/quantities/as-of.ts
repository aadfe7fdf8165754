/**
 * The time of day a running count is given for inside an article ("As of 8 p.m., 19 people had
 * died", "by noon the toll stood at 12"): two reports of one day are then ordered by it, so a
 * count given for the evening is later than one given for noon (claims step 3). Read in the
 * figure's sentence: "as of" / "as at" / "by" / "until" followed by a clock time ("8 p.m.", "8pm",
 * "20:00", "noon", "midnight").
 */
import type { SentenceView } from './sentence-view.js';

const CUES = new Set(['of', 'at']);
const NAMED: Readonly<Record<string, number>> = { noon: 12 * 60, midday: 12 * 60, midnight: 0 };
const MERIDIEM = /^(a\.?m\.?|p\.?m\.?)$/;

/** Minutes after midnight of the clock time starting at token k, or null. */
function clockAt(v: SentenceView, k: number): number | null {
  const t = v.low(k);
  if (NAMED[t] !== undefined) return NAMED[t]!;
  const glued = /^(\d{1,2})(?::(\d{2}))?(am|pm)$/.exec(t);
  const m = glued ?? /^(\d{1,2})(?::(\d{2}))?$/.exec(t);
  if (!m) return null;
  let hour = Number(m[1]);
  const minutes = Number(m[2] ?? 0);
  const meridiem = glued ? glued[3] : MERIDIEM.test(v.low(k + 1)) ? v.low(k + 1) : null;
  if (!meridiem && m[2] === undefined) return null;
  if (meridiem) {
    if (hour < 1 || hour > 12) return null;
    hour = (hour % 12) + (meridiem.startsWith('p') ? 12 : 0);
  }
  return hour < 24 && minutes < 60 ? hour * 60 + minutes : null;
}

/** The clock time the sentence gives its count for, in minutes after midnight, or null. */
export function asOfClock(v: SentenceView): number | null {
  for (let k = v.sentence.first; k < v.sentence.last; k++) {
    const w = v.low(k);
    const at = w === 'as' && CUES.has(v.low(k + 1)) ? k + 2 : w === 'by' || w === 'until' ? k + 1 : -1;
    if (at < 0) continue;
    const clock = clockAt(v, at);
    if (clock !== null) return clock;
  }
  return null;
}
