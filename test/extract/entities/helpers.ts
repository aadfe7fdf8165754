/** Test helpers in domain words for the entity stage. */
import { expect } from 'vitest';
import type { Article } from '../../../src/contract/analysis-schema.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import type { EntityLayer, LocalEntity } from '../../../src/model/records.js';
import { analyseText } from '../../../src/nlp/nlp-doc.js';

/** An article record around `text` (id defaults to "t"). */
export function articleOf(text: string, id = 't'): Article {
  return { id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: null, author: null, published: null, language: 'en', text, removed: [], wordCount: text.split(/\s+/).length };
}

/** Run the entity stage on `text`. */
export function entitiesOf(text: string, id = 't'): EntityLayer {
  const diagnostics: unknown[] = [];
  return extractEntities({ article: articleOf(text, id), doc: analyseText(text), diagnose: (d) => diagnostics.push(d) });
}

/** The local entity that has `name` as its name or one of its aliases, if any. */
export function findEntity(layer: EntityLayer, name: string): LocalEntity | undefined {
  return layer.entities.find((e) => e.name === name) ?? layer.entities.find((e) => e.aliases.includes(name));
}

/** Every surface form the stage took as a name. */
export function surfaceNames(layer: EntityLayer): string[] {
  return layer.mentions.map((m) => m.text);
}

/** Expect `name` to be an entity of `type` in `text`, or (type null) not to be taken as a name at all. */
export function expectEntityType(text: string, name: string, type: string | null): void {
  const e = findEntity(entitiesOf(text), name);
  if (type === null) expect(e, `${name} should not be a name`).toBeUndefined();
  else {
    expect(e, `${name} not found`).toBeDefined();
    expect(e!.type).toBe(type);
  }
}
