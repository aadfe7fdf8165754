/**
 * The corpus commands misused, and `ingest` itself, spawned as a user runs them. Misuse exits 2
 * with one line on stderr (never a stack trace), before or after opening a store of either kind;
 * a PostgreSQL URL that cannot be opened says which and why in that one line.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { corpusStoreKinds, dropCorpusDatabases, newStoreDb } from '../server/corpus-fixture.js';
import { cli, ensureBuilt, HAVE_CLUSTERER, REPO } from './corpus-cli-run.js';

const KINDS = await corpusStoreKinds();
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-misuse-'));
beforeAll(ensureBuilt, 120_000);
afterAll(async () => {
  rmSync(tmp, { recursive: true, force: true });
  await dropCorpusDatabases(KINDS);
});

const expectMisuse = (args: readonly string[], message: RegExp) => {
  const r = cli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n')).toHaveLength(1);
  expect(r.stderr).not.toMatch(/\n\s+at /);
};

describe('corpus commands misused: exit 2 with one line', () => {
  it.each([
    [['stories', '--db', join(tmp, 'missing.db')], /no store at .*missing\.db/],
    [['story', 'abc', '--db', 'x.db'], /story needs one story id/],
    [['story', '1e3', '--db', 'x.db'], /story needs one story id/],
    [['story', '0x10', '--db', 'x.db'], /story needs one story id/],
    [['stories', '--db', 'x.db', '--format', 'xml'], /unknown --format "xml"/],
    [['stories', '--db', 'x.db', '--since', '2026-02-30'], /--since expects a date such as 2026-03-01, got "2026-02-30"/],
    [['stories', '--db', 'x.db', '--since', '2026-03-01x'], /--since expects a date/],
    [['search', '--db', 'x.db'], /search needs a query/],
    [['export', '--db', 'x.db', '--format', 'parquet'], /unknown --format "parquet"/],
    [['ingest', '--db', 'x.db'], /ingest needs at least one/],
    [['worker', '--db', 'x.db'], /worker needs --db postgres:\/\/… \(the job queue lives in PostgreSQL\)/],
  ])('%j', (args, message) => expectMisuse(args, message));
});

describe('a reader that stops early (crosscheck … | head)', () => {
  it('ends quietly with exit 0, no EPIPE stack trace', async () => {
    const child = spawn(process.execPath, ['bin/crosscheck.js', '--help'], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy(); // closed before the CLI writes: its first write meets a closed pipe
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });
});

describe.runIf(KINDS.includes('postgres'))('a PostgreSQL store that cannot be opened', () => {
  // port 1 on loopback: nothing listens, so the connection is refused at once
  const refused = 'postgres://postgres@127.0.0.1:1/crosscheck';
  it.each([['stories'], ['story', '1'], ['serve', '--port', '0'], ['worker', '--once'], ['ingest', 'examples/harbour-bridge']])('%j with no server: which URL and why', (...args) =>
    expectMisuse([...args, '--db', refused], /^crosscheck: cannot open the store postgres:\/\/postgres@127\.0\.0\.1:1\/crosscheck: no PostgreSQL server answers at 127\.0\.0\.1:1 \(connection refused\)\n$/),
  );
  it('a database that does not exist: says to create it', async () => {
    const url = (await newStoreDb('postgres', tmp)).replace(/[^/]+$/, 'crosscheck_test_never_created');
    expectMisuse(['stories', '--db', url], /database "crosscheck_test_never_created" does not exist; create it first \(createdb crosscheck_test_never_created\)\n$/);
  });
  it('an empty database (no crosscheck tables): read commands say there is no store and create nothing; ingest and worker create it', async () => {
    const url = await newStoreDb('postgres', tmp);
    const name = url.slice(url.lastIndexOf('/') + 1);
    const tables = async () => {
      const c = new pg.Client(url);
      await c.connect();
      const r = await c.query<{ n: string }>("SELECT count(*) AS n FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')");
      await c.end();
      return Number(r.rows[0]!.n);
    };
    for (const args of [['stories'], ['story', '1'], ['search', 'bridge'], ['export'], ['serve', '--port', '0']]) {
      const line = new RegExp(`^crosscheck: no store in postgres://postgres@127\\.0\\.0\\.1:5432/${name} \\(the database has no crosscheck tables\\); create one with crosscheck ingest <inputs> --db postgres://postgres@127\\.0\\.0\\.1:5432/${name}\n$`);
      expectMisuse([...args, '--db', url], line);
      expect(await tables(), args.join(' ')).toBe(0);
    }
    if (!HAVE_CLUSTERER) return;
    const input = join(tmp, 'empty-then-ingest.jsonl');
    writeFileSync(input, toJsonl(generateRecords(4, 2)));
    expect(cli(['ingest', input, '--db', url]).code).toBe(0);
    const listed = cli(['stories', '--db', url]);
    expect(listed.code, listed.stderr).toBe(0);
    const lines = listed.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^id\s+dates/);
    expect(lines).toHaveLength(3); // the header and 2 stories
    const fresh = await newStoreDb('postgres', tmp);
    const worker = cli(['worker', '--once', '-q', '--db', fresh]);
    expect(worker.code, worker.stderr).toBe(0);
    expect(cli(['stories', '--db', fresh]).code).toBe(0);
  }, 60_000);
  it('a port where something listens but never answers: gives up after connect_timeout, not never', async () => {
    const silent = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    try {
      const port = (silent.address() as AddressInfo).port;
      const started = Date.now();
      const child = spawn(process.execPath, ['bin/crosscheck.js', 'stories', '--db', `postgres://postgres@127.0.0.1:${port}/x?connect_timeout=1`], { cwd: REPO, stdio: ['ignore', 'pipe', 'pipe'] });
      let stderr = '';
      child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect([code, stderr]).toEqual([2, `crosscheck: cannot open the store postgres://postgres@127.0.0.1:${port}/x?connect_timeout=1: no answer within 1 s (add ?connect_timeout=<seconds> to the URL to wait longer)\n`]);
      expect(Date.now() - started).toBeLessThan(10_000);
    } finally {
      silent.close();
    }
  });
  it.runIf(HAVE_CLUSTERER)('a password in the URL is never printed: summaries, hints and errors show user:***@', async () => {
    const url = (await newStoreDb('postgres', tmp)).replace('//postgres@', '//postgres:s3cret@'); // trust auth: any password works
    const input = join(tmp, 'pw.jsonl');
    writeFileSync(input, toJsonl(generateRecords(4, 2)));
    const unreachable = 'postgres://postgres:s3cret@127.0.0.1:1/crosscheck';
    for (const args of [['ingest', input, '--db', url], ['stories', '--db', url], ['story', '99', '--db', url], ['stories', '--db', unreachable]]) {
      const r = cli(args);
      expect(r.stdout + r.stderr).not.toContain('s3cret');
      expect(r.stderr, args.join(' ')).toContain('postgres:***@127.0.0.1');
    }
  });
});

describe.runIf(!HAVE_CLUSTERER)('crosscheck ingest without a clusterer in the build', () => {
  it('says so in one line and exits 2', () => {
    const r = cli(['ingest', 'examples/harbour-bridge', '--db', join(tmp, 'none.db')]);
    expect([r.code, r.stderr]).toEqual([2, 'crosscheck: this build has no story clustering (src/cluster/index.ts)\n']);
  });
});

describe.runIf(HAVE_CLUSTERER).each(KINDS)('crosscheck ingest (built CLI) on %s', (kind) => {
  it('ingests a folder and a JSONL file; a second run adds nothing', async () => {
    const input = join(tmp, 'cli-in.jsonl');
    writeFileSync(input, toJsonl(generateRecords(10, 2)));
    const db = await newStoreDb(kind, tmp, 'cli.db');
    const first = cli(['ingest', input, 'examples/harbour-bridge', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    const added = Number(/(\d+) added/.exec(first.stderr)?.[1]);
    expect(added).toBeGreaterThan(10);
    const stories = Number(/ in (\d+) stor/.exec(first.stderr)?.[1]);
    // SQLite analyses changed stories inline; PostgreSQL leaves them to the workers and says how to run them
    if (kind === 'sqlite') expect(first.stderr).toContain(`${stories} analysed`);
    else expect(first.stderr).toContain(`${stories} stor${stories === 1 ? 'y' : 'ies'} to analyse: run \`crosscheck worker --db ${db}\``);
    const again = cli(['ingest', input, 'examples/harbour-bridge', '--db', db, ...(kind === 'postgres' ? ['--analyse'] : [])]);
    expect(again.stderr).toMatch(/ 0 added/);
    expect(again.stderr).toContain(`holds ${added} article(s)`);
    expect(again.stderr).toContain(kind === 'postgres' ? `${stories} analysed` : ' 0 analysed');
    expect(again.stderr).not.toContain('to analyse');
  });
});
