/**
 * The SQLite schema as ordered, numbered migrations. A migration is never edited once released:
 * add a new one at the end. `migrate` applies the missing ones, each in its own transaction with
 * its row in `migrations`, so a crash between two leaves a store that the next open completes.
 */
import type { Database } from 'better-sqlite3';

interface Migration {
  readonly id: number;
  readonly name: string;
  readonly sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'stories, articles, candidate index, document frequencies, merges, analyses, diagnostics',
    sql: `
      CREATE TABLE stories (
        id INTEGER PRIMARY KEY,
        title TEXT,
        article_count INTEGER NOT NULL DEFAULT 0,
        first_published TEXT,
        last_published TEXT,
        version INTEGER NOT NULL DEFAULT 0,
        profile TEXT NOT NULL,
        updated_at TEXT NOT NULL
      );
      CREATE INDEX stories_recent ON stories (last_published DESC, id DESC);
      CREATE TABLE articles (
        seq INTEGER PRIMARY KEY,
        id TEXT NOT NULL UNIQUE,
        url TEXT UNIQUE,
        text_hash TEXT NOT NULL UNIQUE,
        story_id INTEGER NOT NULL REFERENCES stories (id),
        outlet TEXT,
        title TEXT,
        published TEXT,
        article TEXT NOT NULL,
        features TEXT NOT NULL,
        reason TEXT
      );
      CREATE INDEX articles_story ON articles (story_id);
      CREATE TABLE story_keys (
        key TEXT NOT NULL,
        story_id INTEGER NOT NULL,
        first_day INTEGER NOT NULL,
        last_day INTEGER NOT NULL,
        PRIMARY KEY (key, story_id)
      ) WITHOUT ROWID;
      CREATE INDEX story_keys_story ON story_keys (story_id);
      -- candidate lookup reads only the recent stories under a key, however many old ones it has
      CREATE INDEX story_keys_recent ON story_keys (key, last_day);
      CREATE TABLE term_df (term TEXT PRIMARY KEY, df INTEGER NOT NULL) WITHOUT ROWID;
      CREATE TABLE merges (
        id INTEGER PRIMARY KEY,
        into_story INTEGER NOT NULL,
        from_story INTEGER NOT NULL,
        article_id TEXT NOT NULL,
        reason TEXT NOT NULL
      );
      CREATE INDEX merges_into ON merges (into_story);
      CREATE TABLE analyses (
        story_id INTEGER PRIMARY KEY,
        version INTEGER NOT NULL,
        conflicts INTEGER NOT NULL,
        analysis TEXT NOT NULL
      );
      CREATE TABLE diagnostics (id INTEGER PRIMARY KEY, source TEXT NOT NULL, diagnostic TEXT NOT NULL);
      CREATE VIRTUAL TABLE articles_fts USING fts5 (title, text, tokenize = 'unicode61 remove_diacritics 2');
    `,
  },
  {
    id: 2,
    name: 'merges by the story merged away',
    // where a merged story went (Store.mergedInto), and the next story id past every merged-away one (sqlite-add-article.ts)
    sql: 'CREATE INDEX merges_from ON merges (from_story);',
  },
  {
    id: 3,
    name: 'analyses.updates: updated figures next to conflicts, so a story list gives the counts its report gives',
    sql: `
      ALTER TABLE analyses ADD COLUMN updates INTEGER NOT NULL DEFAULT 0;
      UPDATE analyses SET updates = (SELECT count(*) FROM json_each(analyses.analysis, '$.claims') WHERE json_extract(value, '$.status') = 'updated');
    `,
  },
  {
    id: 4,
    name: 'name_days, article_days: dated articles per day and per name, so clustering knows the names common in recent news',
    // Counted from the stored features of dated articles (no "days": known to the day); see CandidateSource.recentNames.
    sql: `
      CREATE TABLE name_days (term TEXT NOT NULL, day INTEGER NOT NULL, df INTEGER NOT NULL, PRIMARY KEY (term, day)) WITHOUT ROWID;
      CREATE TABLE article_days (day INTEGER PRIMARY KEY, n INTEGER NOT NULL);
      INSERT INTO name_days (term, day, df)
        SELECT e.value, json_extract(a.features, '$.day'), count(*) FROM articles a, json_each(a.features, '$.entities') e
        WHERE json_type(a.features, '$.days') IS NULL GROUP BY 1, 2;
      INSERT INTO article_days (day, n)
        SELECT json_extract(features, '$.day'), count(*) FROM articles WHERE json_type(features, '$.days') IS NULL GROUP BY 1;
    `,
  },
];

/** Apply every migration not yet recorded, in order. Returns the ids applied. */
export function migrate(db: Database): number[] {
  db.exec('CREATE TABLE IF NOT EXISTS migrations (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)');
  const done = new Set(db.prepare('SELECT id FROM migrations').pluck().all() as number[]);
  const applied: number[] = [];
  for (const m of MIGRATIONS) {
    if (done.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      db.prepare('INSERT INTO migrations (id, name, applied_at) VALUES (?, ?, ?)').run(m.id, m.name, new Date().toISOString());
    }).immediate();
    applied.push(m.id);
  }
  return applied;
}
