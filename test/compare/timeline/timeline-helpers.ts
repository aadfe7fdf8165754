/** Helpers for the merged-timeline tests: extractions built from text we write. */
import type { Entity } from '../../../src/contract/analysis-schema.js';
import type { EntityResolver } from '../../../src/compare/entity-resolver.js';
import { mergeTimeline, type TimelineMerge } from '../../../src/compare/timeline/index.js';
import type { ExtractContext } from '../../../src/extract/context.js';
import { buildEvents, extractDates } from '../../../src/extract/dates/index.js';
import { extractEntities } from '../../../src/extract/entities/index.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { analyseText } from '../../../src/nlp/nlp-doc.js';
import { article } from '../../extract/dates/date-helpers.js';

/** Entities with the same local key in two articles are the same entity. */
export const sameKeyResolver: EntityResolver = {
  globalId: (_article, key) => key,
  entity: (): Entity | undefined => undefined,
};

/** Date stage (and the entity stage it needs) over one article. */
export function extraction(id: string, text: string, published: string | null): ArticleExtraction {
  const a = article(text, published, id);
  const ctx: ExtractContext = { article: a, doc: analyseText(text), diagnose: () => undefined };
  const entities = extractEntities(ctx);
  const dates = extractDates(ctx);
  const events = buildEvents(ctx, dates, entities);
  return { article: a, entities, quotes: [], dates, events, quantities: [], diagnostics: [] };
}

export function timeline(...articles: [id: string, text: string, published: string | null][]): TimelineMerge {
  return mergeTimeline(articles.map(([id, t, p]) => extraction(id, t, p)), sameKeyResolver);
}
