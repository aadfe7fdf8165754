/**
 * Candidate pairs by blocking: two items are compared only when they share an
 * entity or a content word that is not too common. A key carried by more than
 * `maxPosting` items is skipped (it tells nothing apart), which keeps the
 * number of comparisons near-linear in the number of events.
 */

/** Items as the blocker sees them: an index and its blocking keys. */
export interface Blockable {
  readonly i: number;
  readonly keys: readonly string[];
}

/** @default 50 */
export const MAX_POSTING = 50;

/** Pairs [i, j] with i < j that share at least one usable key, sorted. */
export function candidatePairs(items: readonly Blockable[], maxPosting = MAX_POSTING): [number, number][] {
  const postings = new Map<string, number[]>();
  for (const it of items) {
    for (const k of new Set(it.keys)) {
      const list = postings.get(k);
      if (list) list.push(it.i);
      else postings.set(k, [it.i]);
    }
  }
  const seen = new Set<number>();
  const pairs: [number, number][] = [];
  const n = items.reduce((m, it) => Math.max(m, it.i + 1), 0);
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const i = Math.min(list[a]!, list[b]!);
        const j = Math.max(list[a]!, list[b]!);
        const code = i * n + j;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([i, j]);
      }
    }
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
