/**
 * Cross-article comparison (PLACEHOLDER: passes single-article records through
 * without merging). Replaced by entity merging, claim alignment, the quote ledger,
 * the merged timeline, independence detection and the cited summary.
 */
import type { Claim, Diagnostic, Entity, IndependenceGroup, Quote, SummarySentence, TimelineEvent, Framing } from '../contract/analysis-schema.js';
import type { ArticleExtraction } from '../model/records.js';

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
  const entities: Entity[] = [];
  const quotes: Quote[] = [];
  const events: TimelineEvent[] = [];
  const claims: Claim[] = [];
  for (const x of extractions) {
    const id = x.article.id;
    for (const e of x.entities.entities) {
      entities.push({ id: `e${entities.length + 1}`, name: e.name, type: e.type, aliases: [...e.aliases], roles: e.roles.map((r) => ({ text: r.text, articles: [id] })), articles: [id], mentions: [...e.mentions] });
    }
    for (const q of x.quotes) {
      if (q.scare) continue;
      quotes.push({ id: `q${quotes.length + 1}`, text: q.text, speaker: q.speaker ? { name: q.speaker.name, entity: null, role: q.speaker.role } : null, occurrences: [{ ...q.span, text: q.text, speakerName: q.speaker?.name ?? null }] });
    }
    for (const ev of x.events) {
      events.push({ id: `t${events.length + 1}`, date: ev.date, description: ev.description, entities: [...ev.entities], evidence: [ev.evidence] });
    }
    for (const q of x.quantities) {
      claims.push({ id: `c${claims.length + 1}`, kind: q.claimKind, topic: q.topic, status: 'single', values: [{ value: q.text, normalized: q.value, qualifier: q.qualifier, unit: q.unit, articles: [id], evidence: [q.span] }] });
    }
  }
  return { entities, quotes, events, claims, summary: [], independence: [], framing: [], diagnostics: [] };
}
