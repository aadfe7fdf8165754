/**
 * The clusterer's view of a PostgreSQL store: candidate stories through the key index (never a
 * scan of all stories, so the cost per article stays flat) and term document frequencies.
 * Lists go in as one array parameter, so the SQL text never varies with the input.
 */
import type { PoolClient } from 'pg';
import type { CandidateSource, StoryProfile } from '../../cluster/types.js';
import type { DocFreqMap } from '../doc-freq-map.js';

// Stories sharing the most keys first, so `limit` keeps the likeliest ones; (key, last_day) bounds the scan.
const CANDIDATES = `
  SELECT s.profile FROM (
    SELECT story_id, count(*) AS shared FROM story_keys
    WHERE key = ANY ($1::text[]) AND first_day <= $2 AND last_day >= $3
    GROUP BY story_id ORDER BY shared DESC, story_id LIMIT $4
  ) k JOIN stories s ON s.id = k.story_id ORDER BY k.shared DESC, s.id`;

/**
 * A CandidateSource reading through `client` (inside the caller's transaction, so it sees its own
 * writes); document frequencies through `df`, the article count as read under the ingest lock.
 */
export function pgCandidateSource(client: PoolClient, df: DocFreqMap, articles: number): CandidateSource {
  return {
    candidates: async (keys, fromDay, toDay, limit) => {
      if (keys.length === 0 || limit < 1) return [];
      const r = await client.query<{ profile: StoryProfile }>(CANDIDATES, [[...keys], toDay, fromDay, limit]);
      return r.rows.map((row) => row.profile);
    },
    docFreq: async (terms) => {
      const { found, missing } = df.lookup(terms);
      if (missing.length === 0) return found;
      const r = await client.query<{ term: string; df: number }>('SELECT term, df FROM term_df WHERE term = ANY ($1::text[])', [missing]);
      return df.fill(missing, r.rows, found);
    },
    docCount: () => Promise.resolve(articles),
    recentNames: async (names, fromDay, toDay) => {
      const [n, byName] = await Promise.all([
        client.query<{ n: string }>('SELECT coalesce(sum(n), 0) AS n FROM article_days WHERE day BETWEEN $1 AND $2', [fromDay, toDay]),
        client.query<{ term: string; df: string }>('SELECT term, sum(df) AS df FROM name_days WHERE term = ANY ($1::text[]) AND day BETWEEN $2 AND $3 GROUP BY term', [[...names], fromDay, toDay]),
      ]);
      return { counts: new Map(byName.rows.map((r) => [r.term, Number(r.df)])), articles: Number(n.rows[0]?.n ?? 0) };
    },
  };
}
