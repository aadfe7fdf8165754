/**
 * Step 4: transitive grouping of copy links (union-find) into IndependenceGroups.
 */
import type { IndependenceGroup } from '../../contract/analysis-schema.js';
import { UnionFind } from '../../util/union-find.js';

export interface CopyLink {
  readonly a: number;
  readonly b: number;
  readonly resemblance: number;
  readonly reason: string;
}

/**
 * Groups of two or more articles joined by links, with ids g1… in order of their
 * smallest article id (`ids` must be sorted), `similarity` the highest resemblance
 * of a link inside the group and `reason` that link's reason.
 */
export function groupLinks(ids: readonly string[], links: readonly CopyLink[]): IndependenceGroup[] {
  const sets = new UnionFind(ids.length); // the root stays the smallest index
  for (const l of links) sets.union(l.a, l.b);
  const members = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = sets.find(i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  const best = new Map<number, CopyLink>();
  for (const l of links) {
    const r = sets.find(l.a);
    const cur = best.get(r);
    if (!cur || l.resemblance > cur.resemblance || (l.resemblance === cur.resemblance && l.reason < cur.reason)) best.set(r, l);
  }
  const roots = [...members.keys()].filter((r) => members.get(r)!.length > 1).sort((x, y) => x - y);
  return roots.map((r, k) => {
    const link = best.get(r)!;
    return {
      id: `g${k + 1}`,
      articles: members.get(r)!.map((i) => ids[i]!),
      similarity: Math.round(link.resemblance * 1000) / 1000,
      reason: link.reason,
    };
  });
}
