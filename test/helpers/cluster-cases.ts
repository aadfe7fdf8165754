/**
 * Shared pieces of the written clustering cases (test/cluster): an article record, a background
 * of other news (so the case's names are rare in the store), and the decision for one article
 * after a story has been clustered.
 */
import { MemoryClusterIndex, clusterFeatures, decide, type ClusterDecision, type ClusterOptions } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

/** A dated article with nothing but a title and a text. */
export const art = (id: string, published: string, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

/** Twelve days of other news in May 2024, every one naming "Norland" (a name common in the store). */
export const NORLAND_BACKGROUND: readonly Article[] = Array.from({ length: 12 }, (_, i) =>
  art(`bg${i}`, `2024-05-${String(1 + i).padStart(2, '0')}`, `Norland notes, day ${i + 1}`, `Norland news of the day: the Norland weather office expects rain, and the Norland markets closed ${i % 2 ? 'higher' : 'lower'} on trade ${['worries', 'hopes', 'figures'][i % 3]}.`),
);

/** The decision for `next` (with `options`) after the background and `first` were clustered with the defaults. */
export async function decisionAfter(first: Article, next: Article, options?: ClusterOptions, background: readonly Article[] = NORLAND_BACKGROUND): Promise<ClusterDecision> {
  const index = new MemoryClusterIndex();
  for (const a of [...background, first]) {
    const f = clusterFeatures(a);
    index.add(a.id, f, await decide(f, index));
  }
  return decide(clusterFeatures(next), index, options);
}
