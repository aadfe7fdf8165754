/**
 * Crash safety of the PostgreSQL store: an ingesting process killed with SIGKILL at several
 * points leaves a consistent store (counters, story sizes, candidate keys and document
 * frequencies agree with the articles), and a re-run completes without duplicates.
 */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from '../store/postgres-test-db.js';

const reachable = await postgresReachable();
if (!reachable) console.warn(NO_POSTGRES);
afterAll(async () => {
  if (reachable) await dropTestDatabases();
});

const N = 120;

/** Run the child; kill it with SIGKILL after `killAfter` output lines (never, when undefined). */
function ingest(url: string, killAfter?: number): Promise<{ lines: string[]; signal: NodeJS.Signals | null }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['--import', 'tsx', 'test/queue/crash-ingest-child.ts', url, String(N)], { stdio: ['ignore', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buf = '';
    p.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const parts = buf.split('\n');
      buf = parts.pop()!;
      lines.push(...parts);
      if (killAfter !== undefined && lines.length >= killAfter) p.kill('SIGKILL');
    });
    p.on('error', reject);
    p.on('close', (_code, signal) => resolve({ lines, signal }));
  });
}

/** Every invariant that ties derived tables to the articles; returns the violations found. */
async function inconsistencies(c: pg.Client): Promise<string[]> {
  const checks: [string, string][] = [
    ['article counter ≠ articles', "SELECT 1 WHERE (SELECT value FROM counters WHERE name = 'articles') <> (SELECT count(*) FROM articles)"],
    ['story size ≠ members', 'SELECT s.id FROM stories s WHERE s.article_count <> (SELECT count(*) FROM articles a WHERE a.story_id = s.id)'],
    ['empty story', 'SELECT s.id FROM stories s WHERE NOT EXISTS (SELECT 1 FROM articles a WHERE a.story_id = s.id)'],
    ['key of a missing story', 'SELECT k.key FROM story_keys k LEFT JOIN stories s ON s.id = k.story_id WHERE s.id IS NULL'],
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

describe.skipIf(!reachable)('kill -9 during PostgreSQL ingest', () => {
  it('leaves the store consistent after every kill, and a re-run completes without duplicates', async () => {
    const url = await createTestDatabase();
    const c = new pg.Client(url);
    // Kill points spread over the stream (a seeded choice, so a failure can be replayed).
    const killPoints = [3, 17, 40, 41, 75, 102];
    await c.connect();
    try {
      for (const k of killPoints) {
        const run = await ingest(url, k);
        expect(run.signal).toBe('SIGKILL');
        expect(await inconsistencies(c)).toEqual([]);
      }
      const last = await ingest(url);
      expect(last.signal).toBeNull();
      expect(last.lines).toHaveLength(N);
      expect(last.lines.some((l) => l.startsWith('duplicate'))).toBe(true);
      const totals = (await c.query<{ n: string; urls: string; hashes: string }>('SELECT count(*) AS n, count(DISTINCT url) AS urls, count(DISTINCT text_hash) AS hashes FROM articles')).rows[0]!;
      expect([Number(totals.n), Number(totals.urls), Number(totals.hashes)]).toEqual([N, N, N]);
      expect(await inconsistencies(c)).toEqual([]);
      // must not match: the checks do see a broken store
      await c.query('UPDATE stories SET article_count = article_count + 1 WHERE id = (SELECT min(id) FROM stories)');
      expect(await inconsistencies(c)).toContain('story size ≠ members');
    } finally {
      await c.end();
    }
  }, 120_000);
});
