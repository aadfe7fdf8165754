import { expect } from 'vitest';
import type { Claim, Entity } from '../../../src/contract/analysis-schema.js';
import { alignClaims } from '../../../src/compare/claims/index.js';
import type { EntityResolver } from '../../../src/compare/entity-resolver.js';
import { extractArticle } from '../../../src/extract/index.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { article } from '../../extract/quantities/helpers.js';

/**
 * Stands in for the cross-article entity merge: local entities with the same name are one
 * person. Claim alignment is tested on its own, whatever the state of the merge stage.
 */
export function nameResolver(extractions: readonly ArticleExtraction[]): EntityResolver {
  const names = new Map<string, string>();
  for (const x of extractions) for (const e of x.entities.entities) names.set(`${x.article.id}\u0000${e.key}`, e.name);
  return {
    globalId: (a, k) => {
      const n = names.get(`${a}\u0000${k}`);
      return n ? `person:${n.toLowerCase()}` : null;
    },
    entity: (id) => ({ id, name: id.replace(/^person:/, '').replace(/\b\p{L}/gu, (c) => c.toUpperCase()), type: 'person', aliases: [], roles: [], articles: [], mentions: [] }) as Entity,
  };
}

/** Extract each article and align their claims. */
export function claimsOf(articles: readonly { id: string; published: string | null; text: string }[]): { claims: Claim[]; extractions: ArticleExtraction[] } {
  const extractions = articles.map((a) => extractArticle(article(a.text, a.id, a.published)));
  return { claims: alignClaims(extractions, nameResolver(extractions), []), extractions };
}

/** The claim whose topic is `topic` (exactly), with a readable failure. */
export function claimAbout(claims: readonly Claim[], topic: string): Claim {
  const c = claims.find((x) => x.topic === topic);
  if (!c) throw new Error(`no claim on "${topic}"; topics: ${claims.map((x) => `${x.topic} [${x.status}]`).join('; ')}`);
  return c;
}

/** How two articles' figures end up: a claim status, or 'apart' (the two figures are never in one claim). */
export type PairStatus = Claim['status'] | 'apart';

/** One table row of the two-article number tables: two texts, the figures to find, the status expected. */
export interface PairCase {
  readonly name: string;
  readonly a: string;
  readonly b: string;
  /** a value both claims carry (in the compared figure), to find the claim */
  readonly figure: number;
  readonly other: number;
  /** 'apart': the two figures are never in one claim */
  readonly status: PairStatus;
  readonly why?: RegExp;
  readonly published?: readonly [string | null, string | null];
}

/** Does the claim carry the figure n (its normalised value, or the digits as written)? */
export const carries = (c: Claim, n: number): boolean => c.values.some((v) => Math.abs((v.normalized as number) - n) < 1e-6 || v.value.replace(/,/g, '').includes(String(n)));

/**
 * Check one PairCase: the two articles' figures `figure` and `other` end up in one two-article
 * claim of the expected status, or (for 'apart') never in one claim while both are still claims.
 */
export function expectPair({ a, b, figure, other, status, why, published }: PairCase): void {
  const { claims } = claimsOf([{ id: 'p1', published: published?.[0] ?? null, text: a }, { id: 'p2', published: published?.[1] ?? null, text: b }]);
  const listed = claims.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => `${v.value}@${(v.articles ?? []).join('+')}`).join(' / ')}`).join('; ');
  const quantities = claims.filter((c) => c.kind === 'quantity');
  if (status === 'apart') {
    expect(quantities.filter((c) => carries(c, figure) && carries(c, other) && (c.articles ?? []).length === 2), `${figure} and ${other} should be in different claims; got ${listed}`).toEqual([]);
    for (const n of [figure, other]) expect(quantities.some((c) => carries(c, n)), `no claim on ${n}: ${listed}`).toBe(true);
    return;
  }
  const both = quantities.filter((c) => carries(c, figure) && carries(c, other) && (c.articles ?? []).length === 2);
  expect(both.length, `no two-article claim with ${figure} and ${other}: ${listed}`).toBe(1);
  expect(both[0]!.status, listed).toBe(status);
  if (why) expect(both[0]!.why).toMatch(why);
}
