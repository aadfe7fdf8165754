/**
 * Ranges of figures: "10 to 15 people", "between 10 and 15 people", "5% to 6%", "$5m–$6m". The
 * lower end is merged into the upper figure's hit, which then stands for the whole interval: its
 * text spans both ends, its value is the upper end (the figure an update sequence orders by) and
 * `low` is kept, so "10 to 15 missing" agrees with "12 missing" instead of conflicting with it
 * (claims step 2). "rose from 10 to 15" is a change, not a range: its first figure is an earlier
 * report (index.ts).
 */
import type { NumberHit } from './number-hit.js';
import type { SentenceView } from './sentence-view.js';

/** Links between the two ends of a range; "and" only after "between". */
const LINKS = new Set(['to', '-', '–', '—']);
/** Words before the lower end that make "N to M" a change, not a range. */
const CHANGE_LEADS = new Set(['from']);

/** A hit with the lower end of its range, when it is one. */
export interface RangedHit {
  readonly hit: NumberHit;
  readonly low: number | null;
}

/** The hits of one sentence with each range's two ends made one hit (the upper one, widened to the first token of the lower). */
export function mergeRanges(v: SentenceView, hits: readonly NumberHit[]): RangedHit[] {
  const out: RangedHit[] = [];
  for (let i = 0; i < hits.length; i++) {
    const a = hits[i]!;
    const b = hits[i + 1];
    if (b && isRange(v, a, b)) {
      const between = v.low(a.first - 1) === 'between';
      b.first = between ? a.first - 1 : a.first;
      out.push({ hit: b, low: a.value });
      i++;
      continue;
    }
    out.push({ hit: a, low: null });
  }
  return out;
}

function isRange(v: SentenceView, a: NumberHit, b: NumberHit): boolean {
  if (b.first - a.last !== 1 || !(a.value < b.value)) return false;
  const link = v.low(a.last);
  const between = v.low(a.first - 1) === 'between';
  if (!(LINKS.has(link) || (between && link === 'and'))) return false;
  if (CHANGE_LEADS.has(v.low(a.first - 1))) return false;
  // the same kind of figure at both ends; a bare lower end takes the upper end's unit ("5 to 6%"),
  // but not its scale word ("5 to 6 million" is left alone)
  if (a.dimension !== b.dimension && !(a.dimension === 'count' && a.unit === null)) return false;
  return a.unit !== null || b.value < a.value * 100;
}
