/**
 * The write path of the SQLite store: one article and its story assignment in one savepoint,
 * inside a `BEGIN IMMEDIATE` transaction that groups consecutive articles (group commit: see
 * `commit`), so a crash (even kill -9) leaves each article either stored with its assignment or
 * absent; a re-run of the ingest adds what the last open group held.
 *
 * Steps: duplicate check (URL, text hash) → clustering decision (reads the store inside the
 * transaction) → new story, or join (absorbing bridged stories first) → unique article id →
 * article row + full-text row → document frequencies → candidate keys → story row.
 */
import type { Database, Statement } from 'better-sqlite3';
import type { Article } from '../../contract/analysis-schema.js';
import type { ArticleFeatures, JoinReason, StoryProfile } from '../../cluster/types.js';
import type { AddArticleInput, AddArticleResult, ProfileOps } from '../types.js';
import { keyDays, maxDate, minDate } from '../date-range.js';
import { WriteCache } from './write-cache.js';
import { sqliteCandidateSource } from './sqlite-candidates.js';

/**
 * Articles per commit, and the longest a group stays open. One commit per article made SQLite
 * write every touched page (FTS segment, document frequencies, key index, story row) once per
 * article and FTS5 start a new segment each time; grouping shares that work. Measured on the
 * generated stream (scripts/bench-corpus.js): per-article commits wrote ~190 KiB per article even
 * without clustering; with clustering, groups of 64 / 250 ms wrote ~380 KiB per article at 10k
 * and ~700 KiB at 100k (index keys land on ever more distinct pages), groups of 1000 / 1 s
 * ~310 KiB at 10k with 30 % more articles/s. Other connections see new articles at most GROUP_MS
 * late; a crash loses only the open group, which the re-run adds.
 */
export const GROUP_ARTICLES = 1000;
export const GROUP_MS = 1000;

interface StoryRow {
  id: number;
  title: string | null;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
  profile: string;
}

/** Prepared statements of the write path, built once per store. */
export class ArticleWriter {
  private readonly q: Record<string, Statement>;
  private readonly source;
  private readonly cache: WriteCache;
  private grouped = 0;
  private groupStart = 0;

  constructor(private readonly db: Database) {
    const p = (sql: string) => db.prepare(sql);
    this.cache = new WriteCache(db);
    this.source = sqliteCandidateSource(db, this.cache);
    this.q = {
      byUrl: p('SELECT id FROM articles WHERE url = ?'),
      byHash: p('SELECT id FROM articles WHERE text_hash = ?'),
      idTaken: p('SELECT 1 FROM articles WHERE id = ?'),
      story: p('SELECT id, title, article_count, first_published, last_published, profile FROM stories WHERE id = ?'),
      // An id past every story merged away as well: SQLite's default (highest id + 1) gave a new story the
      // id of the newest story merged away, so a link to that story led to an unrelated one.
      newStory: p(`INSERT INTO stories (id, title, profile, updated_at)
        VALUES (max(coalesce((SELECT max(id) FROM stories), 0), coalesce((SELECT max(from_story) FROM merges), 0)) + 1, NULL, '{}', ?)`),
      saveStory: p('UPDATE stories SET title = ?, article_count = ?, first_published = ?, last_published = ?, profile = ?, version = version + 1, updated_at = ? WHERE id = ?'),
      dropStory: p('DELETE FROM stories WHERE id = ?'),
      dropAnalysis: p('DELETE FROM analyses WHERE story_id = ?'),
      moveArticles: p('UPDATE articles SET story_id = ? WHERE story_id = ?'),
      moveKeys: p(`INSERT INTO story_keys (key, story_id, first_day, last_day)
        SELECT key, ?, first_day, last_day FROM story_keys WHERE story_id = ?
        ON CONFLICT (key, story_id) DO UPDATE SET first_day = min(first_day, excluded.first_day), last_day = max(last_day, excluded.last_day)`),
      dropKeys: p('DELETE FROM story_keys WHERE story_id = ?'),
      recordMerge: p('INSERT INTO merges (into_story, from_story, article_id, reason) VALUES (?, ?, ?, ?)'),
      insertArticle: p('INSERT INTO articles (id, url, text_hash, story_id, outlet, title, published, article, features, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)'),
      insertFts: p('INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)'),
      bumpDf: p('INSERT INTO term_df (term, df) SELECT value, 1 FROM json_each(?) WHERE true ON CONFLICT (term) DO UPDATE SET df = df + 1'),
      // The WHERE makes a key the story already has for this day a no-op: SQLite would otherwise
      // rewrite the row (and dirty its page in three B-trees) for nothing, for most keys of a join.
      addKeys: p(`INSERT INTO story_keys (key, story_id, first_day, last_day) SELECT value, ?, ?, ? FROM json_each(?) WHERE true
        ON CONFLICT (key, story_id) DO UPDATE SET first_day = min(first_day, excluded.first_day), last_day = max(last_day, excluded.last_day)
        WHERE excluded.first_day < first_day OR excluded.last_day > last_day`),
    };
  }

