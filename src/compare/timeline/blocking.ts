/**
 * Candidate pairs by blocking: two items are compared only when they share an
 * entity or a content word. A key carried by more than `maxPosting` items
 * ("council" in a story about a council vote) tells little apart and is skipped; instead,
 * one pass over all items in `sort` order pairs each item with its `window`
 * next neighbours (sorted neighbourhood), so identical and near-identical events
 * still meet. Comparisons stay near-linear in the number of events.
 * Callers add the date's period to each key, so only events of the same (or
 * the next) month share a key at all.
 */
/** Items as the blocker sees them: an index, its blocking keys and a sort key. */
export interface Blockable {
  readonly i: number;
  readonly keys: readonly string[];
  /** order inside an over-full key: similar items should sort together. */
  readonly sort: string;
}

/** @default 16 */
export const MAX_POSTING = 16;
/** @default 6 */
export const NEIGHBOURS = 6;

/** Month or year of a date, shifted by `n` periods ("2025-03" + 1 → "2025-04"; "1997" + 1 → "1998"). */
export function periodOf(date: string, n = 0): string {
  const y = Number(date.slice(0, 4));
  if (date.length < 7) return String(y + n).padStart(4, '0');
  const m = Number(date.slice(5, 7)) - 1 + n;
  const yy = y + Math.floor(m / 12);
  return `${String(yy).padStart(4, '0')}-${String((((m % 12) + 12) % 12) + 1).padStart(2, '0')}`;
}

/** Pairs [i, j] with i < j that share a usable key or are neighbours in sort order, sorted. */
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
    if (list.length < 2 || list.length > maxPosting) continue;
    for (let a = 0; a < list.length; a++) for (let b = a + 1; b < list.length; b++) add(list[a]!.i, list[b]!.i);
  }
  const ordered = [...items].sort((a, b) => (a.sort < b.sort ? -1 : a.sort > b.sort ? 1 : a.i - b.i));
  for (let a = 0; a < ordered.length; a++) {
    for (let b = a + 1; b < Math.min(ordered.length, a + 1 + window); b++) add(ordered[a]!.i, ordered[b]!.i);
  }
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
