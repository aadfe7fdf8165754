/**
 * The invariants that tie the PostgreSQL store's derived tables to its articles, shared by the
 * kill -9 tests (the in-process child and the real CLI).
 */
import type pg from 'pg';

/** Every invariant that ties derived tables to the articles; returns the violations found. */
export async function inconsistencies(c: pg.Client): Promise<string[]> {
  const checks: [string, string][] = [
    ['article counter ≠ articles', "SELECT 1 WHERE (SELECT value FROM counters WHERE name = 'articles') <> (SELECT count(*) FROM articles)"],
    ['story size ≠ members', 'SELECT s.id FROM stories s WHERE s.article_count <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)'],
    ['empty story', 'SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)'],
    ['key of a missing story', 'SELECT k.key FROM story_keys k LEFT JOIN stories s ON s.id = k.story_id WHERE s.id IS NULL'],
    ['analysed version ≠ stored analysis', 'SELECT s.id FROM stories s LEFT JOIN analyses a ON a.story_id = s.id WHERE s.analysed_version <> coalesce(a.version, -1)'],
    [
      'pending extractions ≠ members not extracted',
      `SELECT s.id FROM stories s WHERE s.pending_extractions <> (
         SELECT count(*) FROM articles a WHERE a.story_id = s.id AND NOT EXISTS (SELECT 1 FROM extractions e WHERE e.article_id = a.id))`,
    ],
    ['profile count ≠ size', "SELECT s.id FROM stories s WHERE (s.profile->>'articleCount')::int <> s.article_count"],
    [
      'document frequency ≠ articles with the term',
      `SELECT t.term FROM term_df t FULL JOIN (
         SELECT x->>0 AS term, count(DISTINCT a.id) AS n FROM articles a, json_array_elements(a.features->'terms') x GROUP BY 1
       ) d ON d.term = t.term WHERE t.df IS DISTINCT FROM d.n`,
    ],
  ];
  const found: string[] = [];
  for (const [name, sql] of checks) if ((await c.query(sql)).rowCount) found.push(name);
  return found;
}
