/**
 * Step 4: transitive grouping of copy links (union-find) into IndependenceGroups.
 */
import type { IndependenceGroup } from '../../contract/analysis-schema.js';

export interface CopyLink {
  readonly a: number;
  readonly b: number;
  readonly resemblance: number;
  readonly reason: string;
}

function find(parent: number[], x: number): number {
  while (parent[x] !== x) {
    parent[x] = parent[parent[x]!]!;
    x = parent[x]!;
  }
  return x;
}

/**
 * Groups of two or more articles joined by links, with ids g1… in order of their
 * smallest article id (`ids` must be sorted), `similarity` the highest resemblance
 * of a link inside the group and `reason` that link's reason.
 */
export function groupLinks(ids: readonly string[], links: readonly CopyLink[]): IndependenceGroup[] {
  const parent = ids.map((_, i) => i);
  for (const l of links) {
    const ra = find(parent, l.a);
    const rb = find(parent, l.b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); // the root stays the smallest index
  }
  const members = new Map<number, number[]>();
  ids.forEach((_, i) => {
    const r = find(parent, i);
    const list = members.get(r);
    if (list) list.push(i);
    else members.set(r, [i]);
  });
  const best = new Map<number, CopyLink>();
  for (const l of links) {
    const r = find(parent, l.a);
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