  /** Add one article; the caller serialises calls (one at a time on this connection) and commits (see `due`). */
  async add(input: AddArticleInput): Promise<AddArticleResult> {
    const { article, textHash } = input;
    if (!this.db.inTransaction) {
      this.db.exec('BEGIN IMMEDIATE');
      this.cache.revalidate();
      this.grouped = 0;
      this.groupStart = Date.now();
    }
    this.db.exec('SAVEPOINT article');
    try {
      const dupUrl = article.url === null ? undefined : (this.q.byUrl!.pluck().get(article.url) as string | undefined);
      const dupText = dupUrl === undefined ? (this.q.byHash!.pluck().get(textHash) as string | undefined) : undefined;
      if (dupUrl !== undefined || dupText !== undefined) {
        this.db.exec('ROLLBACK TO article; RELEASE article');
        return { status: 'duplicate', articleId: (dupUrl ?? dupText)!, by: dupUrl !== undefined ? 'url' : 'text' };
      }
      const decision = await input.decide(this.source);
      const articleId = this.freeId(article.id);
      let story: StoryRow;
      let merged: number[] = [];
      if (decision.kind === 'new') {
        const id = Number(this.q.newStory!.run(new Date().toISOString()).lastInsertRowid);
        story = { id, title: null, article_count: 0, first_published: null, last_published: null, profile: 'null' };
      } else {
        story = this.loadStory(decision.storyId);
        for (const m of decision.merge) if (m.storyId !== story.id) story = this.absorb(story, this.loadStory(m.storyId), articleId, m.reason, input.profiles);
        merged = decision.merge.map((m) => m.storyId).filter((id) => id !== story.id);
      }
      const reason: JoinReason | null = decision.kind === 'join' ? decision.reason : null;
      const terms = this.insertArticle({ ...article, id: articleId }, input.features, textHash, story.id, reason);
      const profile = input.profiles.addToProfile(JSON.parse(story.profile) as StoryProfile | null ?? undefined, input.features, story.id);
      this.saveStory({
        ...story,
        title: story.title ?? article.title,
        article_count: story.article_count + 1,
        first_published: minDate(story.first_published, article.published),
        last_published: maxDate(story.last_published, article.published),
        profile: JSON.stringify(profile),
      });
      this.db.exec('RELEASE article');
      this.cache.bumped(terms);
      this.grouped++;
      return { status: 'added', articleId, storyId: story.id, newStory: decision.kind === 'new', merged };
    } catch (e) {
      this.abandon(e);
      throw e;
    }
  }

  /** True when the open group should be committed now. */
  due(now = Date.now()): boolean {
    return this.db.inTransaction && (this.grouped >= GROUP_ARTICLES || now - this.groupStart >= GROUP_MS);
  }

  /** Commit the open group, if any. */
  commit(): void {
    if (!this.db.inTransaction) return;
    try {
      this.db.exec('COMMIT');
    } catch (e) {
      if (this.db.inTransaction) this.db.exec('ROLLBACK');
      this.cache.clear();
      throw new Error(`the store could not commit the last ${this.grouped} articles (${(e as Error).message}); re-run the ingest to add them`, { cause: e });
    }
  }

  /** Undo the failed article only; if SQLite already rolled the whole group back, say so. */
  private abandon(cause: unknown): void {
    this.cache.clear();
    if (this.db.inTransaction) {
      this.db.exec('ROLLBACK TO article; RELEASE article');
      return;
    }
    if (this.grouped > 0) throw new Error(`SQLite rolled back the open group: the last ${this.grouped} articles were not stored; re-run the ingest to add them`, { cause });
  }

  /** The article's own id when free, else the first free `<id>-2`, `<id>-3`, … */
  private freeId(id: string): string {
    for (let n = 1; ; n++) {
      const candidate = n === 1 ? id : `${id}-${n}`;
      if (this.q.idTaken!.get(candidate) === undefined) return candidate;
    }
  }

  private loadStory(id: number): StoryRow {
    const row = this.q.story!.get(id) as StoryRow | undefined;
    if (!row) throw new Error(`clustering chose story ${id}, which is not in the store`);
    return row;
  }

  /** `into` absorbs `from`: members, keys and profile move; the merge is recorded with its reason. */
  private absorb(into: StoryRow, from: StoryRow, articleId: string, reason: JoinReason, ops: ProfileOps): StoryRow {
    this.q.moveArticles!.run(into.id, from.id);
    this.q.moveKeys!.run(into.id, from.id);
    this.q.dropKeys!.run(from.id);
    this.q.dropAnalysis!.run(from.id);
    this.q.dropStory!.run(from.id);
    this.q.recordMerge!.run(into.id, from.id, articleId, JSON.stringify(reason));
    const profile = ops.mergeProfiles(JSON.parse(into.profile) as StoryProfile, JSON.parse(from.profile) as StoryProfile);
    return {
      id: into.id,
      title: into.title ?? from.title,
      article_count: into.article_count + from.article_count,
      first_published: minDate(into.first_published, from.first_published),
      last_published: maxDate(into.last_published, from.last_published),
      profile: JSON.stringify(profile),
    };
  }

  /** Insert the article, its full-text row, document frequencies and keys; returns the terms counted. */
  private insertArticle(article: Article, features: ArticleFeatures, textHash: string, storyId: number, reason: JoinReason | null): string[] {
    const seq = this.q.insertArticle!.run(
      article.id, article.url, textHash, storyId, article.outlet, article.title, article.published,
      JSON.stringify(article), JSON.stringify(features), reason === null ? null : JSON.stringify(reason),
    ).lastInsertRowid;
    this.q.insertFts!.run(seq, article.title ?? '', article.text);
    const terms = [...new Set(features.terms.map(([t]) => t))];
    this.q.bumpDf!.run(JSON.stringify(terms));
    this.q.addKeys!.run(storyId, ...keyDays(features), JSON.stringify([...new Set(features.indexKeys)]));
    return terms;
  }

  private saveStory(s: StoryRow): void {
    this.q.saveStory!.run(s.title, s.article_count, s.first_published, s.last_published, s.profile, new Date().toISOString(), s.id);
  }
}
