/** Test helpers in domain words for the cross-article entity merge. */
import { mergeEntities } from '../../../src/compare/entities/index.js';
import type { Entity } from '../../../src/contract/analysis-schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { articleOf } from '../../extract/entities/helpers.js';

/** Extract each text as article a1, a2, … and merge their entities. */
export function merge(...texts: string[]) {
  return mergeEntities(texts.map((t, i) => extractArticle(articleOf(t, `a${i + 1}`))));
}

/** The merged entities that list `alias` among their names. */
export const withAlias = (entities: readonly Entity[], alias: string) => entities.filter((e) => e.aliases.includes(alias));
