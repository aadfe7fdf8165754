/**
 * `serve --db` reads while `ingest` writes the same store, on each store kind (SQLite in WAL
 * mode, PostgreSQL): a child process ingests generated articles while this test polls the
 * stories list and search. No request may fail, counts only grow, and at the end the served
 * counts equal the store's. The child is the built CLI when this build has a clusterer, else
 * the same ingestion via tsx (SQLite only: that child opens a file).
 */
import { spawn } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { startCorpusServer } from '../../src/server/corpus/index.js';
import { openStore } from '../../src/store/open-store.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { buildCorpus, corpusStoreKinds, dropCorpusDatabases } from './corpus-fixture.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const CLI = existsSync(join(REPO, 'dist/src/cluster/index.js')) && existsSync(join(REPO, 'dist/src/cli/commands/ingest.js'));
const KINDS = (await corpusStoreKinds()).filter((k) => CLI || k === 'sqlite');
// PostgreSQL ingest is slower per article (a round trip per statement); fewer articles keep the test short
const NEW_ARTICLES = { sqlite: 400, postgres: 150 } as const;
const dirs: string[] = [];
afterAll(async () => {
  dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  await dropCorpusDatabases(KINDS);
});

describe.each(KINDS)(`serve --db while ingest writes, %s (${CLI ? 'built CLI' : 'tsx child: no clusterer in this build yet'})`, (kind) => {
  it('polls without errors; counts only grow and end equal to the store', async () => {
    const { dir, db, store: seedStore } = await buildCorpus(6, kind);
    dirs.push(dir);
    await seedStore.close();
    const input = join(dir, 'more.jsonl');
    // URLs and texts differ from the seed corpus (offset indexes), so every record is new
    writeFileSync(input, toJsonl(generateRecords(6 + NEW_ARTICLES[kind]).slice(6)));
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
    expect((final.counts as { articles: number }).articles).toBe(7 + NEW_ARTICLES[kind]);
    await server.close();
    await store.close();
  }, 180_000);
});
