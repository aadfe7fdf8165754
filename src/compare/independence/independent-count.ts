/**
 * Independent-source counting: syndicated copies count once.
 */
import type { IndependenceGroup } from '../../contract/analysis-schema.js';

// Claims call this once per value, so the article→group map is built once per groups array.
const groupMaps = new WeakMap<readonly IndependenceGroup[], ReadonlyMap<string, string>>();

function groupOf(groups: readonly IndependenceGroup[]): ReadonlyMap<string, string> {
  let map = groupMaps.get(groups);
  if (!map) {
    const m = new Map<string, string>();
    for (const g of groups) for (const a of g.articles) m.set(a, g.id);
    map = m;
    groupMaps.set(groups, map);
  }
  return map;
}

/** How many independent sources a set of articles amounts to: each group counts once (O(1) per article). */
export function independentCount(articleIds: readonly string[], groups: readonly IndependenceGroup[]): number {
  const map = groupOf(groups);
  const seen = new Set<string>();
  for (const id of articleIds) {
    const g = map.get(id);
    seen.add(g === undefined ? `article:${id}` : `group:${g}`);
  }
  return seen.size;
}
