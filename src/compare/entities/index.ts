/**
 * Cross-article entity merging: one Entity per real-world referent, with every
 * name variant, role and mention, plus `name` conflict claims and a resolver from
 * (article, local key) to the merged entity id. Steps run in order:
 *
 * 1. local refs — each article's LocalEntities with comparison keys;
 * 2. merge rules — names, aliases, surnames, acronyms (see 02-merge-rules.ts);
 * 3. name conflicts — one person, different first names;
 * 4. entities — deterministic ids `e1…` (sorted by type, name, first mention);
 * 5. spelling conflicts — one person, a surname spelled two ways by different articles.
 */
import type { Claim, Entity } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';
import { localRefs } from './01-local-refs.js';
import type { LocalRef } from './01-local-refs.js';
import { mergeRefs } from './02-merge-rules.js';
import { nameConflicts } from './03-name-conflicts.js';
import { buildEntities } from './04-build-entities.js';
import { spellingConflicts } from './05-spelling-conflicts.js';

export { similarGiven } from './02-merge-rules.js';

export interface EntityMerge {
  readonly entities: Entity[];
  /** `name` claims: one referent given different names by different articles. */
  readonly claims: Claim[];
  readonly resolver: EntityResolver;
}

/** Merge the articles' local entities into cross-article entities. */
export function mergeEntities(extractions: readonly ArticleExtraction[]): EntityMerge {
  const refs = localRefs(extractions);
  const uf = mergeRefs(refs);
  const groups = new Map<number, LocalRef[]>();
  for (const r of refs) {
    const root = uf.find(r.index);
    const list = groups.get(root);
    if (list) list.push(r);
    else groups.set(root, [r]);
  }
  const clusters = buildEntities([...groups.values()]);
  const ids = new Map<string, string>();
  const claims: Claim[] = [];
  for (const c of clusters) {
    for (const m of c.members) ids.set(`${m.article}\u0000${m.key}`, c.entity.id);
    for (const claim of [...nameConflicts(c.entity.id, c.members), ...spellingConflicts(c.entity.id, c.members)]) claims.push({ ...claim, id: `n${claims.length + 1}` });
  }
  const entities = clusters.map((c) => c.entity);
  const byId = new Map(entities.map((e) => [e.id, e]));
  return {
    entities,
    claims,
    resolver: { globalId: (a, k) => ids.get(`${a}\u0000${k}`) ?? null, entity: (id) => byId.get(id) },
  };
}
