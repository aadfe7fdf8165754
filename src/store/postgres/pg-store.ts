/**
 * The PostgreSQL store (`pg` Pool): the same Store as SQLite, for many processes and machines.
 * Writes go through pgAddArticle (one transaction per article, clustering serialised by an
 * advisory lock); reads are plain parameterised queries; search is PostgreSQL full-text search
 * (tsvector + GIN, ts_headline snippets).
 */
import type { Pool } from 'pg';
import type { Analysis, Article, Diagnostic } from '../../contract/analysis-schema.js';
import type { JoinReason } from '../../cluster/types.js';
import { analysisCounts } from '../analysis-counts.js';
import { followMerges, type MergeStep } from '../merge-chain.js';
import type { AddArticleInput, AddArticleResult, SearchHit, Store, StoryMember, StoryMerge, StoryRedirect, StorySummary } from '../types.js';
import { pgAddArticle, type PgIngestCache } from './pg-add-article.js';
import { DocFreqMap } from '../doc-freq-map.js';
import { focusQuery, markSnippet, queryParts, SNIPPET_MARKERS } from '../search-highlight.js';

// Story ids are compared as bigint: an id past the integer column's range (a typo, a URL) is
// simply not found, as in SQLite, instead of failing with "out of range for type integer".

interface SummaryRow {
  id: number;
  title: string | null;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
  updated_at: string;
  version: number;
  conflicts: number | null;
  updates: number | null;
  outlets: string[] | null;
}

// Conflicts only from a current analysis; outlets sorted byte-wise (COLLATE "C") like SQLite.
const SUMMARY = `SELECT s.id, s.title, s.article_count, s.first_published, s.last_published, s.updated_at, s.version,
    (SELECT a.conflicts FROM analyses a WHERE a.story_id = s.id AND a.version = s.version) AS conflicts,
    (SELECT a.updates FROM analyses a WHERE a.story_id = s.id AND a.version = s.version) AS updates,
    (SELECT array_agg(o ORDER BY o) FROM (SELECT DISTINCT outlet AS o FROM articles WHERE story_id = s.id AND outlet IS NOT NULL) d) AS outlets
  FROM stories s`;

const toSummary = (r: SummaryRow): StorySummary => ({
  id: r.id,
  title: r.title,
  articleCount: r.article_count,
  outlets: r.outlets ?? [],
  firstPublished: r.first_published,
  lastPublished: r.last_published,
  conflicts: r.conflicts,
  updates: r.updates,
  updatedAt: r.updated_at,
  version: r.version,
});

/**
 * The query's parts for phraseto_tsquery, which reads no syntax, one call per part (all
 * required, as on SQLite). Each part goes as typed, not only its letters and digits, so it is
 * split by the same parser as the articles: "3.5", "2026-03-04", "U.S." or "port.example" are
 * single tokens in both, and "it's" is the phrase it <-> s, not "it" and any "s". Control
 * characters (NUL is refused by PostgreSQL) become spaces.
 */
