import type { Article, Claim, Entity, IndependenceGroup, Quote, TimelineEvent } from '../../contract/analysis-schema.js';

/** The finished findings the summary is built from. */
export interface SummaryInput {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly events: readonly TimelineEvent[];
  readonly claims: readonly Claim[];
  readonly independence: readonly IndependenceGroup[];
}
