/**
 * Query-string and path checks for the corpus API. Every parameter is bounded before it reaches
 * the store: ids are plain positive integers, text is at most 200 characters, limits are capped.
 * A failed check is a 400 with a one-line reason, never an exception. Search terms use the
 * bounds every `serve` route shares (../validate.ts).
 */
import { checkSearchTerm } from '../validate.js';

/** A checked value, or the reason it was refused. */
export type Checked<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const ok = <T>(value: T): Checked<T> => ({ ok: true, value });
const bad = <T>(error: string): Checked<T> => ({ ok: false, error });

/** The largest `limit` accepted. */
export const MAX_LIMIT = 500;

/** A story id from a path segment: digits only (no sign, exponent or spaces), at most 15 of them. */
export function storyId(segment: string): Checked<number> {
  if (!/^[1-9]\d{0,14}$/.test(segment)) return bad(`story id must be a positive integer, got "${segment.slice(0, 40)}"`);
  return ok(Number(segment));
}

/** `limit`: absent → `fallback`; else an integer 1..MAX_LIMIT. */
export function limitParam(raw: string | null, fallback: number): Checked<number> {
  if (raw === null) return ok(fallback);
  if (!/^\d{1,4}$/.test(raw) || Number(raw) < 1 || Number(raw) > MAX_LIMIT) return bad(`limit must be an integer from 1 to ${MAX_LIMIT}`);
  return ok(Number(raw));
}

/** `q`: absent → ''; trimmed, then the shared search-term bounds (length, control characters). */
export function queryParam(raw: string | null, required: boolean): Checked<string> {
  const q = (raw ?? '').trim();
  if (required && q === '') return bad('q is required');
  const refused = checkSearchTerm(q);
  return refused ? bad(refused.error) : ok(q);
}

/** `since`: absent → null; else a real calendar date YYYY-MM-DD. */
export function sinceParam(raw: string | null): Checked<string | null> {
  if (raw === null || raw === '') return ok(null);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(raw);
  const d = m ? new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))) : null;
  if (!d || d.toISOString().slice(0, 10) !== raw) return bad('since must be a date YYYY-MM-DD');
  return ok(raw);
}

/** Only these query parameters are known per route; anything else is refused (typos show up as 400s). */
export function unknownParams(params: URLSearchParams, allowed: readonly string[]): string | null {
  for (const k of params.keys()) if (!allowed.includes(k)) return `unknown parameter "${k.slice(0, 40)}"`;
  const dup = [...params.keys()].find((k, i, all) => all.indexOf(k) !== i);
  return dup === undefined ? null : `parameter "${dup}" given twice`;
}