const tsParts = (query: string): string[] => queryParts(query.replace(/[\p{Cc}]+/gu, ' '));
/** Between two fragments of one snippet. */
const FRAGMENTS = ' … ';

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;

  /** Document frequencies kept by this process's adds (see PgIngestCache). */
  private readonly ingestCache: PgIngestCache = { df: new DocFreqMap(), articles: null };
  /** Adds from one process run one after another: the advisory lock would serialise them anyway, and the cache needs it. */
  private adding: Promise<unknown> = Promise.resolve();

  constructor(readonly pool: Pool) {}

  addArticle(input: AddArticleInput): Promise<AddArticleResult> {
    const run = this.adding.then(() => pgAddArticle(this.pool, input, this.ingestCache));
    this.adding = run.catch(() => undefined);
    return run;
  }

  async addDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void> {
    if (diagnostics.length === 0) return;
    await this.pool.query('INSERT INTO diagnostics (source, diagnostic) SELECT s, d::jsonb FROM unnest($1::text[], $2::text[]) AS x (s, d)', [
      diagnostics.map((d) => d.source),
      diagnostics.map((d) => JSON.stringify(d)),
    ]);
  }

  async listStories(options: { readonly since?: string; readonly limit?: number } = {}): Promise<StorySummary[]> {
    const sql = `${SUMMARY} WHERE $1::text IS NULL OR coalesce(s.last_published, s.updated_at) >= $1
      ORDER BY s.last_published IS NULL, s.last_published DESC, s.id DESC LIMIT $2`;
    const r = await this.pool.query<SummaryRow>(sql, [options.since ?? null, options.limit ?? null]);
    return r.rows.map(toSummary);
  }

  async getStory(storyId: number): Promise<StorySummary | null> {
    const r = await this.pool.query<SummaryRow>(`${SUMMARY} WHERE s.id = $1::bigint`, [storyId]);
    return r.rows[0] ? toSummary(r.rows[0]) : null;
  }

  async mergedInto(storyId: number): Promise<StoryRedirect | null> {
    if ((await this.pool.query('SELECT 1 FROM stories WHERE id = $1::bigint', [storyId])).rowCount) return null;
    // merges has no index on from_story: it holds one row per merge (few), and this runs only for an id that is gone
    const cols = 'SELECT id, into_story AS "into", article_id AS "articleId" FROM merges WHERE from_story = $1::bigint';
    const step = async (from: number, after: number | null): Promise<MergeStep | null> => {
      const r = after === null ? await this.pool.query<MergeStep>(`${cols} ORDER BY id DESC LIMIT 1`, [from]) : await this.pool.query<MergeStep>(`${cols} AND id > $2 ORDER BY id LIMIT 1`, [from, after]);
      return r.rows[0] ?? null;
    };
    return followMerges(storyId, step);
  }

  async storyMerges(storyId: number): Promise<StoryMerge[]> {
    const r = await this.pool.query<{ into_story: number; from_story: number; article_id: string; reason: JoinReason }>(
      'SELECT into_story, from_story, article_id, reason FROM merges WHERE into_story = $1::bigint ORDER BY id',
      [storyId],
    );
    return r.rows.map((x) => ({ into: x.into_story, from: x.from_story, articleId: x.article_id, reason: x.reason }));
  }

  async storyArticles(storyId: number): Promise<Article[]> {
    const r = await this.pool.query<{ article: Article }>('SELECT article FROM articles WHERE story_id = $1::bigint ORDER BY id', [storyId]);
    return r.rows.map((x) => x.article);
  }

  async storyMembers(storyId: number): Promise<StoryMember[]> {
    const r = await this.pool.query<{ id: string; reason: JoinReason | null }>('SELECT id, reason FROM articles WHERE story_id = $1::bigint ORDER BY id', [storyId]);
    return r.rows.map((x) => ({ articleId: x.id, reason: x.reason }));
  }

  async staleStories(limit?: number): Promise<number[]> {
    // stories.analysed_version mirrors analyses.version (set by putAnalysis); its partial index holds only stale stories
    const sql = 'SELECT id FROM stories WHERE analysed_version <> version ORDER BY id LIMIT $1';
    const r = await this.pool.query<{ id: number }>(sql, [limit === undefined || limit < 0 ? null : limit]);
    return r.rows.map((x) => x.id);
  }

  async getAnalysis(storyId: number): Promise<Analysis | null> {
    const sql = 'SELECT a.analysis FROM analyses a JOIN stories s ON s.id = a.story_id AND s.version = a.version WHERE a.story_id = $1::bigint';
    const r = await this.pool.query<{ analysis: string }>(sql, [storyId]);
    return r.rows[0] ? (JSON.parse(r.rows[0].analysis) as Analysis) : null;
  }

  async putAnalysis(storyId: number, analysis: Analysis, basedOnVersion: number): Promise<void> {
    const { conflicts, updates } = analysisCounts(analysis);
    // One statement, so the analysis and the story's analysed_version never disagree.
    await this.pool.query(
      `WITH a AS (INSERT INTO analyses (story_id, version, conflicts, updates, analysis) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, conflicts = excluded.conflicts, updates = excluded.updates, analysis = excluded.analysis)
       UPDATE stories SET analysed_version = $2 WHERE id = $1`,
      [storyId, basedOnVersion, conflicts, updates, JSON.stringify(analysis)],
    );
  }

  async search(query: string, options: { readonly limit?: number; readonly markers?: readonly [string, string] } = {}): Promise<SearchHit[]> {
    const parts = tsParts(query);
    if (parts.length === 0) return [];
    // the snippet comes unmarked: markSnippet marks it as on SQLite (phrases whole, no lone letters)
    const headline = `StartSel="", StopSel="", MaxWords=16, MinWords=6, MaxFragments=2, FragmentDelimiter="${FRAGMENTS}"`;
    const tsquery = (ps: readonly string[], first: number) => ps.map((_, i) => `phraseto_tsquery('simple', $${first + i})`).join(' && ');
    // a hit holds every part; the snippet is cut around the parts that are not lone function words or letters (as on SQLite)
    const focus = tsParts(focusQuery(query));
    // ts_headline runs on the hits kept (inner LIMIT); the outer query adds "…" where the text was cut, as SQLite's snippet() does
    const sql = `SELECT id, story_id, title, outlet, published, rank,
        CASE WHEN starts_with(body, split_part(snippet, $3, 1)) THEN '' ELSE '…' END || snippet ||
        CASE WHEN right(body, length(split_part(snippet, $3, -1))) = split_part(snippet, $3, -1) THEN '' ELSE '…' END AS snippet
      FROM (
        SELECT a.id, a.story_id, a.title, a.outlet, a.published, a.body, ts_headline('simple', a.body, s.focus, $1) AS snippet, ts_rank_cd(a.tsv, s.q) AS rank
        FROM articles a, (SELECT ${tsquery(parts, 4)} AS q, ${tsquery(focus, 4 + parts.length)} AS focus) s WHERE a.tsv @@ s.q ORDER BY rank DESC, a.id LIMIT $2) h
      ORDER BY rank DESC, id`;
    const r = await this.pool.query<{ id: string; story_id: number; title: string | null; outlet: string | null; published: string | null; snippet: string; rank: number }>(sql, [
      headline,
      options.limit ?? 20,
      FRAGMENTS,
      ...parts,
      ...focus,
    ]);
    const markers = options.markers ?? SNIPPET_MARKERS;
    return r.rows.map((x) => ({ articleId: x.id, storyId: x.story_id, title: x.title, outlet: x.outlet, published: x.published, snippet: markSnippet(x.snippet, query, markers), rank: x.rank }));
  }

  async counts(): Promise<{ readonly articles: number; readonly stories: number }> {
    const r = await this.pool.query<{ articles: string; stories: string }>("SELECT (SELECT value FROM counters WHERE name = 'articles') AS articles, (SELECT count(*) FROM stories) AS stories");
    return { articles: Number(r.rows[0]!.articles), stories: Number(r.rows[0]!.stories) };
  }

  private closed = false;

  /** Every write commits on its own here: nothing to do. */
  flush(): Promise<void> {
    return Promise.resolve();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.pool.end();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
