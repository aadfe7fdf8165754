/**
 * How two ISO dates of possibly different precision relate. "2025-03" and
 * "2025-03-05" are compatible (the day lies inside the month), so they may be
 * the same event told at different precision; "2025-03-05" and "2025-03-06" are
 * not, so the same event given both is a date conflict.
 */

/** True when one date lies inside the other ("2025" ⊇ "2025-03" ⊇ "2025-03-05"). */
export function compatible(a: string, b: string): boolean {
  return a.startsWith(b) || b.startsWith(a);
}

/** The finer of two compatible dates. */
export function finer(a: string, b: string): string {
  return a.length >= b.length ? a : b;
}

/** Days between the first days of two dates (any precision). */
export function daysApart(a: string, b: string): number {
  const day = (s: string) => {
    const [y, m, d] = s.split('-').map(Number);
    return Date.UTC(y ?? 0, (m ?? 1) - 1, d ?? 1) / 86_400_000;
  };
  return Math.abs(day(a) - day(b));
}
