/**
 * Candidate pairs by blocking: two items are compared only when they share an
 * entity or a content word. A key carried by more than `maxPosting` items
 * ("hamas" in a story about Hamas) tells little apart, so inside it each item is
 * paired only with its `window` nearest neighbours in `sort` order (sorted
 * neighbourhood) — identical and near-identical events are still neighbours, and
 * the number of comparisons stays near-linear in the number of events.
 */

/** Items as the blocker sees them: an index, its blocking keys and a sort key. */
export interface Blockable {
  readonly i: number;
  readonly keys: readonly string[];
  /** order inside an over-full key: similar items should sort together. */
  readonly sort: string;
}

/** @default 50 */
export const MAX_POSTING = 50;
/** @default 8 */
export const NEIGHBOURS = 8;

/** Pairs [i, j] with i < j that share at least one key (within the window for common keys), sorted. */
export function candidatePairs(items: readonly Blockable[], maxPosting = MAX_POSTING, window = NEIGHBOURS): [number, number][] {
  const postings = new Map<string, Blockable[]>();
  for (const it of items) {
    for (const k of new Set(it.keys)) {
      const list = postings.get(k);
      if (list) list.push(it);
      else postings.set(k, [it]);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = items.reduce((m, it) => Math.max(m, it.i + 1), 0);
  const add = (x: number, y: number) => {
    const i = Math.min(x, y);
    const j = Math.max(x, y);
    const code = i * n + j;
    if (seen.has(code)) return;
    seen.add(code);
    pairs.push([i, j]);
  };
  for (const list of postings.values()) {
    if (list.length < 2) continue;
    const big = list.length > maxPosting;
    const ordered = big ? [...list].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.i - b.i)) : list;
    for (let a = 0; a < ordered.length; a++) {
      const last = big ? Math.min(ordered.length, a + 1 + window) : ordered.length;
      for (let b = a + 1; b < last; b++) add(ordered[a]!.i, ordered[b]!.i);
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
