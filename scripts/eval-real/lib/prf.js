// Tally helpers for the real-news harness: counters of true/false positives and false negatives,
// and precision/recall/F1 from them (the same arithmetic as scripts/lib/score.js).
import { rates } from '../../lib/score.js';

/** A fresh counter. */
export const counter = () => ({ tp: 0, fp: 0, fn: 0 });

/** A set of named counters: bump(key, field, n) adds to one, get(key) reads it (zeros when absent). */
export function tallies() {
  const byKey = new Map();
  return {
    bump(key, field, n = 1) {
      const c = byKey.get(key) ?? counter();
      c[field] += n;
      byKey.set(key, c);
    },
    get: (key) => byKey.get(key) ?? counter(),
    keys: () => [...byKey.keys()],
  };
}

/** Precision, recall and F1 of a counter; null where the denominator is zero. */
export function prf({ tp, fp, fn }) {
  const q = rates({ tp, fp, fn });
  return { p: q.precision, r: q.recall, f1: q.f1 };
}

/**
 * Pairwise counts from two clusterings given as item → cluster-id maps (items missing from
 * `predicted` are left out): a pair in one gold cluster and one predicted cluster is a tp.
 */
export function pairwise(gold, predicted) {
  const pairs = (counts) => [...counts.values()].reduce((n, k) => n + (k * (k - 1)) / 2, 0);
  const g = new Map();
  const p = new Map();
  const both = new Map();
  for (const [item, gid] of gold) {
    if (!predicted.has(item)) continue;
    const pid = predicted.get(item);
    g.set(gid, (g.get(gid) ?? 0) + 1);
    p.set(pid, (p.get(pid) ?? 0) + 1);
    const k = JSON.stringify([gid, pid]);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  const tp = pairs(both);
  return { tp, fp: pairs(p) - tp, fn: pairs(g) - tp };
}
