/**
 * Cross-article entity merging (PLACEHOLDER: one Entity per local entity, no merging).
 * Replaced by alias-aware merging that also emits `name` conflict claims.
 */
import type { Claim, Entity } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';

export interface EntityMerge {
  readonly entities: Entity[];
  /** `name` claims: one referent given different names by different articles. */
  readonly claims: Claim[];
  readonly resolver: EntityResolver;
}

export function mergeEntities(extractions: readonly ArticleExtraction[]): EntityMerge {
  const entities: Entity[] = [];
  const ids = new Map<string, string>();
  for (const x of extractions) {
    const art = x.article.id;
    for (const e of x.entities.entities) {
      const id = `e${entities.length + 1}`;
      ids.set(`${art}\u0000${e.key}`, id);
      entities.push({ id, name: e.name, type: e.type, aliases: [...e.aliases], roles: e.roles.map((r) => ({ text: r.text, articles: [art] })), articles: [art], mentions: [...e.mentions] });
    }
  }
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    entities,
    claims: [],
    resolver: { globalId: (a, k) => ids.get(`${a}\u0000${k}`) ?? null, entity: (id) => byId.get(id) },
  };
}
