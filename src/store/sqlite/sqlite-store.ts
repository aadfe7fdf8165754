/**
 * The SQLite store (better-sqlite3, WAL): one file, created on first use, migrated on open.
 * Writes go through ArticleWriter, one savepoint per article inside a group commit, serialised by
 * a promise chain because the clustering step inside the transaction is async. A group is
 * committed when full, after GROUP_MS (a timer, so a paused stream still becomes visible to other
 * connections), and on close.
 */
import Database from 'better-sqlite3';
import type { Analysis, Article, Diagnostic } from '../../contract/analysis-schema.js';
import type { JoinReason } from '../../cluster/types.js';
import { UsageError } from '../../errors.js';
import { analysisCounts } from '../analysis-counts.js';
import { followMerges, type MergeStep } from '../merge-chain.js';
import type { AddArticleInput, AddArticleResult, SearchHit, Store, StoryMember, StoryMerge, StoryRedirect, StorySummary } from '../types.js';
import { focusQuery, markSnippet, SNIPPET_MARKERS } from '../search-highlight.js';
import { ftsQuery } from './fts-query.js';
import { migrate } from './migrations.js';
import { ArticleWriter, GROUP_MS } from './sqlite-add-article.js';

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
  outlets: string | null;
}

// Outlets as a JSON array (json_group_array keeps names with commas intact); counts only from a current analysis.
const SUMMARY = `SELECT s.id, s.title, s.article_count, s.first_published, s.last_published, s.updated_at, s.version,
    (SELECT a.conflicts FROM analyses a WHERE a.story_id = s.id AND a.version = s.version) AS conflicts,
    (SELECT a.updates FROM analyses a WHERE a.story_id = s.id AND a.version = s.version) AS updates,
    (SELECT json_group_array(outlet) FROM (SELECT DISTINCT outlet FROM articles WHERE story_id = s.id AND outlet IS NOT NULL ORDER BY outlet)) AS outlets
  FROM stories s`;

const toSummary = (r: SummaryRow): StorySummary => ({
  id: r.id,
  title: r.title,
  articleCount: r.article_count,
  outlets: JSON.parse(r.outlets ?? '[]') as string[],
  firstPublished: r.first_published,
  lastPublished: r.last_published,
  conflicts: r.conflicts,
  updates: r.updates,
  updatedAt: r.updated_at,
  version: r.version,
});

/** Open (creating and migrating when needed) the SQLite store at `path`. */
export function openSqliteStore(path: string): SqliteStore {
  let db: Database.Database;
  try {
    db = new Database(path);
  } catch (e) {
    throw new UsageError(`cannot open the store ${path}: ${(e as Error).message}`, { cause: e });
  }
  db.pragma('journal_mode = WAL');
  // NORMAL in WAL mode: a process crash loses nothing committed; power loss may lose the last commits but never consistency.
  db.pragma('synchronous = NORMAL');
  db.pragma('foreign_keys = ON');
  // 64 MiB page cache: the unique indexes on URL and text hash take inserts at random places,
  // and with the 2 MiB default every insert reads pages from disk once the store is large.
  db.pragma('cache_size = -65536');
  db.pragma('busy_timeout = 5000');
  migrate(db);
  return new SqliteStore(db);
}

