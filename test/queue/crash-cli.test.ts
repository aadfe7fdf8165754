/**
 * Crash safety of the real CLI on PostgreSQL: `node bin/crosscheck.js ingest --db postgres://… <folder>`
 * (the built dist, real clusterer) killed with SIGKILL at several points of the stream leaves a
 * consistent store every time, and a re-run completes with every article stored exactly once.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import pg from 'pg';
import { createTestDatabase, dropTestDatabases, NO_POSTGRES, postgresReachable } from '../store/postgres-test-db.js';
import { generatedArticles } from './generated-articles.js';
import { inconsistencies } from './pg-invariants.js';

const built = existsSync('dist/src/cluster/index.js');
if (!built) console.warn('crash-cli test skipped: dist/src/cluster/index.js is missing; run `npm run build` first');
const reachable = built && (await postgresReachable());
if (built && !reachable) console.warn(NO_POSTGRES);
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-crash-cli-'));
afterAll(async () => {
  rmSync(dir, { recursive: true, force: true });
  if (reachable) await dropTestDatabases();
});

const N = 90;

/** Ingest the folder with the real CLI; SIGKILL it once `killAt` articles are stored (never, when undefined). */
function ingest(url: string, c: pg.Client, killAt?: number): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ['bin/crosscheck.js', 'ingest', '--db', url, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    p.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let polling = killAt !== undefined;
    const poll = async () => {
      while (polling) {
        const n = await c.query<{ value: string }>("SELECT value FROM counters WHERE name = 'articles'").catch(() => ({ rows: [] }));
        if (Number(n.rows[0]?.value ?? 0) >= killAt!) {
          p.kill('SIGKILL');
          return;
        }
        await new Promise((r) => setTimeout(r, 5));
      }
    };
    void poll();
    p.on('error', reject);
    p.on('close', (code, signal) => {
      polling = false;
      resolve({ code, signal, stderr });
    });
  });
}

describe.skipIf(!reachable)('kill -9 during the real `crosscheck ingest --db postgres://…`', () => {
  it('leaves the store consistent after every kill, and a re-run stores every article exactly once', async () => {
    // Three files, so kills also land between files; figures differ per article, so none is a duplicate of another.
    const articles = generatedArticles(N, 'cli');
    for (let f = 0; f < 3; f++) {
      const lines = articles.filter((_, i) => i % 3 === f).map((a) => JSON.stringify({ url: a.url, title: a.title, outlet: a.outlet, published: a.published, text: a.text }));
      writeFileSync(join(dir, `part-${f}.jsonl`), `${lines.join('\n')}\n`);
    }
    const url = await createTestDatabase();
    const c = new pg.Client(url);
    await c.connect();
    try {
      // Kill points: a fixed seed spread over the stream (replayable), ascending because a re-run skips what is stored.
      let seed = 20_261_121;
      const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed / 2 ** 31);
      const killPoints = [1, 2, 3, 4, 5].map((k) => Math.floor(((k - 1 + next()) * N) / 6) + 1);
      let kills = 0;
      for (const k of killPoints) {
        const run = await ingest(url, c, k);
        if (run.signal === 'SIGKILL') kills++;
        else expect(run.code).toBe(0); // finished before the kill point was reached: allowed, but it must have succeeded
        expect(await inconsistencies(c)).toEqual([]);
      }
      expect(kills).toBeGreaterThan(0);
      const last = await ingest(url, c);
      expect(last.signal).toBeNull();
      expect(last.code).toBe(0);
      expect(last.stderr).toContain(`read ${N} article(s)`);
      const totals = (await c.query<{ n: string; urls: string; hashes: string }>('SELECT count(*) AS n, count(DISTINCT url) AS urls, count(DISTINCT text_hash) AS hashes FROM articles')).rows[0]!;
      expect([Number(totals.n), Number(totals.urls), Number(totals.hashes)]).toEqual([N, N, N]);
      expect(await inconsistencies(c)).toEqual([]);
      // Postgres ingest leaves analysis to workers by default, and says so.
      expect(last.stderr).toMatch(/\d+ stor(y|ies) to analyse: run `crosscheck worker --db/);
      expect(Number((await c.query<{ n: string }>('SELECT count(*) AS n FROM analyses')).rows[0]!.n)).toBe(0);
    } finally {
      await c.end();
    }
  }, 180_000);
});
