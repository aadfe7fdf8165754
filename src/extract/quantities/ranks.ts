/**
 * Ranks stated in a sentence: "the seventh leading cause of premature death" (7), "the leading risk
 * factor" (1), "the world's third-largest gaming company" (3). The topic is the superlative and
 * the ranked noun ("leading cause", "largest company"), so outlets naming the same ranking are
 * compared; an age band restricts it like any figure ("for people aged 15 to 49"). "The leading
 * cause" with no ordinal is rank 1, implicit: compared only beside a written ordinal (claims step
 * 1), so a conflict between "the leading cause" and "the seventh leading cause" is found without
 * listing it as a claim of its own. Other superlatives count only with an ordinal ("the deadliest
 * fire" describes; "the third-deadliest fire" ranks). "One of the largest" is no rank.
 */
import { LEADING_NOUNS, RANK_ORDINALS, RANK_SUPERLATIVES } from '../../lexicon/rank-words.js';
import type { SentenceView } from './sentence-view.js';

const ORDINALS: ReadonlyMap<string, number> = new Map(Object.entries(RANK_ORDINALS));
const SUPERLATIVES = new Set(RANK_SUPERLATIVES);
const LEADING = new Set(LEADING_NOUNS);

/** One rank: tokens [first, last), its value, the superlative and the ranked noun, whether an ordinal was written. */
export interface RankHit {
  readonly first: number;
  readonly last: number;
  readonly value: number;
  readonly superlative: string;
  readonly noun: string;
  readonly written: boolean;
}

/** The ranked noun after token k: up to three nouns, the last one named ("risk factor" → factor). */
function rankedNoun(v: SentenceView, k: number): { noun: string; end: number } | null {
  // the tagger reads "cause" in "the leading cause of death" as a verb: the ranked nouns of "leading" count as nouns
  const noun = (i: number) => v.tok(i)?.pos === 'NOUN' || LEADING.has(v.low(i));
  let j = k;
  while (j < k + 3 && (noun(j) || (v.tok(j)?.pos === 'VERB' && /ing$/.test(v.low(j))) || v.tok(j)?.pos === 'ADJ') && /^\p{Ll}/u.test(v.tok(j)!.text)) j++;
  while (j > k && !noun(j - 1)) j--;
  return j > k ? { noun: v.low(j - 1), end: j } : null;
}

/** Every rank in the sentence of `v`. */
export function findRanks(v: SentenceView): RankHit[] {
  const out: RankHit[] = [];
  for (let k = v.sentence.first; k < v.sentence.last; k++) {
    const word = v.low(k);
    const leading = word === 'leading';
    if (!leading && !SUPERLATIVES.has(word)) continue;
    // an ordinal before it, glued by a hyphen or not: "seventh leading", "third-largest"
    let first = k;
    let value = 1;
    let written = false;
    const hy = v.low(k - 1) === '-' ? k - 2 : k - 1;
    const ordinal = ORDINALS.get(v.low(hy));
    if (ordinal !== undefined) {
      value = ordinal;
      written = true;
      first = hy;
    }
    // "the …", "the world's …", "its …": a definite rank; "a leading cause", "one of the largest" are not ranks
    const det = v.low(first - 1);
    const definite = det === 'the' || det === 'its' || det === 'their' || det === "'s" || det === '’s';
    if (!definite || (v.low(first - 3) === 'one' && v.low(first - 2) === 'of')) continue;
    const np = rankedNoun(v, v.low(k + 1) === 'ever' ? k + 2 : k + 1);
    if (!np || (leading && !LEADING.has(np.noun))) continue;
    // "the deadliest fire", "the largest strike": a superlative with no ordinal is a description, not a
    // figure; only "the leading cause" (first of a ranked list that others number) is read as rank 1
    if (!written && !leading) continue;
    out.push({ first, last: np.end, value, superlative: word, noun: np.noun.replace(/s$/, ''), written });
    k = np.end - 1;
  }
  return out;
}
