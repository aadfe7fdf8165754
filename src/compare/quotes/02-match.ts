/**
 * Step 2: group occurrences of the same utterance.
 *
 * Blocking keeps it near-linear: occurrences are indexed by their word 3-grams, and only
 * pairs sharing a 3-gram are compared. A 3-gram held by more than `MAX_POSTING`
 * occurrences (a quote syndicated to hundreds of outlets, or a stock phrase) only links
 * each holder to its next `WINDOW` holders: identical copies still chain together, and
 * the cost stays linear. A pair matches when the smaller one's 3-grams are ≥ 80 %
 * contained in the larger one's (a fragment, an elided or a bracketed version), or when
 * their word sets overlap with Jaccard ≥ 0.8 (a reworded version). A one-shingle quote
 * (three words or fewer) only matches an identical wording.
 * Groups are the connected components of matching pairs (union–find).
 */
import type { NormalisedQuote } from './01-normalise.js';

const MAX_POSTING = 64;
const WINDOW = 4;
const CONTAINMENT = 0.8;
const JACCARD = 0.8;

function intersection<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const x of small) if (big.has(x)) n++;
  return n;
}

/** Do two normalised quotations render the same utterance? */
export function sameUtterance(a: NormalisedQuote, b: NormalisedQuote): boolean {
  const small = Math.min(a.shingles.size, b.shingles.size);
  if (small === 0) return false;
  const shared = intersection(a.shingles, b.shingles);
  if (small === 1) return shared === 1 && a.words.join(' ') === b.words.join(' ');
  if (shared / small >= CONTAINMENT) return true;
  const wa = new Set(a.words);
  const wb = new Set(b.words);
  const w = intersection(wa, wb);
  return w / (wa.size + wb.size - w) >= JACCARD;
}

/** Cluster indices 0..n-1 into groups of the same utterance; groups sorted by their smallest index. */
export function groupUtterances(quotes: readonly NormalisedQuote[]): number[][] {
  const postings = new Map<string, number[]>();
  quotes.forEach((q, i) => {
    for (const s of q.shingles) {
      const p = postings.get(s);
      if (p) p.push(i);
      else postings.set(s, [i]);
    }
  });
  const parent = quotes.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const tried = new Set<number>();
  const n = quotes.length;
  const tryPair = (i: number, j: number) => {
    const key = i * n + j;
    if (tried.has(key)) return;
    tried.add(key);
    const ri = find(i);
    const rj = find(j);
    // components do not depend on the order pairs are tried in, so the grouping is deterministic
    if (ri !== rj && sameUtterance(quotes[i]!, quotes[j]!)) parent[Math.max(ri, rj)] = Math.min(ri, rj);
  };
  for (const p of postings.values()) {
    if (p.length < 2) continue;
    const window = p.length > MAX_POSTING ? WINDOW : p.length;
    for (let a = 0; a < p.length; a++) for (let b = a + 1; b < Math.min(p.length, a + 1 + window); b++) tryPair(p[a]!, p[b]!);
  }
  const groups = new Map<number, number[]>();
  for (let i = 0; i < n; i++) {
    const r = find(i);
    const g = groups.get(r);
    if (g) g.push(i);
    else groups.set(r, [i]);
  }
  return [...groups.values()].sort((a, b) => a[0]! - b[0]!);
}
