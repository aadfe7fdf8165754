/**
 * Evidence for a templated claim sentence: the spans of the values it states.
 */
import type { Claim, ClaimValue, Span } from '../../contract/analysis-schema.js';

/** One span per article per value (the first), so a sentence cites every source without repeating it. */
export function valueEvidence(values: readonly ClaimValue[]): Span[] {
  const out: Span[] = [];
  const seen = new Set<string>();
  for (const v of values) {
    for (const s of v.evidence) {
      const key = `${v.value}\u0000${s.article}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(s);
    }
  }
  return out;
}

/** Articles behind a claim (claim.articles, else from its values). */
export function claimArticles(c: Claim): string[] {
  return c.articles ?? [...new Set(c.values.flatMap((v) => v.articles))].sort();
}

/** Values ordered by support: most articles first, then by normalised value, then text. */
export function valuesBySupport(c: Claim): ClaimValue[] {
  const norm = (v: ClaimValue) => (v.normalized === null ? '' : typeof v.normalized === 'number' ? v.normalized.toFixed(6).padStart(24, '0') : v.normalized);
  return [...c.values].sort((a, b) => b.articles.length - a.articles.length || (norm(a) < norm(b) ? -1 : norm(a) > norm(b) ? 1 : 0) || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
}

/** Claims ranked by how many independent sources and articles stand behind them, then by id. */
export function byWeight(a: Claim, b: Claim): number {
  const ia = a.independentSources ?? 0;
  const ib = b.independentSources ?? 0;
  return ib - ia || claimArticles(b).length - claimArticles(a).length || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}
