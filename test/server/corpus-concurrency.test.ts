/**
 * `serve --db` reads while `ingest` writes the same SQLite file (WAL): a child process ingests
 * several hundred generated articles while this test polls the stories list and search. No
 * request may fail, counts only grow, and at the end the served counts equal the store's.
 * The child is the built CLI when this build has a clusterer, else the same ingestion via tsx.
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startCorpusServer } from '../../src/server/corpus/index.js';
import { openStore } from '../../src/store/open-store.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { buildCorpus } from './corpus-fixture.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = existsSync(join(REPO, 'dist/src/cluster/index.js')) && existsSync(join(REPO, 'dist/src/cli/commands/ingest.js'));
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe(`serve --db while ingest writes (${CLI ? 'built CLI' : 'tsx child: no clusterer in this build yet'})`, () => {
  it('polls without errors; counts only grow and end equal to the store', async () => {
    const { dir, db, store: seedStore } = await buildCorpus(6);
    dirs.push(dir);
    await seedStore.close();
    const input = join(dir, 'more.jsonl');
    // URLs and texts differ from the seed corpus (offset indexes), so every record is new
    writeFileSync(input, toJsonl(generateRecords(406).slice(6)));
    const store = await openStore(db);
    const errors: string[] = [];
    const server = await startCorpusServer({ store, port: 0, log: (l) => errors.push(l) });
    const args = CLI ? ['bin/crosscheck.js', 'ingest', input, '--db', db, '-q'] : ['--import', 'tsx', 'test/corpus/crash-child.ts', db, input];
    const child = spawn(process.execPath, args, { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    let done = false;
    void exited.then(() => (done = true));
    const seen: { articles: number; stories: number }[] = [];
    let polls = 0;
    while (!done || polls < 3) {
      const s = await fetch(new URL('/api/stories?limit=500', server.url));
      const body = (await s.json()) as { counts: { articles: number; stories: number }; stories: { articleCount: number }[]; error?: string };
      if (s.status !== 200) errors.push(`stories ${s.status} ${body.error}`);
      else seen.push(body.counts);
      const q = await fetch(new URL('/api/search?q=officials&limit=50', server.url));
      if (q.status !== 200) errors.push(`search ${q.status} ${await q.text()}`);
      polls++;
    }
    const code = await exited;
    expect(code, stderr).toBe(0);
    expect(errors).toEqual([]);
    expect(stderr).not.toMatch(/SQLITE_BUSY|database is locked/);
    // reads happened while the child was writing: counts were seen at more than one value
    expect(new Set(seen.map((c) => c.articles)).size).toBeGreaterThan(1);
    for (let i = 1; i < seen.length; i++) {
      expect(seen[i]!.articles).toBeGreaterThanOrEqual(seen[i - 1]!.articles);
    }
    const final = (await (await fetch(new URL('/api/stories', server.url))).json()) as { counts: unknown };
    expect(final.counts).toEqual(await store.counts());
    expect((final.counts as { articles: number }).articles).toBe(407);
    await server.close();
    await store.close();
  }, 180_000);
});
