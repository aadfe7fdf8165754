/**
 * Step 2: what range of true values each written figure allows, so "about 40" and "more than 40"
 * can agree while "22" and "24" cannot. See docs/claims.md for the table.
 */
import type { QuantityRecord } from '../../model/records.js';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

const FIRST_FIGURE = /\d[\d,]*(?:\.(\d+))?/;

/**
 * Half the rounding step implied by how the figure is written: "1.2 million" → 0.05 million,
 * "£45m" → 0.5 million, "3.4%" → 0.05, a whole thousand in digits ("2,000", "52,000") → 5 %,
 * other integers and figures in words → 0 (exact).
 */
function roundingSlack(q: QuantityRecord): number {
  const m = FIRST_FIGURE.exec(q.text);
  if (!m) return 0;
  const written = Number(m[0].replace(/,/g, ''));
  const decimals = m[1]?.length ?? 0;
  const scale = written > 0 ? q.value / written : 1;
  if (decimals > 0 || scale > 1) return 0.5 * 10 ** -decimals * scale;
  if (q.value >= 1000 && q.value % 1000 === 0) return 0.05 * q.value;
  return 0;
}

/** The interval of true values compatible with a figure and its qualifier. */
export function intervalOf(q: QuantityRecord): Interval {
  const n = q.value;
  const slack = roundingSlack(q);
  switch (q.qualifier) {
    case 'about':
      return { lo: Math.min(0.9 * n, n - slack), hi: Math.max(1.1 * n, n + slack), loOpen: false, hiOpen: false };
    case 'more than':
      return { lo: n, hi: Infinity, loOpen: true, hiOpen: true };
    case 'at least':
      return { lo: n, hi: Infinity, loOpen: false, hiOpen: true };
    case 'nearly':
      return { lo: 0.9 * n, hi: n, loOpen: false, hiOpen: true };
    case 'up to':
      return { lo: 0, hi: n, loOpen: false, hiOpen: false };
    case 'less than':
      return { lo: 0, hi: n, loOpen: false, hiOpen: true };
    default:
      return { lo: n - slack, hi: n + slack, loOpen: false, hiOpen: false };
  }
}

/** True when some value lies in both intervals. */
export function compatible(a: Interval, b: Interval): boolean {
  const lo = Math.max(a.lo, b.lo);
  const hi = Math.min(a.hi, b.hi);
  if (lo < hi) return true;
  if (lo > hi) return false;
  // touching ends: compatible only when both ends are closed at that point
  const aOpenAt = (a.lo === lo && a.loOpen) || (a.hi === hi && a.hiOpen);
  const bOpenAt = (b.lo === lo && b.loOpen) || (b.hi === hi && b.hiOpen);
  return !aOpenAt && !bOpenAt;
}
