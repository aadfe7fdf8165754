/**
 * Pairwise clustering scores: every pair of items is a decision "same cluster or not"; precision
 * is the share of predicted same-cluster pairs that are gold pairs, recall the share of gold
 * pairs predicted. Items missing from either map are ignored (scored on the common items).
 */

export interface PairwiseScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  /** pairs together in both. */
  readonly truePairs: number;
  /** pairs together in the prediction only. */
  readonly falsePairs: number;
  /** pairs together in gold only. */
  readonly missedPairs: number;
  readonly items: number;
}

/** Number of pairs within groups: Σ n(n−1)/2. */
function pairsWithin(groups: Iterable<number>): number {
  let s = 0;
  for (const n of groups) s += (n * (n - 1)) / 2;
  return s;
}

function tally<K>(keys: Iterable<K>): Map<K, number> {
  const m = new Map<K, number>();
  for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
  return m;
}

/** Pairwise precision/recall/F1 of `predicted` against `gold` (cluster labels may be any values). */
export function pairwiseScores<C, G>(predicted: ReadonlyMap<string, C>, gold: ReadonlyMap<string, G>): PairwiseScores {
  const items = [...predicted.keys()].filter((id) => gold.has(id));
  const both = pairsWithin(tally(items.map((id) => `${JSON.stringify(predicted.get(id))}\u0000${JSON.stringify(gold.get(id))}`)).values());
  const pred = pairsWithin(tally(items.map((id) => predicted.get(id))).values());
  const real = pairsWithin(tally(items.map((id) => gold.get(id))).values());
  // No pairs on a side means nothing could go wrong on it: score 1, not NaN.
  const precision = pred === 0 ? 1 : both / pred;
  const recall = real === 0 ? 1 : both / real;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1, truePairs: both, falsePairs: pred - both, missedPairs: real - both, items: items.length };
}
