/**
 * Framing per outlet: the words it chooses that others do not, the scare quotes it
 * uses, and whose voices it carries. Articles without an outlet stand for themselves
 * (labelled by article id).
 */
import type { Framing, Quote } from '../../contract/analysis-schema.js';
import type { ArticleExtraction } from '../../model/records.js';
import { countTerms, emptyCounts, settleInitials, type TermCounts } from './01-terms.js';
import { distinctiveTerms } from './02-log-odds.js';
import { scareQuotesIn, voicesIn } from './03-voices.js';

/** Terms listed per outlet. */
export const MAX_TERMS = 10;

interface OutletGroup {
  readonly label: string;
  readonly extractions: ArticleExtraction[];
  readonly counts: TermCounts;
}

function outletGroups(extractions: readonly ArticleExtraction[]): OutletGroup[] {
  const groups = new Map<string, OutletGroup>();
  const sorted = [...extractions].sort((a, b) => (a.article.id < b.article.id ? -1 : a.article.id > b.article.id ? 1 : 0));
  for (const x of sorted) {
    const outlet = x.article.outlet?.trim();
    const key = outlet ? `outlet:${outlet.toLowerCase()}` : `article:${x.article.id}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { label: outlet || x.article.id, extractions: [], counts: emptyCounts() }));
    g.extractions.push(x);
    countTerms(x, g.counts);
  }
  return [...groups.values()].sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : 0));
}

/** Framing for each outlet, sorted by outlet label. Deterministic. */
export function buildFraming(extractions: readonly ArticleExtraction[], quotes: readonly Quote[]): Framing[] {
  const groups = outletGroups(extractions);
  const lowerSeen = new Set(groups.flatMap((g) => [...g.counts.lowerSeen]));
  const counts = groups.map((g) => settleInitials(g.counts, lowerSeen));
  const corpus = new Map<string, number>();
  for (const c of counts) for (const [t, n] of c) corpus.set(t, (corpus.get(t) ?? 0) + n);
  return groups.map((g, i) => {
    const mine = counts[i]!;
    const articles = g.extractions.map((x) => x.article.id);
    return {
      outlet: g.label,
      articles,
      distinctiveTerms: distinctiveTerms(mine, corpus, MAX_TERMS).map((t) => ({ ...t })),
      scareQuotes: scareQuotesIn(g.extractions),
      voices: voicesIn(new Set(articles), quotes).map((v) => ({ ...v })),
    };
  });
}
