/**
 * Independence: which articles are syndicated or near-duplicate copies of each other.
 *
 * Steps, in order: shingle each article's narrative (quotes left out), find candidate
 * pairs through an inverted index on sampled shingle hashes (near-linear), score each
 * candidate exactly, set aside pairs that share only a common ending (boilerplate),
 * and group copies transitively.
 */
import type { Article, IndependenceGroup } from '../../contract/analysis-schema.js';
import { shingleSequence, toSet } from './01-shingles.js';
import { candidatePairs } from './02-candidates.js';
import { copyReason, scorePair } from './03-score.js';
import { onlyBoilerplateShared } from './04-shared-tail.js';
import { groupLinks, type CopyLink } from './05-group.js';

export { independentCount } from './independent-count.js';

/** Groups of syndicated / near-duplicate articles (groups of one are omitted), ids g1… in article-id order. */
export function detectIndependence(articles: readonly Article[]): IndependenceGroup[] {
  const sorted = [...articles].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const seqs = sorted.map((a) => shingleSequence(a.text));
  const sets = seqs.map(toSet);
  const links: CopyLink[] = [];
  for (const [a, b] of candidatePairs(sets)) {
    const sa = sets[a]!;
    const sb = sets[b]!;
    const score = scorePair(sa, sb);
    const reason = copyReason(score, sa.length, sb.length);
    if (reason && !onlyBoilerplateShared(seqs[a]!, sa, seqs[b]!, sb)) links.push({ a, b, resemblance: score.resemblance, reason });
  }
  return groupLinks(sorted.map((a) => a.id), links);
}
