/**
 * The orchestrator: articles in, Analysis out. Reads like a table of contents.
 */
import type { Analysis, Article, Diagnostic } from './contract/analysis-schema.js';
import { extractArticle } from './extract/index.js';
import type { ExtractPool } from './extract/pool/extract-pool.js';
import type { ArticleExtraction } from './model/records.js';
import { compareArticles } from './compare/index.js';
import { buildStory } from './compare/story.js';
import { VERSION } from './version.js';

export interface AnalyzeInput {
  readonly articles: readonly Article[];
  /** diagnostics from ingestion, carried into the output. */
  readonly diagnostics?: readonly Diagnostic[];
  readonly skipped?: { readonly inputs: number; readonly records: number };
}

export interface AnalyzeOptions {
  /** called after each article is extracted (for progress display). */
  readonly onArticle?: (done: number, total: number) => void;
}

const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/** Analyse a set of articles about one story. Deterministic: same input, byte-identical output. */
export function analyze(input: AnalyzeInput, options: AnalyzeOptions = {}): Analysis {
  const articles = [...input.articles].sort(byId);
  const extractions = articles.map((a, i) => {
    const x = extractArticle(a);
    options.onArticle?.(i + 1, articles.length);
    return x;
  });
  return analyzeExtractions({ ...input, articles }, extractions);
}

/**
 * `analyze` with the extraction shared out over the threads of `pool` (see startExtractPool);
 * the output is byte-identical to `analyze`'s. The pool is closed when this returns.
 */
export async function analyzeParallel(input: AnalyzeInput, pool: ExtractPool, options: AnalyzeOptions = {}): Promise<Analysis> {
  const articles = [...input.articles].sort(byId);
  const extractions = await pool.extract(articles, options.onArticle);
  return analyzeExtractions({ ...input, articles }, extractions);
}

/**
 * The comparison half of `analyze`, for extractions computed earlier (the corpus workers cache
 * one per article). Same output as `analyze` on the same articles.
 */
export function analyzeExtractions(input: AnalyzeInput, cached: readonly ArticleExtraction[]): Analysis {
  const extractions = [...cached].sort((a, b) => byId(a.article, b.article));
  const articles = extractions.map((x) => x.article);
  const cmp = compareArticles(extractions);
  const diagnostics = [...(input.diagnostics ?? []), ...extractions.flatMap((x) => x.diagnostics), ...cmp.diagnostics];
  return {
    schemaVersion: 1,
    generator: { name: 'crosscheck', version: VERSION },
    story: buildStory(articles, cmp.independence),
    articles,
    entities: cmp.entities,
    quotes: cmp.quotes,
    events: cmp.events,
    claims: cmp.claims,
    summary: cmp.summary,
    independence: cmp.independence,
    framing: cmp.framing,
    skipped: { inputs: input.skipped?.inputs ?? 0, records: input.skipped?.records ?? 0 },
    diagnostics: sortDiagnostics(diagnostics),
  };
}

function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const key = (d: Diagnostic) => `${d.source}\u0000${String(d.line ?? 0).padStart(9, '0')}\u0000${d.rule}\u0000${d.message}`;
  return ds.map((d) => [key(d), d] as const).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0)).map(([, d]) => d);
}
