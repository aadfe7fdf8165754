/**
 * Cross-article comparison: the stage order, in one place (STYLE §2).
 */
import type { Claim, Diagnostic, Entity, Framing, IndependenceGroup, Quote, SummarySentence, TimelineEvent } from '../contract/analysis-schema.js';
import type { ArticleExtraction } from '../model/records.js';
import { mergeEntities } from './entities/index.js';
import { quoteLedger } from './quotes/index.js';
import { mergeTimeline } from './timeline/index.js';
import { alignClaims } from './claims/index.js';
import { alignFacts } from './facts/index.js';
import { detectIndependence } from './independence/index.js';
import { buildSummary } from './summary/index.js';
import { buildFraming } from './framing/index.js';
import { finalizeClaims, finalizeEvents, finalizeQuotes } from './finalize.js';

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

/** Compare the extractions of one story's articles: merged entities, quotes, timeline, claims, summary, framing. */
export function compareArticles(extractions: readonly ArticleExtraction[]): Comparison {
  const articles = extractions.map((x) => x.article);
  // 1. independence first: agreement counts need to know which articles are copies of each other.
  const independence = detectIndependence(articles);
  // 2. entities next: quotes, events and claims refer to merged entity ids.
  const merged = mergeEntities(extractions);
  const ledger = quoteLedger(extractions, merged.resolver);
  const quotes = finalizeQuotes(ledger.quotes, articles);
  const timeline = mergeTimeline(extractions, merged.resolver);
  const events = finalizeEvents(timeline.events);
  // 3. claims come from five comparers (a quote's disputed speaker is one) that number independently: sort and renumber them together.
  //    Facts (who, what, where) align on merged entities, so they come after step 2 like the others.
  const claims = finalizeClaims(
    [...alignClaims(extractions, merged.resolver, independence), ...merged.claims, ...ledger.claims, ...timeline.claims, ...alignFacts(extractions, merged.resolver, independence)],
    independence,
  );
  // 4. the summary and framing read the finished findings.
  const summary = buildSummary({ articles, entities: merged.entities, quotes, events, claims, independence });
  const framing = buildFraming(extractions, quotes, { entities: merged.entities, claims, events });
  return { entities: merged.entities, quotes, events, claims, summary, independence, framing, diagnostics: [...copyNotes(articles, independence), ...timeline.diagnostics] };
}

/** One info diagnostic per group of copies, so a reader sees why agreement counts are lower than article counts. */
function copyNotes(articles: readonly { id: string; source: string }[], groups: readonly IndependenceGroup[]): Diagnostic[] {
  const source = new Map(articles.map((a) => [a.id, a.source]));
  return groups.map((g) => ({
    severity: 'info',
    rule: `independence/${g.reason}`,
    message: `articles ${g.articles.join(', ')} are copies of one report (${g.reason}, resemblance ${g.similarity}); they count as one source`,
    source: source.get(g.articles[0]!) ?? g.articles[0]!,
    article: g.articles[0]!,
    stage: 'compare/independence',
  }));
}
