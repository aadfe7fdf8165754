/** Claim alignment (PLACEHOLDER: every quantity is a `single` claim). */
import type { Claim, IndependenceGroup } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';

export function alignClaims(extractions: readonly ArticleExtraction[], _resolver: EntityResolver, _independence: readonly IndependenceGroup[]): Claim[] {
  const claims: Claim[] = [];
  for (const x of extractions) {
    for (const q of x.quantities) {
      claims.push({
        id: `c${claims.length + 1}`,
        kind: q.claimKind,
        topic: q.topic,
        status: 'single',
        values: [{ value: q.text, normalized: q.value, qualifier: q.qualifier, unit: q.unit, articles: [x.article.id], evidence: [q.span] }],
      });
    }
  }
  return claims;
}
