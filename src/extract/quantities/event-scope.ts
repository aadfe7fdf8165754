/**
 * Event scope of a figure: does it belong to this story's event or to another one stated beside it
 * ("surpassing a flood that killed 40 people in 1953", "the 85 killed in a 2018 fire", "turnout
 * at the previous election was 61%")? A figure of another event gets that event's year (or
 * "earlier event") in its topic and key, so it is kept as context and never compared with this
 * story's figure. Rules, in the figure's clause (and, for a "when" clause, the clause before it):
 *   - a year at least two before the reference year (publication, else the latest year the
 *     article states);
 *   - a year before the reference year (any year when the article is undated) next to a
 *     comparison word ("surpassing", "exceeded", "previous");
 *   - "the previous/last <event noun>" or "last time", with no year.
 * "since 2019" is a starting point, not an event: it counts only for a figure in a "when" clause
 * after it ("the deadliest since 1918, when a fire killed 453").
 */
import { COUNTED_NOUNS } from '../../lexicon/counted-nouns.js';
import { COMPARISON_CUES, EARLIER_EVENT_WORDS, EVENT_NOUNS } from '../../lexicon/other-event-cues.js';
import type { SentenceView } from './sentence-view.js';

const COMPARISON = new Set(COMPARISON_CUES);
const EARLIER = new Set(EARLIER_EVENT_WORDS);
const EVENTS = new Set(EVENT_NOUNS);
const YEAR = /^(1[89]\d\d|20\d\d|2100)$/;

/** The year a token states, if it is a bare year and not itself a count ("2000 prisoners"). */
export function yearAt(v: SentenceView, i: number): number | null {
  const t = v.tok(i);
  if (!t || !YEAR.test(t.text)) return null;
  return COUNTED_NOUNS[v.low(i + 1)] === undefined ? Number(t.text) : null;
}

/** Words before a year that make it a deadline or a plan, not a time the article is written in. */
const FUTURE_LEADS = new Set(['by', 'until', 'till', 'through', 'before']);

/** The latest year stated in a document's tokens (deadlines left out): the reference year of an undated article. */
export function latestYear(tokens: readonly { readonly text: string; readonly lower: string }[]): number | null {
  let best: number | null = null;
  tokens.forEach((t, i) => {
    if (!YEAR.test(t.text) || FUTURE_LEADS.has(tokens[i - 1]?.lower ?? '')) return;
    if (best === null || Number(t.text) > best) best = Number(t.text);
  });
  return best;
}

/** Words that open or close a period: "made between 1973 and 2017", "from 1990 to 2016" are not events. */
const PERIOD_LEADS = new Set(['between', 'from', 'to', 'through', 'until', 'till']);

/** True when the year (or date) at `tok` opens or closes a period rather than naming an event. */
function periodEnd(v: SentenceView, tok: number): boolean {
  if (PERIOD_LEADS.has(v.low(tok - 1))) return true;
  if (v.low(tok - 1) !== 'and') return false;
  for (let k = tok - 2; k >= tok - 6; k--) if (v.low(k) === 'between') return true;
  return false;
}

/** Token range [from, to) of the figure's clause, reaching back over a "when" or "where" clause to the clause it hangs on. */
function scopeOf(v: SentenceView, at: number): { from: number; to: number; whenAt: number } {
  const clause = v.clause(at);
  let from = at;
  while (from > v.sentence.first && v.clause(from - 1) === clause) from--;
  let to = at;
  while (to < v.sentence.last && v.clause(to) === clause) to++;
  let whenAt = -1;
  for (let k = at - 1; k >= from; k--) if (v.low(k) === 'when' || v.low(k) === 'where') { whenAt = k; break; }
  // "since 1979, when it was decided by 58 votes", "the 2018 fire in Paradise, where at least 85
  // died": a when- or where-clause takes the clause before it
  if (whenAt >= 0) while (from > v.sentence.first && v.clause(from - 1) >= clause - 1) from--;
  return { from, to, whenAt };
}

/**
 * The other event a figure at token `at` belongs to: its year ("1953"), "earlier event", or null
 * for this story's own figure. `extraYears` are years of dates the date stage found in the
 * sentence, with their token index.
 */
export function otherEventOf(v: SentenceView, at: number, published: number | null, reference: number | null, extraYears: readonly (readonly [number, number])[] = []): string | null {
  const { from, to, whenAt } = scopeOf(v, at);
  let cue = false;
  for (let k = from; k < to; k++) {
    if (COMPARISON.has(v.low(k))) cue = true;
    if (v.low(k) === 'last' && v.low(k + 1) === 'time') return 'earlier event';
    if (EARLIER.has(v.low(k)) && (EVENTS.has(v.low(k + 1)) || EVENTS.has(v.low(k + 2)))) return 'earlier event';
  }
  const years: (readonly [number, number])[] = [...extraYears.filter(([tok]) => tok >= from && tok < to)];
  for (let k = from; k < to; k++) {
    if (k === at) continue;
    const y = yearAt(v, k);
    if (y !== null) years.push([k, y]);
  }
  for (const [tok, y] of years) {
    // "since 2019" opens a period; only a figure in a "when" clause after it is that year's
    if (v.low(tok - 1) === 'since' && !(whenAt > tok && at > whenAt)) continue;
    if (periodEnd(v, tok)) continue;
    if (reference !== null && y <= reference - 2) return String(y);
    if (cue && (published === null || y < published) && (reference === null || y <= reference)) return String(y);
  }
  return null;
}
