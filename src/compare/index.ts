/**
 * Cross-article comparison: the stage order, in one place.
 */
import type { Claim, Diagnostic, Entity, Framing, IndependenceGroup, Quote, SummarySentence, TimelineEvent } from '../contract/analysis-schema.js';
import type { ArticleExtraction } from '../model/records.js';
import { mergeEntities } from './entities/index.js';
import { buildQuoteLedger } from './quotes/index.js';
import { mergeTimeline } from './timeline/index.js';
import { alignClaims } from './claims/index.js';
import { detectIndependence } from './independence/index.js';
import { buildSummary } from './summary/index.js';
import { buildFraming } from './framing/index.js';

export interface Comparison {
  readonly entities: Entity[];
  readonly quotes: Quote[];
  readonly events: TimelineEvent[];
  readonly claims: Claim[];
  readonly summary: SummarySentence[];
  readonly independence: IndependenceGroup[];
  readonly framing: Framing[];
  readonly diagnostics: Diagnostic[];
}

export function compareArticles(extractions: readonly ArticleExtraction[]): Comparison {
  const articles = extractions.map((x) => x.article);
  // 1. independence first: agreement counts need to know which articles are copies of each other.
  const independence = detectIndependence(articles);
  // 2. entities next: quotes, events and claims refer to merged entity ids.
  const merged = mergeEntities(extractions);
  const quotes = buildQuoteLedger(extractions, merged.resolver);
  const timeline = mergeTimeline(extractions, merged.resolver);
  const claims = [...alignClaims(extractions, merged.resolver, independence), ...merged.claims, ...timeline.claims];
  // 3. the summary and framing read the finished findings.
  const summary = buildSummary({ articles, entities: merged.entities, quotes, events: timeline.events, claims, independence });
  const framing = buildFraming(extractions, quotes);
  return { entities: merged.entities, quotes, events: timeline.events, claims, summary, independence, framing, diagnostics: [] };
}
