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
const RATIO = /\S\s+in\s+\S|\b(?:half|thirds?|quarters?|fifths?|tenths?)\b/i;

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
  // "one in 10", "a quarter": a share given as a round ratio or fraction is itself rounded (1 in 9 … 1 in 11)
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

/** "7 percent", "seven per cent": a share in whole points is rounded to the point ("6.8%" agrees, "7.5%" does not). */
function wholePercent(q: QuantityRecord): boolean {
  if (q.unit !== '%' || RATIO.test(q.text)) return false;
  const m = FIRST_FIGURE.exec(q.text);
  return !m || m[1] === undefined;
}

function computeWrittenInterval(q: QuantityRecord): Interval {
  const n = q.value;
  const slack = roundingSlack(q);
  // "10 to 15 people", "between 5% and 6%": the range itself
  const { low } = quantityExtras(q);
  if (low !== null) return { lo: low - slack, hi: n + slack, loOpen: false, hiOpen: false };
  if (q.qualifier === null && wholePercent(q)) return { lo: n - 0.5, hi: n + 0.5, loOpen: false, hiOpen: true };
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

const LOWER_BOUNDS = new Set(['more than', 'at least']);

/**
 * The step a written figure is rounded to: "37 million" → 1 million, "40 million" → 10 million,
 * "2,200" → 100, "2.5 million" → 0.1 million; null for a figure in words.
 */
export function writtenStep(q: QuantityRecord): number | null {
  const m = FIRST_FIGURE.exec(q.text);
  if (!m) return null;
  const digits = m[0].replace(/,/g, '');
  const written = Number(digits);
  if (!(written > 0)) return null;
  const scale = q.value / written;
  if (m[1] !== undefined) return 10 ** -m[1].length * scale;
  const zeros = /0*$/.exec(digits)![0].length;
  return 10 ** zeros * scale;
}

/**
 * Two floors ("over 37 million", "more than 40 million"): each outlet gives the figure it
 * rounded down, so the true value lies within two of its rounding steps above it. Floors that
 * no such reading reconciles are different figures, not two readings of one.
 */
function floorsCompatible(a: QuantityRecord, b: QuantityRecord, converted: boolean): boolean {
  const [sa, sb] = [writtenStep(a), writtenStep(b)];
  if (sa === null || sb === null) return true;
  const [ia, ib] = [intervalOf(a, converted), intervalOf(b, converted)];
  const cap = (i: Interval, q: QuantityRecord, step: number): Interval => ({ ...i, hi: i.lo + (2 * step * (i.lo / (q.value || 1))), hiOpen: true });
  return compatible(cap(ia, a, sa), cap(ib, b, sb));
}

/** Are two figures compatible, each in the unit it is compared in (widened when their written units differ)? */
export function figuresCompatible(a: QuantityRecord, b: QuantityRecord): boolean {
  const [ea, eb] = [quantityExtras(a), quantityExtras(b)];
  const converted = (ea.canonical !== null && eb.canonical !== null && a.unit !== b.unit) || ea.basis !== eb.basis;
  if (elidedScale(a, b) || elidedScale(b, a)) return true;
  if (!compatible(intervalOf(a, converted), intervalOf(b, converted))) return false;
  return !(LOWER_BOUNDS.has(a.qualifier ?? '') && LOWER_BOUNDS.has(b.qualifier ?? '')) || floorsCompatible(a, b, converted);
}

/**
 * "$68.7" beside "$68.7 billion": the same amount with its scale word left out (a sum of money
 * in units and tenths is no price anyone writes), so the two are one reading.
 */
function elidedScale(bare: QuantityRecord, scaled: QuantityRecord): boolean {
  if (bare.unit !== scaled.unit || !/^[A-Z]{3}$/.test(bare.unit ?? '')) return false;
  const [mb, ms] = [FIRST_FIGURE.exec(bare.text), FIRST_FIGURE.exec(scaled.text)];
  if (!mb || !ms || mb[1]?.length !== 1 || mb[0] !== ms[0]) return false;
  return bare.value === Number(mb[0].replace(/,/g, '')) && scaled.value > bare.value * 100;
}

/**
 * Are two figures one reading of the same value, open ends aside ("2.8 million" and "nearly 3
 * million", "36" and "about 36")? A floor ("at least 36") is read at its written value here, so
 * a later "80" is a change of a running count, not a second reading of "at least 36".
 */
export function sameReading(a: QuantityRecord, b: QuantityRecord): boolean {
  const point = (q: QuantityRecord): QuantityRecord => (LOWER_BOUNDS.has(q.qualifier ?? '') ? { ...q, qualifier: null } : q);
  return figuresCompatible(point(a), point(b));
}
