/**
 * Step 3: exact resemblance and containment of a candidate pair, and the verdict.
 *
 * Thresholds were calibrated on hand-written cases (test/compare/independence):
 * verbatim and re-headed wire copies score containment ≥ 0.9, lightly edited
 * rewrites 0.55–0.8, a trimmed copy ~1.0 against its source; two independent
 * reports of one event that share quotations score below 0.1 (quotes are not shingled).
 */

/** Containment (shared / smaller set) at or above which two articles are copies. */
export const MIN_CONTAINMENT = 0.5;
/** Resemblance (Jaccard) at or above which two articles are copies whatever their lengths. */
export const MIN_RESEMBLANCE = 0.45;
/** Resemblance from which a pair is called a near-duplicate. */
const NEAR_DUPLICATE = 0.8;
/** Fewer shared shingles than this never make a copy: a shared sign-off or a stock phrase is not syndication. */
const MIN_SHARED = 12;

export interface PairScore {
  readonly shared: number;
  readonly resemblance: number;
  readonly containment: number;
}

/** Size of the intersection of two sorted unique hash arrays (linear merge). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    const x = a[i]!;
    const y = b[j]!;
    if (x === y) {
      n++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return n;
}

/** Exact resemblance and containment of two shingle sets. */
export function scorePair(a: Uint32Array, b: Uint32Array): PairScore {
  const shared = intersectionSize(a, b);
  const union = a.length + b.length - shared;
  const smaller = Math.min(a.length, b.length);
  return { shared, resemblance: union ? shared / union : 0, containment: smaller ? shared / smaller : 0 };
}

/** 'near-duplicate', 'contained-copy' (one is a trimmed version of the other), 'edited-copy', or null. */
export function copyReason(s: PairScore, sizeA: number, sizeB: number): string | null {
  if (s.shared < MIN_SHARED) return null;
  if (s.containment < MIN_CONTAINMENT && s.resemblance < MIN_RESEMBLANCE) return null;
  if (s.resemblance >= NEAR_DUPLICATE) return 'near-duplicate';
  const ratio = Math.min(sizeA, sizeB) / Math.max(sizeA, sizeB, 1);
  if (s.containment >= NEAR_DUPLICATE && ratio < NEAR_DUPLICATE) return 'contained-copy';
  return 'edited-copy';
}
