/**
 * The write path of the PostgreSQL store: one article and its story assignment in one
 * transaction, so a crash (even kill -9 of the ingesting process) leaves either both or neither.
 * A transaction-scoped advisory lock serialises clustering decisions across every process
 * writing to the database, so two concurrent ingests never open the same story twice or race a merge.
 *
 * Steps mirror the SQLite store: duplicate check → clustering decision → new story, or join
 * (absorbing bridged stories first) → unique article id → article row → document frequencies →
 * candidate keys → story row → article counter.
 */
import type { Pool, PoolClient } from 'pg';
import type { JoinReason, StoryProfile } from '../../cluster/types.js';
import type { AddArticleInput, AddArticleResult, ProfileOps } from '../types.js';
import { keyDays, maxDate, minDate } from '../date-range.js';
import type { DocFreqMap } from '../doc-freq-map.js';
import { pgCandidateSource } from './pg-candidates.js';

/** Key of the advisory lock serialising article adds (any constant distinct from the migration lock). */
export const INGEST_LOCK = 7_305_002;


interface StoryRow {
  id: number;
  title: string | null;
  article_count: number;
  first_published: string | null;
  last_published: string | null;
  profile: StoryProfile | null;
}

/**
 * Document frequencies this process has read or written, exact while `articles` (the article
 * counter, read under the ingest lock) is what this process left it at: every writer adds to
 * term_df only with an article, so any other writer in between shows as a different count.
 */
export interface PgIngestCache {
  readonly df: DocFreqMap;
  articles: number | null;
}

/** Add one article in its own transaction on a pooled connection. */
export async function pgAddArticle(pool: Pool, input: AddArticleInput, cache: PgIngestCache): Promise<AddArticleResult> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    await client.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
    const counted = await client.query<{ value: string }>("SELECT value FROM counters WHERE name = 'articles'");
    const articles = Number(counted.rows[0]?.value ?? 0);
    if (cache.articles !== articles) cache.df.clear();
    cache.articles = null; // until this transaction has ended
    const result = await addInTransaction(client, input, cache.df, articles);
    await client.query(result.status === 'added' ? 'COMMIT' : 'ROLLBACK');
    if (result.status === 'added') cache.df.bumped(new Set(input.features.terms.map(([t]) => t)));
    cache.articles = result.status === 'added' ? articles + 1 : articles;
    return result;
  } catch (e) {
    cache.df.clear();
    await client.query('ROLLBACK').catch(() => undefined);
    throw e;
  } finally {
    client.release();
  }
}

async function addInTransaction(c: PoolClient, input: AddArticleInput, df: DocFreqMap, articles: number): Promise<AddArticleResult> {
  const { article, textHash, features } = input;
  const first = async (sql: string, params: unknown[]) => (await c.query<{ id: string }>(sql, params)).rows[0]?.id;
  const dupUrl = article.url === null ? undefined : await first('SELECT id FROM articles WHERE url = $1', [article.url]);
  const dupText = dupUrl === undefined ? await first('SELECT id FROM articles WHERE text_hash = $1', [textHash]) : undefined;
  if (dupUrl !== undefined || dupText !== undefined) return { status: 'duplicate', articleId: (dupUrl ?? dupText)!, by: dupUrl !== undefined ? 'url' : 'text' };
  const decision = await input.decide(pgCandidateSource(c, df, articles));
  const articleId = await freeId(c, article.id);
  let story: StoryRow;
  let merged: number[] = [];
  if (decision.kind === 'new') {
    const r = await c.query<{ id: number }>('INSERT INTO stories (title, profile, updated_at) VALUES (NULL, NULL, $1) RETURNING id', [new Date().toISOString()]);
    story = { id: r.rows[0]!.id, title: null, article_count: 0, first_published: null, last_published: null, profile: null };
  } else {
    story = await loadStory(c, decision.storyId);
    for (const m of decision.merge) if (m.storyId !== story.id) story = await absorb(c, story, await loadStory(c, m.storyId), articleId, m.reason, input.profiles);
    merged = decision.merge.map((m) => m.storyId).filter((id) => id !== story.id);
  }
  const reason: JoinReason | null = decision.kind === 'join' ? decision.reason : null;
  await c.query(
    'INSERT INTO articles (id, url, text_hash, story_id, outlet, title, published, body, article, features, reason) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)',
    [articleId, article.url, textHash, story.id, article.outlet, article.title, article.published, article.text, JSON.stringify({ ...article, id: articleId }), JSON.stringify(features), reason === null ? null : JSON.stringify(reason)],
  );
  await c.query('INSERT INTO term_df (term, df) SELECT t, 1 FROM unnest($1::text[]) AS t ON CONFLICT (term) DO UPDATE SET df = term_df.df + 1', [[...new Set(features.terms.map(([t]) => t))]]);
  await c.query(
    `INSERT INTO story_keys (key, story_id, first_day, last_day) SELECT k, $2, $3, $4 FROM unnest($1::text[]) AS k
     ON CONFLICT (key, story_id) DO UPDATE SET first_day = least(story_keys.first_day, excluded.first_day), last_day = greatest(story_keys.last_day, excluded.last_day)`,
    [[...new Set(features.indexKeys)], story.id, ...keyDays(features)],
  );
  const profile = input.profiles.addToProfile(story.profile ?? undefined, features, story.id);
  // pending_extractions is relative, not from `story`: queue workers decrement it without the ingest lock.
  await c.query(
    'UPDATE stories SET title = $1, article_count = $2, first_published = $3, last_published = $4, profile = $5, version = version + 1, updated_at = $6, pending_extractions = pending_extractions + 1 WHERE id = $7',
    [
      story.title ?? article.title, story.article_count + 1, minDate(story.first_published, article.published), maxDate(story.last_published, article.published),
      JSON.stringify(profile), new Date().toISOString(), story.id,
    ],
  );
  await c.query("UPDATE counters SET value = value + 1 WHERE name = 'articles'");
  return { status: 'added', articleId, storyId: story.id, newStory: decision.kind === 'new', merged };
}

