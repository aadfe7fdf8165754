/**
 * Step 2: what range of true values each written figure allows, so "about 40" and "more than 40"
 * can agree while "22" and "24" cannot. Measures are compared in their dimension's canonical unit
 * ("10 miles" as 16.09 km) and money over a period per year ("£200,000 a week" as £10.4m a year);
 * a range ("10 to 15") is its interval. See docs/claims.md for the table.
 */
import type { QuantityRecord } from '../../model/records.js';
import { inCanonicalUnit } from '../../extract/quantities/canonical.js';
import { quantityExtras } from '../../extract/quantities/index.js';

export interface Interval {
  readonly lo: number;
  readonly hi: number;
  readonly loOpen: boolean;
  readonly hiOpen: boolean;
}

const FIRST_FIGURE = /\d[\d,]*(?:\.(\d+))?/;
const RATIO = /\S\s+in\s+\S/;

/**
 * A figure converted from another unit is rounded by whoever converted it ("16 km" for 10 miles,
 * "six months" for 182 days): values written in different units agree within this share.
 */
export const CONVERSION_TOLERANCE = 0.05;

/**
 * Half the rounding step implied by how the figure is written: "1.2 million" → 0.05 million,
 * "£45m" → 0.5 million, "3.4%" → 0.05, a whole thousand in digits ("2,000", "52,000") → 5 %,
 * other integers and figures in words → 0 (exact).
 */
function roundingSlack(q: QuantityRecord): number {
  // "one in 10": a share given as a round ratio is itself rounded (1 in 9 … 1 in 11)
  if (q.unit === '%' && RATIO.test(q.text)) return 0.1 * q.value;
  const m = FIRST_FIGURE.exec(q.text);
  if (!m) return 0;
  const written = Number(m[0].replace(/,/g, ''));
  const decimals = m[1]?.length ?? 0;
  const scale = written > 0 ? q.value / written : 1;
  if (decimals > 0 || scale > 1) return 0.5 * 10 ** -decimals * scale;
  if (q.value >= 1000 && q.value % 1000 === 0) return 0.05 * q.value;
  return 0;
}

/** Records are immutable and compared pairwise, so each one's written interval is computed once. */
const WRITTEN = new WeakMap<QuantityRecord, Interval>();

/** The interval of true values compatible with a figure and its qualifier, in the written unit. */
function writtenInterval(q: QuantityRecord): Interval {
  let w = WRITTEN.get(q);
  if (w === undefined) {
    w = computeWrittenInterval(q);
    WRITTEN.set(q, w);
  }
  return w;
}

function computeWrittenInterval(q: QuantityRecord): Interval {
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

/**
 * The interval of true values compatible with a figure, in the unit it is compared in (the
 * canonical unit of its dimension; per year for money over a period). `converted` widens it by
 * CONVERSION_TOLERANCE, for comparing with a figure written in another unit.
 */
export function intervalOf(q: QuantityRecord, converted = false): Interval {
  const w = writtenInterval(q);
  const { canonical, basis } = quantityExtras(q);
  let { lo, hi } = w;
  if (canonical && basis) {
    const perYear = q.value === 0 ? 1 : canonical.value / q.value;
    lo *= perYear;
    hi *= perYear;
  } else if (canonical) {
    lo = inCanonicalUnit(lo, q.unit);
    hi = inCanonicalUnit(hi, q.unit);
  }
  if (converted) {
    lo -= Math.abs(lo) * CONVERSION_TOLERANCE;
    hi += Math.abs(hi) * CONVERSION_TOLERANCE;
  }
  return { lo, hi, loOpen: w.loOpen, hiOpen: w.hiOpen };
}

/** The value a figure is compared by (canonical unit, per year), for ordering and updates. */
export function comparedValue(q: QuantityRecord): number {
  return quantityExtras(q).canonical?.value ?? q.value;
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

/** Are two figures compatible, each in the unit it is compared in (widened when their written units differ)? */
export function figuresCompatible(a: QuantityRecord, b: QuantityRecord): boolean {
  const [ea, eb] = [quantityExtras(a), quantityExtras(b)];
  const converted = (ea.canonical !== null && eb.canonical !== null && a.unit !== b.unit) || ea.basis !== eb.basis;
  return compatible(intervalOf(a, converted), intervalOf(b, converted));
}
