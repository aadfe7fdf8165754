/**
 * Step 2: merge the items that tell the same event on compatible dates.
 *
 * Two items are the same event when their descriptions share enough content
 * words (Jaccard on stemmed words) — less is needed when they also share a
 * merged entity. Dates must be compatible: equal, or one inside the other
 * ("2025-03" and "2025-03-05"); a coarser date needs a closer match, and the
 * merged event takes the finer date. Pairs are joined best-first, and a join
 * that would put two different days in one group is refused, so "March" can
 * join "March 5" or "March 6" but never both.
 *
 * Heads (event-head.ts) refine this. On the same date, two items with the
 * same head that share a merged entity or a keyword (a content word that is
 * not itself an event verb) are the same event however differently worded
 * ("designated … in 1997" / "classified … in 1997"). Two items whose heads
 * differ are different events unless their words are nearly the same, so a
 * shared entity alone never joins "won the league in 2019" with "sacked its
 * manager in 2019".
 */
import { candidatePairs, periodOf } from './blocking.js';
import type { EventItem } from './01-collect.js';
import { jaccard, sharedCount } from './content-words.js';
import { compatible, finer } from './date-compat.js';
import { HEAD_STEMS } from './event-head.js';

/** Word overlap needed on the same date, without / with a shared entity. */
export const SAME_DATE = { words: 0.34, wordsWithEntity: 0.2 } as const;
/** Word overlap needed when one date lies inside the other. */
export const NESTED_DATE = { words: 0.5, wordsWithEntity: 0.34 } as const;
/** Word overlap from which two clauses are one event even with different heads (a clause naming two actions). */
export const HEAD_VETO_BELOW = 0.6;

/**
 * Blocking keys of an item: its entities and content words, each tagged with the
 * date's month (or year, for a year-only date). Month and day dates of one month
 * share keys; a year-only date is compared with year-only dates only.
 */
export function keysOf(it: EventItem): string[] {
  const p = periodOf(it.event.date);
  return [...it.entities.map((e) => `e:${e}@${p}`), ...[...it.words].map((w) => `w:${w}@${p}`)];
}

/** True when the two items share a content word that is not an event verb ("bridge", "league"). */
function sharedKeyword(a: EventItem, b: EventItem): boolean {
  for (const w of a.words) if (b.words.has(w) && !HEAD_STEMS.has(w)) return true;
  return false;
}

function sameEvent(a: EventItem, b: EventItem): number {
  const da = a.event.date;
  const db = b.event.date;
  if (!compatible(da, db)) return 0;
  const words = jaccard(a.words, b.words);
  const shared = sharedCount(a.entities, b.entities) > 0;
  const score = words + (shared ? 0.01 : 0);
  if (a.head !== null && b.head !== null) {
    if (a.head !== b.head) return words >= HEAD_VETO_BELOW ? score : 0;
    if (da === db && (shared || sharedKeyword(a, b))) return score + 0.005;
  }
  const t = da === db ? SAME_DATE : NESTED_DATE;
  return words >= t.words || (shared && words >= t.wordsWithEntity) ? score : 0;
}

/** Groups of item indices, each one event; every item is in exactly one group. */
export function mergeSameEvents(items: readonly EventItem[]): number[][] {
  const parent = items.map((it) => it.i);
  const date = items.map((it) => it.event.date);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  // Copies (same date, same words, same entities) join at once; only one of each is compared further.
  const signature = (it: EventItem) => `${it.event.date}\u0000${[...it.words].sort().join(' ')}\u0000${it.entities.join(' ')}`;
  const firstOf = new Map<string, number>();
  const distinct: EventItem[] = [];
  for (const it of items) {
    const sig = signature(it);
    const first = firstOf.get(sig);
    if (first === undefined) {
      firstOf.set(sig, it.i);
      distinct.push(it);
    } else parent[it.i] = first;
  }
  const scored = candidatePairs(distinct.map((it) => ({ i: it.i, keys: keysOf(it), sort: signature(it) })))
    .map(([i, j]) => ({ i, j, s: sameEvent(items[i]!, items[j]!) }))
    .filter((p) => p.s > 0)
    .sort((p, q) => q.s - p.s || p.i - q.i || p.j - q.j);
  for (const { i, j } of scored) {
    const a = find(i);
    const b = find(j);
    if (a === b || !compatible(date[a]!, date[b]!)) continue;
    const root = Math.min(a, b);
    parent[Math.max(a, b)] = root;
    date[root] = finer(date[a]!, date[b]!);
  }
  const groups = new Map<number, number[]>();
  for (const it of items) {
    const r = find(it.i);
    const g = groups.get(r);
    if (g) g.push(it.i);
    else groups.set(r, [it.i]);
  }
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}
