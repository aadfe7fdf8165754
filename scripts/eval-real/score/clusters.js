// Story clustering scored pairwise against gold stories. Pure: item → story maps in, counts and
// error records out.
import { pairwise } from '../lib/prf.js';

/**
 * Pairwise counts (a pair of items in one gold story and one predicted story is a tp) and one
 * error per wrong pair: 'split' (same gold story, different predicted stories) and 'merged'
 * (different gold stories, one predicted story). Items are reported by their key; `label(item)`
 * says what to print for one (title, outlet).
 */
export function scoreClusters(gold, predicted, label = (x) => x) {
  const counts = pairwise(gold, predicted);
  const errors = [];
  const items = [...gold.keys()].filter((k) => predicted.has(k)).sort();
  const byPred = new Map();
  const byGold = new Map();
  for (const k of items) {
    byPred.set(predicted.get(k), [...(byPred.get(predicted.get(k)) ?? []), k]);
    byGold.set(gold.get(k), [...(byGold.get(gold.get(k)) ?? []), k]);
  }
  for (const [story, ks] of byGold) {
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        const [a, b] = [ks[i], ks[j]];
        if (predicted.get(a) !== predicted.get(b)) errors.push({ article: a, kind: 'split', expected: `${story}: ${label(a)} + ${label(b)}`, got: `${predicted.get(a)} / ${predicted.get(b)}` });
      }
    }
  }
  for (const [cluster, ks] of byPred) {
    for (let i = 0; i < ks.length; i++) {
      for (let j = i + 1; j < ks.length; j++) {
        const [a, b] = [ks[i], ks[j]];
        if (gold.get(a) !== gold.get(b)) errors.push({ article: a, kind: 'merged', expected: `${gold.get(a)} / ${gold.get(b)}: ${label(a)} + ${label(b)}`, got: `${cluster}` });
      }
    }
  }
  return { counts, errors };
}
