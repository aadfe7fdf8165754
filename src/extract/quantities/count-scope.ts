/**
 * Count scope: does a figure count the whole so far ("33 released in all", "since January 19 …
 * 33"), one part of it ("six released at one handover", "the toll in Lahaina County alone"), or
 * does the text not say? A part's count gets "|part" in its key, so it is compared only with other
 * counts of a part, never with the total; one day's count ("freed five on Sunday") is set apart
 * only in a block that also holds a stated total (claims step 1). Cues are read in the figure's clause (lexicon/count-scope-words.ts).
 */
import { DAY_PART_STATES, PART_SCOPE_PHRASES, PLACE_PART_NOUNS, TOTAL_SCOPE_PHRASES } from '../../lexicon/count-scope-words.js';
import { WEEKDAY_WORDS } from '../../lexicon/temporal-words.js';
import { phraseAt, phraseTable, type SentenceView } from './sentence-view.js';

/**
 * total: everything so far; part: one occasion or place; day: one day's count of a cumulative
 * state, a part only beside a total; earlier: an earlier report the article gives ("revised to 275
 * from 288"), shown with the claim but not the article's current figure.
 */
export type CountScope = 'total' | 'part' | 'day' | 'earlier';

const TOTAL = phraseTable(TOTAL_SCOPE_PHRASES.map((p) => [p, true] as const));
const PART = phraseTable(PART_SCOPE_PHRASES.map((p) => [p, true] as const));
const PLACE_PARTS = new Set(PLACE_PART_NOUNS);
const WEEKDAYS = new Set(WEEKDAY_WORDS.filter((w) => w.length > 3));
const DAY_STATES = new Set(DAY_PART_STATES);
/** How far a cue may stand from the figure, in tokens, inside its clause. */
const REACH = 8;

/** The clause of token `at`, as [from, to). */
function clauseRange(v: SentenceView, at: number): [number, number] {
  const c = v.clause(at);
  let from = at;
  while (from > v.sentence.first && v.clause(from - 1) === c) from--;
  let to = at;
  while (to < v.sentence.last && v.clause(to) === c) to++;
  return [from, to];
}

/**
 * The scope of the figure spanning tokens [first, last) whose counted state is `state`.
 * "since <date>" anywhere before the figure in its sentence makes a total.
 */
export function countScopeOf(v: SentenceView, first: number, last: number, state: string | null): CountScope | null {
  const [from, to] = clauseRange(v, first);
  const lo = Math.max(from, first - REACH);
  const hi = Math.min(to, last + REACH);
  for (let k = lo; k < hi; k++) {
    if (k >= first && k < last) continue;
    if (phraseAt(v, k, TOTAL)) return 'total';
  }
  for (let k = v.sentence.first; k < first; k++) {
    const next = v.tok(k + 1);
    if (v.low(k) === 'since' && next && (next.type === 'number' || /^\p{Lu}/u.test(next.text) || v.low(k + 1) === 'the')) return 'total';
  }
  let day = false;
  for (let k = lo; k < hi; k++) {
    if (k >= first && k < last) continue;
    if (phraseAt(v, k, PART)) return 'part';
    // "in Maui County", "in the Hamadan province": one part of the area
    const t = v.tok(k);
    if (t && PLACE_PARTS.has(t.lower) && k > lo && /^\p{Lu}/u.test(v.tok(k - 1)!.text) && /^\p{Lu}/u.test(t.text)) return 'part';
    // "released six on Saturday": that day's handover, not the running total
    if (state && DAY_STATES.has(state) && WEEKDAYS.has(v.low(k)) && v.low(k - 1) === 'on') day = true;
  }
  if (frontedPart(v, from)) return 'part';
  return day ? 'day' : null;
}

/**
 * "In Ravel alone, 12 people died", "In Harlow County, 12 died": a place phrase opening the
 * sentence, set off before the figure's clause, that names one part of the area.
 */
function frontedPart(v: SentenceView, clauseFrom: number): boolean {
  const first = v.sentence.first;
  if (clauseFrom <= first || !['in', 'at', 'across'].includes(v.low(first)) || clauseFrom - first > REACH) return false;
  for (let k = first + 1; k < clauseFrom; k++) {
    if (v.low(k) === 'alone' && k > first + 1 && /^\p{Lu}/u.test(v.tok(k - 1)!.text)) return true;
    const t = v.tok(k);
    if (t && PLACE_PARTS.has(t.lower) && /^\p{Lu}/u.test(v.tok(k - 1)!.text) && /^\p{Lu}/u.test(t.text)) return true;
  }
  return false;
}
