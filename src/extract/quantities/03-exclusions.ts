/**
 * Step 3: figures that are not amounts — dates and years, labels ("Article 5"), list markers,
 * phone numbers, clock times and relative times ("24 hours later"), "one of the …", model
 * numbers ("Boeing 737") and anything inside quotation marks (the speaker's words, not the
 * outlet's claim). Returns the rule that excludes a hit, or null to keep it.
 */
import { COUNTED_NOUNS } from '../../lexicon/counted-nouns.js';
import { MONTH_WORDS, NUMBER_REFERENCE_WORDS } from '../../lexicon/number-reference-words.js';
import { QUALIFIER_PHRASES } from '../../lexicon/quantity-qualifiers.js';
import { STATE_WORDS } from '../../lexicon/quantity-states.js';
import { CLOCK_WORDS, RELATIVE_TIME_WORDS, SCALE_WORDS } from '../../lexicon/quantity-units.js';
import type { NumberHit } from './number-hit.js';
import { isCapitalised, type SentenceView } from './sentence-view.js';
import type { RangeSet } from './range-set.js';
import { elapsedBeforeEnding } from './elapsed.js';

/** Nouns after which a bare figure is a number to dial or a code ("the first 911 call"). */
const CODE_FOLLOWERS = new Set(['call', 'calls', 'hotline', 'line', 'number', 'code']);

export interface ExclusionInputs {
  readonly dates: RangeSet;
  readonly quoted: RangeSet;
}

const AGE_WORDS = new Set(['aged', 'ages', 'age', 'agé']);
const RANGE_LINKS = new Set(['to', 'and', '-', '–']);

/** Is the figure one end of an age range ("aged 15 to 49", "ages of 15 and 49", "15 to 49 age group", "15-49 years old")? */
function ageRange(v: SentenceView, hit: NumberHit): boolean {
  const before = (i: number) => AGE_WORDS.has(v.low(i)) || (v.low(i) === 'of' && AGE_WORDS.has(v.low(i - 1))) || (v.low(i) === 'between' && v.low(i + 1) === 'the');
  const lowEnd = RANGE_LINKS.has(v.low(hit.last)) && v.tok(hit.last + 1)?.type === 'number';
  const highEnd = RANGE_LINKS.has(v.low(hit.first - 1)) && v.tok(hit.first - 2)?.type === 'number';
  if (lowEnd && (before(hit.first - 1) || v.low(hit.last + 2) === 'age' || (v.low(hit.last + 2) === 'years' && v.low(hit.last + 3) === 'old'))) return true;
  return highEnd && (before(hit.first - 3) || v.low(hit.last) === 'age' || (v.low(hit.last) === 'years' && v.low(hit.last + 1) === 'old'));
}

/** Why `hit` is not a quantity claim, or null when it is one. */
export function exclusionRule(v: SentenceView, hit: NumberHit, inputs: ExclusionInputs): string | null {
  const first = v.tok(hit.numFirst)!;
  const lastTok = v.tok(hit.last - 1)!;
  if (inputs.dates.overlaps(first.start, lastTok.end)) return 'date';
  if (inputs.quoted.overlaps(first.start, lastTok.end)) return 'in-quotation';
  const prev = v.low(hit.first - 1);
  const next = v.low(hit.last);
  if (hit.bareInteger && hit.value >= 1800 && hit.value <= 2100 && COUNTED_NOUNS[next] === undefined) return 'year';
  if (NUMBER_REFERENCE_WORDS.has(prev) || MONTH_WORDS.has(prev)) return 'reference';
  if (hit.first === v.sentence.first && (next === '.' || next === ')') && hit.dimension === 'count') return 'list-marker';
  if (/^0\d/.test(first.text) || prev === '+' || (hit.bareInteger && v.tok(hit.last)?.type === 'number')) return 'phone-or-code';
  // "two-term councillor", "a three-judge panel": a figure inside a compound adjective
  // ("a 7.5-magnitude quake" is a reading on a scale, kept)
  if (next === '-' && !v.tok(hit.last + 1)?.spaceBefore && v.low(hit.last + 1) !== 'plus' && !SCALE_WORDS[v.low(hit.last + 1)] && hit.dimension === 'count') return 'compound-adjective';
  if (hit.bareInteger && CODE_FOLLOWERS.has(next)) return 'phone-or-code';
  if (CLOCK_WORDS.has(next) || (next === ':' && v.tok(hit.last + 1)?.type === 'number')) return 'time';
  // "announced 21 months ago" is a relative time, unless it measures how long an ending took ("sealed after it was announced 21 months ago")
  // ("trapped for 25 days before rescuers reached them" is how long, not when: "for" opens a span)
  if (hit.dimension === 'duration' && RELATIVE_TIME_WORDS.has(next) && !(next === 'ago' && elapsedBeforeEnding(v, hit)) && !(next !== 'ago' && forSpan(v, hit.first))) return 'relative-time';
  // "in 24 hours", "within three days": a time window, not a claim
  if (hit.dimension === 'duration' && (prev === 'in' || prev === 'within' || prev === 'during')) return 'time-window';
  if (hit.dimension === 'duration' && hit.unit === 'years' && next === '-' && v.low(hit.last + 1) === 'old') return 'age-without-person';
  // "people aged 15 to 49", "between the ages of 15 and 49", "the 15 to 49 age group": who is counted, not a count
  if (hit.dimension === 'count' && ageRange(v, hit)) return 'age-range';
  if (hit.wordNumber && hit.value === 1 && COUNTED_NOUNS[next] === undefined) return 'one';
  const prevTok = v.tok(hit.first - 1);
  if (
    prevTok && hit.dimension === 'count' && hit.first - 1 > v.sentence.first && isCapitalised(prevTok) && !prevTok.text.includes('-') &&
    QUALIFIER_PHRASES[prev] === undefined && STATE_WORDS[prev] === undefined && COUNTED_NOUNS[next] === undefined
  ) return 'model-number';
  return null;
}

/** "for 25 days", "for nearly 25 days", "for more than 25 days": the figure at `first` opens with "for", so it measures a span. */
function forSpan(v: SentenceView, first: number): boolean {
  for (let k = first - 1; k >= Math.max(v.sentence.first, first - 3); k--) {
    if (v.low(k) === 'for') return true;
    if (!['nearly', 'almost', 'about', 'around', 'over', 'more', 'than', 'less', 'some', 'roughly', 'just', 'at', 'least'].includes(v.low(k))) return false;
  }
  return false;
}
