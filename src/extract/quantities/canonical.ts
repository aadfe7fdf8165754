/**
 * A measure in the unit its dimension is compared in: "10 miles" → 16.09 km, "6 months" → 182.6
 * days, "50 °F" → 10 °C. The factors come from the js-quantities unit database
 * (lexicon/quantity-units.ts names each unit for it); the written figure is kept for display.
 * Currencies are never converted: an exchange rate is never guessed.
 */
import Qty from 'js-quantities';
import { CANONICAL_UNITS, MEASURE_UNITS, MONTH_IN_YEARS, UNIT_DATABASE_NAMES, UNIT_PREFIXES } from '../../lexicon/quantity-units.js';

/** A value in its dimension's canonical unit. */
export interface Canonical {
  readonly value: number;
  /** the canonical unit as shown ("km", "days", "°C"). */
  readonly unit: string;
}

const cache = new Map<string, ((v: number) => number) | null>();

/** The conversion of a written unit into its dimension's canonical unit, or null when there is none. */
function converter(unit: string, dimension: string): ((v: number) => number) | null {
  const k = `${dimension}|${unit}`;
  if (cache.has(k)) return cache.get(k)!;
  const target = CANONICAL_UNITS[dimension];
  const months = unit === 'months';
  const db = months ? 'year' : UNIT_DATABASE_NAMES[unit];
  let f: ((v: number) => number) | null = null;
  if (target && db) {
    try {
      if (dimension === 'temperature') f = (v) => Qty(v, db).to(target.db).scalar;
      else {
        const factor = Qty(1, db).to(target.db).scalar * (months ? MONTH_IN_YEARS : 1);
        f = (v) => v * factor;
      }
    } catch {
      f = null; // a unit of another dimension: compared only with itself
    }
  }
  cache.set(k, f);
  return f;
}

/** `value` written in `unit` of `dimension`, in the canonical unit; null for counts, money, percent, unknown units. */
export function canonicalOf(value: number, unit: string | null, dimension: string): Canonical | null {
  if (!unit) return null;
  const f = converter(unit, dimension);
  return f ? { value: f(value), unit: CANONICAL_UNITS[dimension]!.shown } : null;
}

/** The dimension of each unit code ("miles" → distance), from the unit lexicon. */
const DIMENSION_OF: ReadonlyMap<string, string> = new Map(
  [...Object.values(MEASURE_UNITS), ...Object.values(UNIT_PREFIXES).flatMap((m) => Object.values(m)), { unit: 'miles/h', dimension: 'speed' }].map((u) => [u.unit, u.dimension] as const),
);

/** `x` written in `unit`, in its dimension's canonical unit (x itself when the unit has no conversion). */
export function inCanonicalUnit(x: number, unit: string | null): number {
  if (!unit || !Number.isFinite(x)) return x;
  const dimension = DIMENSION_OF.get(unit);
  const f = dimension ? converter(unit, dimension) : null;
  return f ? f(x) : x;
}
