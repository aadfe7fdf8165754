/** Independence (PLACEHOLDER: every article is independent). */
import type { Article, IndependenceGroup } from '../../contract/analysis-schema.js';

/** Groups of syndicated / near-duplicate articles (groups of one are omitted). */
export function detectIndependence(_articles: readonly Article[]): IndependenceGroup[] {
  return [];
}

/** How many independent sources a set of articles amounts to: each group counts once. */
export function independentCount(articleIds: readonly string[], groups: readonly IndependenceGroup[]): number {
  const seen = new Set<string>();
  for (const id of articleIds) {
    const g = groups.find((x) => x.articles.includes(id));
    seen.add(g ? `group:${g.id}` : `article:${id}`);
  }
  return seen.size;
}
