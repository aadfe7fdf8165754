/**
 * The clusterer's view of a SQLite store: candidate stories through the key index (never a
 * scan of all stories, so the cost per article stays flat) and term document frequencies.
 * Lists go in as one JSON parameter (`json_each`), so the SQL text never varies with the input.
 */
import type { Database } from 'better-sqlite3';
import type { CandidateSource } from '../../cluster/types.js';
import type { WriteCache } from './write-cache.js';

/** A CandidateSource reading `db` (inside the caller's transaction, so it sees its own writes); frequencies through `df`. */
export function sqliteCandidateSource(db: Database, cache: WriteCache): CandidateSource {
  // Stories sharing the most keys first, so `limit` keeps the likeliest ones. The (key, last_day)
  // index bounds the scan to stories recent enough, however many older ones share a key.
  const candidates = db.prepare(`
    SELECT s.id, s.version FROM (
      SELECT story_id, count(*) AS shared FROM story_keys INDEXED BY story_keys_recent
      WHERE key IN (SELECT value FROM json_each(?)) AND first_day <= ? AND last_day >= ?
      GROUP BY story_id ORDER BY shared DESC, story_id LIMIT ?
    ) k JOIN stories s ON s.id = k.story_id ORDER BY k.shared DESC, s.id`).raw();
  // Articles are never deleted and rowids are assigned max+1, so max(seq) is the count, in O(log n).
  const count = db.prepare('SELECT coalesce(max(seq), 0) FROM articles').pluck();
  const recentNames = db.prepare('SELECT term, sum(df) FROM name_days WHERE term IN (SELECT value FROM json_each(?)) AND day BETWEEN ? AND ? GROUP BY term').raw();
  const recentArticles = db.prepare('SELECT coalesce(sum(n), 0) FROM article_days WHERE day BETWEEN ? AND ?').pluck();
  return {
    candidates: (keys, fromDay, toDay, limit) => {
      if (keys.length === 0 || limit < 1) return Promise.resolve([]);
      const rows = candidates.all(JSON.stringify(keys), toDay, fromDay, limit) as [number, number][];
      return Promise.resolve(rows.map(([id, version]) => cache.profile(id, version)));
    },
    docFreq: (terms) => Promise.resolve(cache.get(terms)),
    docCount: () => Promise.resolve(count.get() as number),
    recentNames: (names, fromDay, toDay) => {
      const articles = recentArticles.get(fromDay, toDay) as number;
      const counts = new Map(recentNames.all(JSON.stringify(names), fromDay, toDay) as [string, number][]);
      return Promise.resolve({ counts, articles });
    },
  };
}
