/** The cited summary (PLACEHOLDER: empty). */
import type { Article, Claim, Entity, IndependenceGroup, Quote, SummarySentence, TimelineEvent } from '../../contract/analysis-schema.js';

export interface SummaryInput {
  readonly articles: readonly Article[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly events: readonly TimelineEvent[];
  readonly claims: readonly Claim[];
  readonly independence: readonly IndependenceGroup[];
}

export function buildSummary(_input: SummaryInput): SummarySentence[] {
  return [];
}
