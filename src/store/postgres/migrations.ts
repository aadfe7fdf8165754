/**
 * The PostgreSQL schema as ordered, numbered migrations (like the SQLite store's). A migration is
 * never edited once released: add a new one at the end. `migrate` holds an advisory lock so
 * several processes opening the same database at once apply each migration exactly once.
 */
import type { PoolClient } from 'pg';

interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

/** Key of the advisory lock serialising migrations (any constant distinct from the ingest lock). */
const MIGRATE_LOCK = 7_305_001;

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'stories, articles with full-text vectors, candidate index, document frequencies, merges, analyses, diagnostics, extractions',
    sql: `
      CREATE TABLE stories (
        id serial PRIMARY KEY,
        title text,
        article_count integer NOT NULL DEFAULT 0,
        first_published text,
        last_published text,
        version integer NOT NULL DEFAULT 0,
        profile json,
        updated_at text NOT NULL
      );
      CREATE INDEX stories_recent ON stories ((last_published IS NULL), last_published DESC, id DESC);
      CREATE TABLE articles (
        seq bigserial PRIMARY KEY,
        id text COLLATE "C" NOT NULL UNIQUE,
        url text UNIQUE,
        text_hash text NOT NULL UNIQUE,
        story_id integer NOT NULL REFERENCES stories (id),
        outlet text COLLATE "C",
        title text,
        published text,
        body text NOT NULL,
        -- json, not jsonb: keeps key order, so an article read back serialises byte-identically
        article json NOT NULL,
        features json NOT NULL,
        reason json,
        tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('simple', coalesce(title, '')), 'A') || setweight(to_tsvector('simple', body), 'B')) STORED
      );
      CREATE INDEX articles_story ON articles (story_id);
      CREATE INDEX articles_tsv ON articles USING gin (tsv);
      CREATE TABLE story_keys (
        key text NOT NULL,
        story_id integer NOT NULL,
        first_day integer NOT NULL,
        last_day integer NOT NULL,
        PRIMARY KEY (key, story_id)
      );
      CREATE INDEX story_keys_story ON story_keys (story_id);
      -- candidate lookup reads only the recent stories under a key, however many old ones it has
      CREATE INDEX story_keys_recent ON story_keys (key, last_day);
      CREATE TABLE term_df (term text PRIMARY KEY, df integer NOT NULL);
      -- count(*) is a scan in PostgreSQL; the article count is kept here inside each add's transaction
      CREATE TABLE counters (name text PRIMARY KEY, value bigint NOT NULL);
      INSERT INTO counters (name, value) VALUES ('articles', 0), ('queued_seq', 0);
      CREATE TABLE merges (
        id serial PRIMARY KEY,
        into_story integer NOT NULL,
        from_story integer NOT NULL,
        article_id text NOT NULL,
        reason json NOT NULL
      );
      CREATE INDEX merges_into ON merges (into_story);
      CREATE TABLE analyses (
        story_id integer PRIMARY KEY,
        version integer NOT NULL,
        conflicts integer NOT NULL,
        analysis text NOT NULL
      );
      CREATE TABLE diagnostics (id serial PRIMARY KEY, source text NOT NULL, diagnostic jsonb NOT NULL);
      -- one extraction per article, whoever got there first (workers insert with ON CONFLICT DO NOTHING)
      CREATE TABLE extractions (
        article_id text COLLATE "C" PRIMARY KEY,
        worker text NOT NULL,
        extraction text NOT NULL
      );
    `,
  },
  {
    id: 2,
    name: 'stories.analysed_version with a partial index, so finding stale stories does not scan every story',
    sql: `
      ALTER TABLE stories ADD COLUMN analysed_version integer NOT NULL DEFAULT -1;
      UPDATE stories s SET analysed_version = a.version FROM analyses a WHERE a.story_id = s.id;
      -- holds only the stale stories: an idle worker's check costs what is stale, not the store's size
      CREATE INDEX stories_stale ON stories (id) WHERE analysed_version <> version;
    `,
  },
  {
    id: 3,
    name: 'stories.pending_extractions: members not yet extracted, so a worker knows a story is complete without reading its members',
    sql: `
      -- kept in step by adds (+1), merges (moved) and workers (-1 with each extraction stored); see src/queue/extract-job.ts
      ALTER TABLE stories ADD COLUMN pending_extractions integer NOT NULL DEFAULT 0;
      UPDATE stories s SET pending_extractions = p.n FROM (
        SELECT a.story_id, count(*) AS n FROM articles a WHERE NOT EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = a.id) GROUP BY a.story_id
      ) p WHERE p.story_id = s.id;
    `,
  },
  {
    id: 4,
    name: 'crosscheck_store_extraction(): store an extraction and count it off its story in one statement',
    sql: `
      -- One statement, so the story row (hot when a story is large: every member's extraction updates
      -- it) is locked only between the UPDATE and the commit, never across a round trip to a worker.
      -- Each statement of a volatile function takes a fresh snapshot: after waiting for a merge that
      -- moved the article, the UPDATE sees the story it moved into even if that story is newer than
      -- the call. Returns the article's story (NULL: no such article), whether this call stored the
      -- extraction, and the story's members still pending after it (NULL when it did not).
      CREATE FUNCTION crosscheck_store_extraction(p_article text, p_worker text, p_extraction text,
          OUT story_id integer, OUT inserted boolean, OUT pending integer) LANGUAGE plpgsql AS $fn$
      DECLARE n integer;
      BEGIN
        inserted := false;
        -- the article's row first (FOR SHARE): a merge moving it waits for this transaction, or this waits for the merge
        SELECT a.story_id INTO story_id FROM articles a WHERE a.id = p_article FOR SHARE;
        IF NOT FOUND THEN RETURN; END IF;
        INSERT INTO extractions (article_id, worker, extraction) VALUES (p_article, p_worker, p_extraction) ON CONFLICT (article_id) DO NOTHING;
        GET DIAGNOSTICS n = ROW_COUNT;
        IF n = 0 THEN RETURN; END IF;
        inserted := true;
        UPDATE stories s SET pending_extractions = s.pending_extractions - 1 WHERE s.id = story_id RETURNING s.pending_extractions INTO pending;
        IF NOT FOUND THEN RAISE EXCEPTION 'article %: its story % is not in the store', p_article, story_id; END IF;
      END $fn$;
    `,
  },
  {
    id: 5,
    name: 'analyses.updates: updated figures next to conflicts, so a story list gives the counts its report gives',
    sql: `
      ALTER TABLE analyses ADD COLUMN updates integer NOT NULL DEFAULT 0;
      UPDATE analyses SET updates = (SELECT count(*) FROM json_array_elements(analysis::json -> 'claims') c WHERE c ->> 'status' = 'updated');
    `,
  },
  {
    id: 6,
    name: 'name_days, article_days: dated articles per day and per name, so clustering knows the names common in recent news',
    // Counted from the stored features of dated articles (no "days": known to the day); see CandidateSource.recentNames.
    sql: `
      CREATE TABLE name_days (term text COLLATE "C" NOT NULL, day integer NOT NULL, df integer NOT NULL, PRIMARY KEY (term, day));
      CREATE TABLE article_days (day integer PRIMARY KEY, n integer NOT NULL);
      INSERT INTO name_days (term, day, df)
        SELECT e.term, (a.features ->> 'day')::integer, count(*) FROM articles a, json_array_elements_text(a.features -> 'entities') AS e(term)
        WHERE a.features -> 'days' IS NULL GROUP BY 1, 2;
      INSERT INTO article_days (day, n)
        SELECT (features ->> 'day')::integer, count(*) FROM articles WHERE features -> 'days' IS NULL GROUP BY 1;
    `,
  },
];

/** Apply every migration not yet recorded, in order, in one transaction. Returns the ids applied. */
export async function migrate(client: PoolClient): Promise<number[]> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS migrations (id integer PRIMARY KEY, name text NOT NULL, applied_at text NOT NULL)');
    const done = new Set((await client.query<{ id: number }>('SELECT id FROM migrations')).rows.map((r) => r.id));
    const applied: number[] = [];
    for (const m of MIGRATIONS) {
      if (done.has(m.id)) continue;
      await client.query(m.sql);
      await client.query('INSERT INTO migrations (id, name, applied_at) VALUES ($1, $2, $3)', [m.id, m.name, new Date().toISOString()]);
      applied.push(m.id);
    }
    await client.query('COMMIT');
    return applied;
  } catch (e) {
    await client.query('ROLLBACK');
    throw e;
  }
}
