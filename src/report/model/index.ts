/**
 * Analysis → ReportModel. Order of steps does not matter here (each reads the
 * analysis), but the lists come out sorted so every renderer is deterministic.
 */
import type { Analysis } from '../../contract/analysis-schema.js';
import { framingView } from './framing-view.js';
import { claimSections, coverageMatrix } from './claims-view.js';
import { cmp, excerpts, modelContext, uniqSorted } from './context.js';
import { entitiesView } from './entities-view.js';
import { quotesView } from './quotes-view.js';
import { conflictCountText, headerText } from './stats-view.js';
import { timelineView } from './timeline-view.js';
import type { ArticleView, OutletView, ReportModel } from './types.js';

export type * from './types.js';

/** Build the view model all report formats render. Pure and deterministic. */
export function buildReportModel(analysis: Analysis): ReportModel {
  const ctx = modelContext(analysis);
  const articles: ArticleView[] = [...analysis.articles]
    .sort((a, b) => cmp(a.published ?? '\uffff', b.published ?? '\uffff') || cmp(a.id, b.id))
    .map((a) => ({
      id: a.id,
      outlet: ctx.outletOf(a.id),
      title: a.title ?? a.id,
      published: a.published,
      url: a.url && /^https?:\/\//i.test(a.url) ? a.url : null,
      author: a.author,
      source: a.source,
      wordCount: a.wordCount,
      text: a.text,
      group: ctx.groupOf(a.id),
    }));
  const outletNames = uniqSorted(articles.map((a) => a.outlet));
  const outlets: OutletView[] = outletNames.map((name) => ({ name, articles: articles.filter((a) => a.outlet === name).map((a) => a.id) }));
  const { conflicts, agreements, singles } = claimSections(ctx, analysis);
  const ledger = quotesView(ctx, analysis);
  const dates = articles.map((a) => a.published?.slice(0, 10)).filter((d): d is string => !!d).sort(cmp);
  const story = analysis.story;
  const counts = {
    articles: story?.articleCount ?? articles.length,
    outlets: story?.outletCount ?? outletNames.length,
    independent: story?.independentCount ?? ctx.independentOf(articles.map((a) => a.id)),
    dateRange: story ? story.dateRange : dates.length ? { from: dates[0]!, to: dates[dates.length - 1]! } : null,
    undated: articles.length - dates.length,
    conflicts: conflicts.filter((c) => c.status === 'conflict').length,
    updates: conflicts.filter((c) => c.status === 'updated').length,
  };
  return {
    title: story?.title ?? articles.find((a) => a.title !== a.id)?.title ?? 'crosscheck report',
    version: analysis.generator.version,
    stats: { ...counts, headline: headerText(counts), conflictCounts: conflictCountText(counts.conflicts, counts.updates) },
    outlets,
    articles,
    conflicts,
    agreements,
    singles,
    timeline: timelineView(ctx, analysis),
    quotes: ledger.quotes,
    speakers: ledger.speakers,
    entities: entitiesView(ctx, analysis),
    coverage: coverageMatrix(outletNames, [...conflicts, ...agreements, ...singles]),
    summary: analysis.summary.map((s) => ({ text: s.text, outlets: ctx.outletsOf(s.articles), evidence: excerpts(ctx, s.evidence) })),
    framing: framingView(ctx, analysis),
    diagnostics: analysis.diagnostics,
    skipped: analysis.skipped ?? { inputs: 0, records: 0 },
  };
}
