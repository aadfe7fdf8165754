/**
 * Crash safety with a real killed process: an ingest child is SIGKILLed at random points while
 * it writes (several times), the store must be consistent after each kill, and re-running the
 * ingest must complete it to exactly the expected articles, without duplicates.
 * The child is the built CLI when this build has a clusterer, else the same ingestion through tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords, toJsonl } from './generate-articles.js';
import { committedArticles, sqliteIntegrityProblems } from './store-integrity.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-crash-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Large enough that the store commits several groups (1,000 articles or 1 s each) during a run,
// so a kill lands between commits with a group open.
const N = 3000;
const CLI = existsSync(join(REPO, 'dist/src/cluster/index.js'));

function childArgs(db: string, input: string): string[] {
  return CLI ? ['bin/crosscheck.js', 'ingest', input, '--db', db, '--no-analyse', '-q'] : ['--import', 'tsx', 'test/corpus/crash-child.ts', db, input];
}


/** Run the child; SIGKILL it once the store holds at least `killAt` articles (never, when null). */
function runChild(db: string, input: string, killAt: number | null): Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, childArgs(db, input), { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    const timer = killAt === null ? null : setInterval(() => {
      if (committedArticles(db) >= killAt) child.kill('SIGKILL');
    }, 3);
    child.on('exit', (code, signal) => {
      if (timer) clearInterval(timer);
      resolve({ code, signal, stderr });
    });
  });
}

describe(`ingest survives kill -9 (${CLI ? 'built CLI' : 'tsx child: no clusterer in this build yet'})`, () => {
  it('stays consistent after each kill, and a re-run completes without duplicates', async () => {
    const records = generateRecords(N);
    // the input repeats 20 articles: 10 by URL, 10 by text under a new URL; neither may be stored twice
    const repeats = [...records.slice(0, 10), ...records.slice(10, 20).map((r) => ({ ...r, url: `${r.url}?copy=1`, title: `${r.title} (copy)` }))];
    const input = join(dir, 'stream.jsonl');
    writeFileSync(input, toJsonl([...records, ...repeats]));
    const db = join(dir, 'crash.db');

    let killed = 0;
    let previous = 0;
    for (let round = 0; round < 5; round++) {
      const killAt = previous + 1 + Math.floor(Math.random() * ((N - previous) / 3));
      const r = await runChild(db, input, killAt);
      const count = committedArticles(db);
      if (r.signal === 'SIGKILL') killed++;
      expect(sqliteIntegrityProblems(db), `after round ${round} (kill at ≥${killAt}, ${count} stored)`).toEqual([]);
      expect(count).toBeGreaterThanOrEqual(previous);
      expect(count).toBeLessThanOrEqual(N);
      previous = count;
      if (count === N) break;
    }
    expect(killed, 'at least two runs were killed mid-ingest').toBeGreaterThanOrEqual(2);

    const done = await runChild(db, input, null);
    expect(done.code, done.stderr).toBe(0);
    expect(committedArticles(db)).toBe(N);
    expect(sqliteIntegrityProblems(db)).toEqual([]);
    // idempotent: once more adds nothing
    expect((await runChild(db, input, null)).code).toBe(0);
    expect(committedArticles(db)).toBe(N);
  }, 120_000);
});
