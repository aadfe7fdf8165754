/**
 * The corpus commands as a user runs them: spawn `node bin/crosscheck.js`, read stdout, stderr
 * and the exit code. The store is built in-process with the test clusterer, so the read commands
 * are tested whatever clusterer this build has; `ingest` itself is spawned when the build has one.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyseStaleStories } from '../../src/corpus/analyse-stories.js';
import { ingestCorpus } from '../../src/corpus/ingest-corpus.js';
import { corpusItems } from '../../src/corpus/input-items.js';
import { openStore } from '../../src/store/open-store.js';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { titleWordClusterer } from '../store/title-word-clusterer.js';
import { schemaErrors } from '../helpers/validate.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-corpus-cli-'));
const DB = join(tmp, 'corpus.db');
const HAVE_CLUSTERER = existsSync(join(REPO, 'dist/src/cluster/index.js'));

function cli(args: readonly string[]) {
  const r = spawnSync(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  if (!existsSync(join(REPO, 'dist/src/cli/commands/stories.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  }
  const input = join(tmp, 'in.jsonl');
  writeFileSync(input, toJsonl(generateRecords(12, 3)));
  const store = await openStore(DB);
  await ingestCorpus(store, corpusItems([input], {}), titleWordClusterer);
  await analyseStaleStories(store);
  await store.close();
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('crosscheck stories / story / search / export', () => {
  it('stories: a table newest first, and JSON with counts and outlets', () => {
    const t = cli(['stories', '--db', DB]);
    expect(t.code, t.stderr).toBe(0);
    const lines = t.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^id\s+dates\s+articles\s+conflicts\s+outlets\s+title$/);
    expect(lines).toHaveLength(4);
    const j = cli(['stories', '--db', DB, '--format', 'json']);
    const stories = JSON.parse(j.stdout) as { id: number; articleCount: number; outlets: string[]; lastPublished: string; conflicts: number | null }[];
    expect(stories.map((s) => s.articleCount)).toEqual([4, 4, 4]);
    expect(stories.map((s) => s.lastPublished)).toEqual([...stories.map((s) => s.lastPublished)].sort().reverse());
    expect(stories.every((s) => s.conflicts !== null && s.outlets.length > 0)).toBe(true);
    expect(JSON.parse(cli(['stories', '--db', DB, '--format', 'json', '--since', '2099-01-01']).stdout)).toEqual([]);
  });

  it('story: the analysis contract as JSON; md adds why each article joined', () => {
    const j = cli(['story', '1', '--db', DB]);
    expect(j.code, j.stderr).toBe(0);
    const analysis = JSON.parse(j.stdout) as { articles: { id: string }[] };
    expect(schemaErrors(analysis)).toEqual([]);
    expect(analysis.articles).toHaveLength(4);
    const md = cli(['story', '1', '--db', DB, '--format', 'md']);
    expect(md.stdout).toContain('## Why these articles');
    expect(md.stdout).toMatch(/: opened the story/);
    expect(md.stdout.match(/: joined \(score/g)).toHaveLength(3);
    const html = cli(['story', '1', '--db', DB, '--format', 'html']);
    expect(html.stdout).toContain('<section id="why">');
  });

  it('search: story ids with highlighted snippets; nothing for absent words', () => {
    const r = cli(['search', 'polling stations', '--db', DB, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as { storyId: number; snippet: string }[];
    expect(hits).toHaveLength(4);
    expect(new Set(hits.map((h) => h.storyId)).size).toBe(1);
    expect(hits.every((h) => h.snippet.includes('«polling»'))).toBe(true);
    expect(cli(['search', 'volcano', '--db', DB]).stdout).toBe('no article matches "volcano"\n');
  });

  it('export: JSONL rows per story and CSV with a header', () => {
    const j = cli(['export', '--db', DB, '--format', 'jsonl']);
    expect(j.code, j.stderr).toBe(0);
    const rows = j.stdout.trim().split('\n').map((l) => JSON.parse(l) as { story: number; kind: string });
    expect(new Set(rows.map((r) => r.story))).toEqual(new Set([1, 2, 3]));
    const out = join(tmp, 'out.csv');
    expect(cli(['export', '--db', DB, '--format', 'csv', '--out', out]).code).toBe(0);
    const csv = readFileSync(out, 'utf8').split('\r\n').filter(Boolean);
    expect(csv[0]).toBe('story,kind,id,text,detail,articles');
    expect(csv).toHaveLength(rows.length + 1);
  });

  it.each([
    [['stories', '--db', join(tmp, 'missing.db')], /no store at .*missing\.db/],
    [['story', 'abc', '--db', 'x.db'], /story needs one story id/],
    [['story', '99', '--db', DB], /no story 99/],
    [['stories', '--db', DB, '--format', 'xml'], /unknown --format "xml"/],
    [['search', '--db', DB], /search needs a query/],
    [['export', '--db', DB, '--format', 'parquet'], /unknown --format "parquet"/],
    [['ingest', '--db', DB], /ingest needs at least one/],
  ])('misuse %j: exit 2 with one line', (args, message) => {
    const r = cli(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe.runIf(!HAVE_CLUSTERER)('crosscheck ingest without a clusterer in the build', () => {
  it('says so in one line and exits 2', () => {
    const r = cli(['ingest', 'examples/harbour-bridge', '--db', join(tmp, 'none.db')]);
    expect([r.code, r.stderr]).toEqual([2, 'crosscheck: this build has no story clustering (src/cluster/index.ts)\n']);
  });
});

describe.runIf(HAVE_CLUSTERER)('crosscheck ingest (built CLI)', () => {
  it('ingests a folder and a JSONL file; a second run adds nothing', () => {
    const input = join(tmp, 'cli-in.jsonl');
    writeFileSync(input, toJsonl(generateRecords(10, 2)));
    const db = join(tmp, 'cli.db');
    const first = cli(['ingest', input, 'examples/harbour-bridge', '--db', db]);
    expect(first.code, first.stderr).toBe(0);
    const added = Number(/(\d+) added/.exec(first.stderr)?.[1]);
    expect(added).toBeGreaterThan(10);
    const again = cli(['ingest', input, 'examples/harbour-bridge', '--db', db]);
    expect(again.stderr).toMatch(/ 0 added/);
    expect(again.stderr).toContain(`holds ${added} article(s)`);
  });
});