/** The SQLite store; beyond the Store interface it has `flush` (commit the open group now). */
export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  private readonly writer: ArticleWriter;
  private queue: Promise<unknown> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  /** A failed timer commit, reported by the next write or flush (never swallowed). */
  private failed: unknown = null;

  constructor(private readonly db: Database.Database) {
    this.writer = new ArticleWriter(db);
  }

  addArticle(input: AddArticleInput): Promise<AddArticleResult> {
    const run = this.queue.then(async () => {
      this.rethrow();
      const result = await this.writer.add(input);
      if (this.writer.due()) this.writer.commit();
      else this.commitLater();
      return result;
    });
    this.queue = run.catch(() => undefined);
    return run;
  }

  /** Commit the open group after GROUP_MS, in turn with the writes (never in the middle of one). */
  private commitLater(): void {
    if (this.timer !== null) return;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.queue = this.queue.then(() => this.writer.commit()).catch((e: unknown) => (this.failed = e));
    }, GROUP_MS);
  }

  private rethrow(): void {
    const e = this.failed;
    this.failed = null;
    if (e !== null) throw e;
  }

  /** Commit whatever is pending now (after the writes already queued). */
  async flush(): Promise<void> {
    await this.queue;
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.rethrow();
    if (this.db.open) this.writer.commit();
  }

  addDiagnostics(diagnostics: readonly Diagnostic[]): Promise<void> {
    const ins = this.db.prepare('INSERT INTO diagnostics (source, diagnostic) VALUES (?, ?)');
    this.db.transaction(() => {
      for (const d of diagnostics) ins.run(d.source, JSON.stringify(d));
    }).immediate();
    return Promise.resolve();
  }

  listStories(options: { readonly since?: string; readonly limit?: number } = {}): Promise<StorySummary[]> {
    const rows = this.db
      .prepare(`${SUMMARY} WHERE ? IS NULL OR coalesce(s.last_published, s.updated_at) >= ? ORDER BY s.last_published IS NULL, s.last_published DESC, s.id DESC LIMIT ?`)
      .all(options.since ?? null, options.since ?? null, options.limit ?? -1) as SummaryRow[];
    return Promise.resolve(rows.map(toSummary));
  }

  getStory(storyId: number): Promise<StorySummary | null> {
    const row = this.db.prepare(`${SUMMARY} WHERE s.id = ?`).get(storyId) as SummaryRow | undefined;
    return Promise.resolve(row ? toSummary(row) : null);
  }

  mergedInto(storyId: number): Promise<StoryRedirect | null> {
    if (this.db.prepare('SELECT 1 FROM stories WHERE id = ?').get(storyId)) return Promise.resolve(null);
    const latest = this.db.prepare('SELECT id, into_story AS "into", article_id AS articleId FROM merges WHERE from_story = ? ORDER BY id DESC LIMIT 1');
    const after = this.db.prepare('SELECT id, into_story AS "into", article_id AS articleId FROM merges WHERE from_story = ? AND id > ? ORDER BY id LIMIT 1');
    const step = (from: number, mergeId: number | null) =>
      Promise.resolve(((mergeId === null ? latest.get(from) : after.get(from, mergeId)) as MergeStep | undefined) ?? null);
    return followMerges(storyId, step);
  }

  storyMerges(storyId: number): Promise<StoryMerge[]> {
    const rows = this.db.prepare('SELECT into_story, from_story, article_id, reason FROM merges WHERE into_story = ? ORDER BY id').all(storyId) as {
      into_story: number;
      from_story: number;
      article_id: string;
      reason: string;
    }[];
    return Promise.resolve(rows.map((r) => ({ into: r.into_story, from: r.from_story, articleId: r.article_id, reason: JSON.parse(r.reason) as JoinReason })));
  }

  storyArticles(storyId: number): Promise<Article[]> {
    const rows = this.db.prepare('SELECT article FROM articles WHERE story_id = ? ORDER BY id').pluck().all(storyId) as string[];
    return Promise.resolve(rows.map((a) => JSON.parse(a) as Article));
  }

  storyMembers(storyId: number): Promise<StoryMember[]> {
    const rows = this.db.prepare('SELECT id, reason FROM articles WHERE story_id = ? ORDER BY id').all(storyId) as { id: string; reason: string | null }[];
    return Promise.resolve(rows.map((r) => ({ articleId: r.id, reason: r.reason === null ? null : (JSON.parse(r.reason) as JoinReason) })));
  }

  staleStories(limit = -1): Promise<number[]> {
    const sql = 'SELECT s.id FROM stories s LEFT JOIN analyses a ON a.story_id = s.id WHERE a.version IS NULL OR a.version <> s.version ORDER BY s.id LIMIT ?';
    return Promise.resolve(this.db.prepare(sql).pluck().all(limit) as number[]);
  }

  getAnalysis(storyId: number): Promise<Analysis | null> {
    const sql = 'SELECT a.analysis FROM analyses a JOIN stories s ON s.id = a.story_id AND s.version = a.version WHERE a.story_id = ?';
    const json = this.db.prepare(sql).pluck().get(storyId) as string | undefined;
    return Promise.resolve(json === undefined ? null : (JSON.parse(json) as Analysis));
  }

  putAnalysis(storyId: number, analysis: Analysis, basedOnVersion: number): Promise<void> {
    const { conflicts, updates } = analysisCounts(analysis);
    this.db
      .prepare(
        'INSERT INTO analyses (story_id, version, conflicts, updates, analysis) VALUES (?, ?, ?, ?, ?) ON CONFLICT (story_id) DO UPDATE SET version = excluded.version, conflicts = excluded.conflicts, updates = excluded.updates, analysis = excluded.analysis',
      )
      .run(storyId, basedOnVersion, conflicts, updates, JSON.stringify(analysis));
    return Promise.resolve();
  }

  search(query: string, options: { readonly limit?: number; readonly markers?: readonly [string, string] } = {}): Promise<SearchHit[]> {
    const match = ftsQuery(query);
    if (match === null) return Promise.resolve([]);
    // A hit holds every part of the query; the snippet (and rank) go by the parts that are not lone
    // function words or letters, so "a poll" shows "poll", not the first "a". The snippet comes
    // unmarked: markSnippet marks it as on PostgreSQL (phrases whole, no lone letters).
    const focus = ftsQuery(focusQuery(query))!;
    const sql = `SELECT a.id, a.story_id, a.title, a.outlet, a.published, snippet(articles_fts, 1, '', '', '…', 16) AS snippet, -bm25(articles_fts) AS rank
      FROM articles_fts JOIN articles a ON a.seq = articles_fts.rowid WHERE articles_fts MATCH ?
      ${focus === match ? '' : 'AND articles_fts.rowid IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?)'} ORDER BY rank DESC, a.id LIMIT ?`;
    const markers = options.markers ?? SNIPPET_MARKERS;
    const rows = this.db.prepare(sql).all(...(focus === match ? [match] : [focus, match]), options.limit ?? 20) as {
      id: string;
      story_id: number;
      title: string | null;
      outlet: string | null;
      published: string | null;
      snippet: string;
      rank: number;
    }[];
    return Promise.resolve(
      rows.map((r) => ({ articleId: r.id, storyId: r.story_id, title: r.title, outlet: r.outlet, published: r.published, snippet: markSnippet(r.snippet, query, markers), rank: r.rank })),
    );
  }

  counts(): Promise<{ readonly articles: number; readonly stories: number }> {
    const articles = this.db.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    const stories = this.db.prepare('SELECT count(*) FROM stories').pluck().get() as number;
    return Promise.resolve({ articles, stories });
  }

  async close(): Promise<void> {
    await this.flush();
    if (this.db.open) this.db.close();
  }

  [Symbol.asyncDispose](): Promise<void> {
    return this.close();
  }
}
