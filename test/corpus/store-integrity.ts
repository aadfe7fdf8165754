/**
 * Consistency checks of a SQLite store file after crashes: each returns a list of problems
 * (empty = consistent), so a failing test says what is wrong.
 */
import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';

/** Articles committed in the store at `path`, as another process sees them; 0 before it exists or is migrated. */
export function committedArticles(path: string): number {
  if (!existsSync(path)) return 0;
  try {
    const c = new Database(path, { readonly: true, fileMustExist: true });
    try {
      return c.prepare('SELECT count(*) FROM articles').pluck().get() as number;
    } finally {
      c.close();
    }
  } catch {
    return 0; // not created or not migrated yet
  }
}

export function sqliteIntegrityProblems(path: string): string[] {
  const db = new Database(path);
  try {
    const problems: string[] = [];
    const one = (sql: string) => db.prepare(sql).pluck().get() as number | string;
    const check = (label: string, sql: string) => {
      const n = one(sql);
      if (n !== 0) problems.push(`${label}: ${n}`);
    };
    const ic = one('PRAGMA integrity_check');
    if (ic !== 'ok') problems.push(`integrity_check: ${ic}`);
    try {
      db.exec("INSERT INTO articles_fts (articles_fts) VALUES ('integrity-check')");
    } catch (e) {
      problems.push(`fts integrity-check: ${(e as Error).message}`);
    }
    check('articles without a story', 'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = a.story_id)');
    check('stories whose count differs from their members', 'SELECT count(*) FROM stories s WHERE s.article_count <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)');
    check('empty stories', 'SELECT count(*) FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)');
    check('duplicate URLs', 'SELECT count(*) FROM (SELECT url FROM articles WHERE url IS NOT NULL GROUP BY url HAVING count(*) > 1)');
    check('duplicate text hashes', 'SELECT count(*) FROM (SELECT text_hash FROM articles GROUP BY text_hash HAVING count(*) > 1)');
    check('articles without a full-text row', 'SELECT count(*) FROM articles a WHERE NOT EXISTS (SELECT 1 FROM articles_fts f WHERE f.rowid = a.seq)');
    check('full-text rows without an article', 'SELECT count(*) FROM articles_fts f WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.seq = f.rowid)');
    check('index keys of missing stories', 'SELECT count(*) FROM story_keys k WHERE NOT EXISTS (SELECT 1 FROM stories s WHERE s.id = k.story_id)');
    check('profiles whose count differs from the story', "SELECT count(*) FROM stories WHERE json_extract(profile, '$.articleCount') <> article_count");
    // document frequencies recomputed from the stored features
    const df = new Map<string, number>();
    for (const f of db.prepare('SELECT features FROM articles').pluck().all() as string[]) {
      for (const t of new Set((JSON.parse(f) as { terms: [string, number][] }).terms.map(([x]) => x))) df.set(t, (df.get(t) ?? 0) + 1);
    }
    const stored = new Map((db.prepare('SELECT term, df FROM term_df').all() as { term: string; df: number }[]).map((r) => [r.term, r.df]));
    const wrongDf = [...new Set([...df.keys(), ...stored.keys()])].filter((t) => df.get(t) !== stored.get(t));
    if (wrongDf.length) problems.push(`document frequencies off for ${wrongDf.length} term(s), e.g. ${wrongDf[0]}`);
    return problems;
  } finally {
    db.close();
  }
}
