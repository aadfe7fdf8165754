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
