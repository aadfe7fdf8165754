/** The merged timeline (PLACEHOLDER: one event per record, no merging, no date conflicts). */
import type { Claim, TimelineEvent } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import type { EntityResolver } from '../entity-resolver.js';

export interface TimelineMerge {
  readonly events: TimelineEvent[];
  /** `date` claims: the same event given different dates. */
  readonly claims: Claim[];
}

export function mergeTimeline(extractions: readonly ArticleExtraction[], resolver: EntityResolver): TimelineMerge {
  const events: TimelineEvent[] = [];
  for (const x of extractions) {
    for (const ev of x.events) {
      const entities = ev.entities.map((k) => resolver.globalId(x.article.id, k)).filter((e): e is string => e !== null);
      events.push({ id: `t${events.length + 1}`, date: ev.date, description: ev.description, entities, evidence: [ev.evidence], articles: [x.article.id] });
    }
  }
  return { events, claims: [] };
}
