/**
 * Framing per outlet: the words it chooses that others do not, the labels it gives the
 * actors, the scare quotes it uses, whose voices it carries, its tone, and what most
 * others report that it leaves out. Articles without an outlet stand for themselves
 * (labelled by article id). Every figure carries its evidence spans.
 */
import type { Claim, Entity, Framing, Quote, TimelineEvent } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import { articleLabels } from '../../util/article-label.js';
import { countTerms, emptyCounts, settleInitials, type TermCounts } from './01-terms.js';
import { distinctiveTerms } from './02-log-odds.js';
import { scareQuotesIn, voicesIn } from './03-voices.js';
import { labelsIn, mentionsByArticle, type LabelUse } from './04-labels.js';
import { mainEntities, scoreSentences, sentencesMentioning, toneOf, TONE_LEXICON } from './05-tone.js';
import { carriersOf, findingsOf, omissionsOf } from './06-omissions.js';
import { outletsByKey, sharedCount, summariseLabels } from './07-labels-summary.js';

/** Terms listed per outlet. */
export const MAX_TERMS = 10;

/** The comparison's findings framing reads (all optional, so the lens also runs on extractions alone). */
export interface FramingContext {
  readonly entities?: readonly Entity[];
  readonly claims?: readonly Claim[];
  readonly events?: readonly TimelineEvent[];
}

interface OutletGroup {
  readonly label: string;
  readonly extractions: ArticleExtraction[];
  readonly counts: TermCounts;
}

function outletGroups(extractions: readonly ArticleExtraction[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  const sorted = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  // an article with no outlet is labelled as the report labels it (hash-like parts of its id dropped)
  const labels = articleLabels(sorted.map((x) => x.article.id));
  for (const x of sorted) {
    const outlet = x.article.outlet?.trim();
    const key = outlet ? `outlet:${outlet.toLowerCase()}` : `article:${x.article.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: outlet || (labels.get(x.article.id) ?? x.article.id), extractions: [], counts: emptyCounts() }));
    g.extractions.push(x);
    countTerms(x, g.counts);
  }
  return [...groups.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Framing for each outlet, sorted by outlet label. Deterministic. */
export function buildFraming(extractions: readonly ArticleExtraction[], quotes: readonly Quote[], context: FramingContext = {}): Framing[] {
  const groups = outletGroups(extractions);
  const lowerSeen = new Set(groups.flatMap((g) => [...g.counts.lowerSeen]));
  const counts = groups.map((g) => settleInitials(g.counts, lowerSeen));
  const corpus = new Map<string, number>();
  for (const c of counts) for (const [t, n] of c) corpus.set(t, (corpus.get(t) ?? 0) + n);
  const entities = context.entities ?? [];
  const main = mainEntities(entities, extractions.length);
  const articleSets = groups.map((g) => new Set(g.extractions.map((x) => x.article.id)));
  const findings = findingsOf(context.claims ?? [], context.events ?? [], quotes);
  const carriers = carriersOf(articleSets, findings);
  const mentions = mentionsByArticle(entities);
  const labelUses: LabelUse[][] = groups.map((g) => g.extractions.flatMap((x) => labelsIn(x.article.id, x.article.text, mentions.get(x.article.id) ?? [], x.quotes.filter((q) => !q.scare).map((q) => q.span))));
  const scares = groups.map((g) => scareQuotesIn(g.extractions));
  const labelOutlets = outletsByKey(labelUses.map((u) => u.map((x) => x.key)));
  const scareOutlets = outletsByKey(scares.map((q) => q.map((x) => x.text.toLowerCase())));
  const entityById = new Map(entities.map((e) => [e.id, e]));
  return groups.map((g, i) => {
    const mine = counts[i]!;
    const articles = g.extractions.map((x) => x.article.id);
    const sentences = g.extractions.flatMap((x) => scoreSentences(x.article.id, x.article.text));
    return {
      outlet: g.label,
      articles,
      distinctiveTerms: distinctiveTerms(mine, corpus, MAX_TERMS).map((t) => ({ ...t, spans: [...(g.counts.spans.get(t.term) ?? [])] })),
      scareQuotes: scares[i]!.map((s) => s.text),
      scareQuoteSpans: scares[i]!.map((s) => ({ text: s.text, spans: s.spans, sharedWith: sharedCount(s.text.toLowerCase(), i, scareOutlets) })),
      voices: voicesIn(articleSets[i]!, quotes).map((v) => ({ ...v })),
      labels: summariseLabels(i, labelUses, labelOutlets, entityById),
      tone: {
        lexicon: TONE_LEXICON,
        article: toneOf(sentences),
        entities: main.map((e) => ({ entity: e.id, name: e.name, ...toneOf(sentencesMentioning(e, sentences)) })).filter((t) => t.sentences > 0),
      },
      omissions: omissionsOf(i, groups.length, findings, carriers),
    };
  });
}
