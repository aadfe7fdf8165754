/** Test helpers in domain words for the cross-article entity merge. */
import { expect } from 'vitest';
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

/** A table row: the merged story and names that must all be aliases of one entity. */
export interface OneEntityCase {
  readonly case: string;
  readonly merged: ReturnType<typeof merge>;
  readonly aliases: string[];
}

/** Expect exactly one merged entity to carry `aliases[0]`, and it to carry every other alias too. */
export function expectOneEntity({ merged, aliases }: OneEntityCase): void {
  const hits = withAlias(merged.entities, aliases[0]!);
  expect(hits, `one entity named ${aliases[0]}`).toHaveLength(1);
  for (const a of aliases) expect(hits[0]!.aliases).toContain(a);
}
