/**
 * Step 2: distinctive terms by the log-odds ratio with an informative Dirichlet prior
 * (Monroe, Colaresi & Quinn 2008, "Fightin' Words"): each outlet's term counts against
 * all other outlets', shrunk toward the whole corpus so rare words do not dominate,
 * scored as a z-value.
 *
 * Why the prior alone let "first", "past" or "part" through: it is built from the story's
 * own pooled counts, so it knows nothing of how common a word is in news at large, and a
 * Dirichlet prior only shrinks the estimates of rare words anyway. A common word that one
 * outlet happens to repeat (a "first phase", a "part of the deal") is a real difference in
 * counts — with small variance, so a high z — but no word choice. Scaling up a background
 * prior does not fix it: with priors far larger than the story, the z-score's length terms
 * take over and favour the longest outlet. So the words every outlet and topic uses
 * routinely (src/lexicon/news-register.ts, measured on 1,096 articles from 9 sources) are
 * not candidates; bigrams containing them still are.
 */
import { NEWS_REGISTER } from '../../lexicon/news-register.js';

/**
 * Prior strength, in pseudo-words spread over the vocabulary in proportion to corpus
 * frequency: at most half the corpus, so a few short articles are not drowned by it.
 */
const PRIOR_MASS = 500;
const PRIOR_SHARE = 0.5;
/**
 * Background pseudo-count per vocabulary term, added to the story's pooled counts before
 * they become the prior: a flat background keeps a term that only one outlet uses from
 * getting a near-zero prior (and an inflated z) on a small story.
 */
const BACKGROUND = 1;
/** A term must be used this often by the outlet to count as a habit, not an accident. */
const MIN_COUNT = 2;
/** z below this is not distinctive. */
const MIN_Z = 1;

export interface ScoredTerm {
  readonly term: string;
  readonly count: number;
  readonly score: number;
}

/**
 * The top `limit` terms of `mine` against the rest of the corpus (`corpus` counts include
 * `mine`), by z-score, then term. Only the outlet's own terms are visited, so the cost
 * per outlet is its vocabulary, not the corpus's.
 */
export function distinctiveTerms(mine: ReadonlyMap<string, number>, corpus: ReadonlyMap<string, number>, limit: number): ScoredTerm[] {
  let ni = 0;
  let total = 0;
  for (const c of mine.values()) ni += c;
  for (const c of corpus.values()) total += c;
  const nj = total - ni;
  if (!ni || !nj) return [];
  const a0 = Math.min(PRIOR_MASS, PRIOR_SHARE * total);
  const priorTotal = total + BACKGROUND * corpus.size;
  const out: ScoredTerm[] = [];
  for (const [term, yi] of mine) {
    if (yi < MIN_COUNT || NEWS_REGISTER.has(term)) continue;
    const yj = (corpus.get(term) ?? yi) - yi;
    const alpha = (a0 * (yi + yj + BACKGROUND)) / priorTotal;
    const delta = Math.log((yi + alpha) / (ni + a0 - yi - alpha)) - Math.log((yj + alpha) / (nj + a0 - yj - alpha));
    const z = delta / Math.sqrt(1 / (yi + alpha) + 1 / (yj + alpha));
    if (z >= MIN_Z) out.push({ term, count: yi, score: Math.round(z * 1000) / 1000 });
  }
  out.sort((a, b) => b.score - a.score || b.count - a.count || (a.term < b.term ? -1 : 1));
  return withoutRedundantWords(out).slice(0, limit);
}

/** A word that only ever occurs inside a listed bigram ("industrial" in "industrial action") adds nothing. */
function withoutRedundantWords(terms: ScoredTerm[]): ScoredTerm[] {
  const bigrams = terms.filter((t) => t.term.includes(' '));
  return terms.filter((t) => t.term.includes(' ') || !bigrams.some((b) => b.count >= t.count && b.term.split(' ').includes(t.term)));
}
