/**
 * Crash safety of the PostgreSQL store: an ingesting process killed with SIGKILL at several
 * points leaves a consistent store (counters, story sizes, candidate keys and document
 * frequencies agree with the articles), and a re-run completes without duplicates.
 */
import { spawn } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { inconsistencies } from './pg-invariants.js';
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