/** The article's own id when free, else the first free `<id>-2`, `<id>-3`, … */
async function freeId(c: PoolClient, id: string): Promise<string> {
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? id : `${id}-${n}`;
    if ((await c.query('SELECT 1 FROM articles WHERE id = $1', [candidate])).rowCount === 0) return candidate;
  }
}

async function loadStory(c: PoolClient, id: number): Promise<StoryRow> {
  const r = await c.query<StoryRow>('SELECT id, title, article_count, first_published, last_published, profile FROM stories WHERE id = $1', [id]);
  if (!r.rows[0]) throw new Error(`clustering chose story ${id}, which is not in the store`);
  return r.rows[0];
}

/** `into` absorbs `from`: members, keys and profile move; the merge is recorded with its reason. */
async function absorb(c: PoolClient, into: StoryRow, from: StoryRow, articleId: string, reason: JoinReason, ops: ProfileOps): Promise<StoryRow> {
  // Moving the members first locks them: a worker storing an extraction of one of them holds that
  // article's row (FOR SHARE) until it commits, so by the next statement every decrement of
  // `from` is visible, and later extractions see the article in `into`.
  await c.query('UPDATE articles SET story_id = $1 WHERE story_id = $2', [into.id, from.id]);
  await c.query('UPDATE stories t SET pending_extractions = t.pending_extractions + f.pending_extractions FROM stories f WHERE t.id = $1 AND f.id = $2', [into.id, from.id]);
  await c.query(
    `INSERT INTO story_keys (key, story_id, first_day, last_day) SELECT key, $1, first_day, last_day FROM story_keys WHERE story_id = $2
     ON CONFLICT (key, story_id) DO UPDATE SET first_day = least(story_keys.first_day, excluded.first_day), last_day = greatest(story_keys.last_day, excluded.last_day)`,
    [into.id, from.id],
  );
  await c.query('DELETE FROM story_keys WHERE story_id = $1', [from.id]);
  await c.query('DELETE FROM analyses WHERE story_id = $1', [from.id]);
  await c.query('DELETE FROM stories WHERE id = $1', [from.id]);
  await c.query('INSERT INTO merges (into_story, from_story, article_id, reason) VALUES ($1, $2, $3, $4)', [into.id, from.id, articleId, JSON.stringify(reason)]);
  return {
    id: into.id,
    title: into.title ?? from.title,
    article_count: into.article_count + from.article_count,
    first_published: minDate(into.first_published, from.first_published),
    last_published: maxDate(into.last_published, from.last_published),
    profile: ops.mergeProfiles(into.profile!, from.profile!),
  };
}
