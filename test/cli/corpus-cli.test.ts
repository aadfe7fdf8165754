/**
 * The corpus read commands as a user runs them, on both stores: spawn `node bin/crosscheck.js`,
 * read stdout, stderr and the exit code. Each store kind gets a fresh store (a SQLite file, a new
 * PostgreSQL database) built in-process with the test clusterer and not analysed, as after
 * `ingest` on PostgreSQL before any worker ran; the last test checks both stores printed the same.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { StoreKind } from '../../src/store/types.js';
import { generateRecords } from '../corpus/generate-articles.js';
import { schemaErrors } from '../helpers/validate.js';
import { buildCorpus, corpusStoreKinds, dropCorpusDatabases } from '../server/corpus-fixture.js';
import { cli, ensureBuilt } from './corpus-cli-run.js';

const KINDS = await corpusStoreKinds();
const RECORDS = generateRecords(12, 3);
/** What each store printed for the same commands, compared at the end. */
const printed = new Map<StoreKind, Map<string, string>>();
const dirs: string[] = [];

beforeAll(ensureBuilt, 120_000);
afterAll(async () => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
  await dropCorpusDatabases(KINDS);
});

/** The snippet is cut from the text, and says so with "…" exactly where it was cut. */
function expectSnippetFrom(snippet: string, text: string): void {
  const plain = snippet.replace(/[«»]/g, '');
  const parts = plain.replace(/^…/, '').replace(/…$/, '').split(' … ');
  for (const p of parts) expect(text).toContain(p);
  expect(plain.startsWith('…'), snippet).toBe(!text.startsWith(parts[0]!));
  expect(plain.endsWith('…'), snippet).toBe(!text.endsWith(parts.at(-1)!));
}

describe.each(KINDS)('crosscheck stories / story / search / export on %s', (kind) => {
  let db = '';
  const out = new Map<string, string>();
  printed.set(kind, out);
  const run = (args: readonly string[], key = args.join(' ')) => {
    const r = cli([...args, '--db', db]);
    out.set(key, r.stdout);
    return r;
  };
  beforeAll(async () => {
    const c = await buildCorpus(12, kind, { hostile: false });
    dirs.push(c.dir);
    db = c.db;
    await c.store.close();
  }, 60_000);

  it('before any analysis: conflicts and updates "-" (null in JSON) and one line on stderr saying how to analyse', () => {
    const t = run(['stories']);
    expect(t.code, t.stderr).toBe(0);
    const rows = t.stdout.trimEnd().split('\n').slice(1);
    expect(rows).toHaveLength(3);
    for (const r of rows) expect(r).toMatch(/^\d+\s+\S+\s+4\s+-\s+-\s+Outlet/);
    expect(t.stderr.trim().split('\n')).toHaveLength(1);
    expect(t.stderr).toMatch(/^crosscheck: 3 of 3 stories not analysed yet/);
    expect(t.stderr).toContain(kind === 'postgres' ? `crosscheck worker --db ${db}` : 'crosscheck story <id>');
    const j = run(['stories', '--format', 'json']);
    expect((JSON.parse(j.stdout) as { conflicts: number | null; updates: number | null }[]).map((s) => [s.conflicts, s.updates])).toEqual([
      [null, null],
      [null, null],
      [null, null],
    ]);
  });

  it('story on a story not analysed yet: analysed now (saying so on stderr) and stored', () => {
    const md = run(['story', '1', '--format', 'md']);
    expect(md.code, md.stderr).toBe(0);
    expect(md.stderr).toMatch(/^crosscheck: story 1 has not been analysed since it last changed; analysing its 4 articles now/);
    expect(md.stderr.trim().split('\n')).toHaveLength(1);
    expect(md.stdout).toContain('## Why these articles');
    expect(md.stdout).toMatch(/: opened the story/);
    expect(md.stdout.match(/: joined \(score/g)).toHaveLength(3);
    const stories = JSON.parse(run(['stories', '--format', 'json']).stdout) as { id: number; conflicts: number | null }[];
    expect(stories.filter((s) => s.conflicts !== null).map((s) => s.id)).toEqual([1]);
    const again = run(['story', '1', '--format', 'why']);
    expect([again.code, again.stderr]).toEqual([0, '']);
  });

  it(`the rest analysed (${kind === 'postgres' ? 'crosscheck worker --once' : 'by export, saying so'}): conflicts shown, no note`, () => {
    if (kind === 'postgres') {
      const w = cli(['worker', '--once', '-q', '--db', db]);
      expect(w.code, w.stderr).toBe(0);
    } else {
      const e = cli(['export', '--db', db]);
      expect([e.code, e.stderr]).toEqual([0, 'crosscheck: analysing 2 stories with no current analysis first\n']);
    }
    const t = run(['stories']);
    expect([t.code, t.stderr]).toEqual([0, '']);
    expect(t.stdout.trimEnd().split('\n')[0]).toMatch(/^id\s+dates\s+articles\s+conflicts\s+updates\s+outlets\s+title$/);
    const stories = JSON.parse(run(['stories', '--format', 'json']).stdout) as { articleCount: number; outlets: string[]; lastPublished: string; conflicts: number | null }[];
    expect(stories.map((s) => s.articleCount)).toEqual([4, 4, 4]);
    expect(stories.map((s) => s.lastPublished)).toEqual([...stories.map((s) => s.lastPublished)].sort().reverse());
    expect(stories.every((s) => s.conflicts !== null && s.outlets.length === 4)).toBe(true);
    expect(JSON.parse(run(['stories', '--format', 'json', '--since', '2099-01-01']).stdout)).toEqual([]);
    const since = JSON.parse(run(['stories', '--format', 'json', '--since', '2026-03-05']).stdout) as { lastPublished: string }[];
    expect(since.map((s) => s.lastPublished)).toEqual(['2026-03-05', '2026-03-05']);
  });

  it('story: the analysis contract as JSON; html adds why each article joined', () => {
    const j = run(['story', '2']);
    expect([j.code, j.stderr]).toEqual([0, '']);
    const analysis = JSON.parse(j.stdout) as { articles: { id: string }[] };
    expect(schemaErrors(analysis)).toEqual([]);
    expect(analysis.articles).toHaveLength(4);
    expect(run(['story', '3', '--format', 'html']).stdout).toContain('<section id="why">');
    // --out's extension names the format when --format is not given
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-story-'));
    dirs.push(dir);
    expect(run(['story', '3', '--out', join(dir, 'story.md')], 'story --out .md').code).toBe(0);
    expect(readFileSync(join(dir, 'story.md'), 'utf8')).toContain('\n## Why these articles\n');
  });

  it('search: story ids, snippets with the matches in «…» and "…" where the text was cut; nothing for absent words', () => {
    const r = run(['search', 'polling stations', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const hits = JSON.parse(r.stdout) as { storyId: number; title: string; snippet: string }[];
    expect(hits).toHaveLength(4);
    expect(new Set(hits.map((h) => h.storyId)).size).toBe(1);
    for (const h of hits) {
      expect(h.snippet).toContain('«polling» «stations»');
      expectSnippetFrom(h.snippet, RECORDS[Number(h.title.split(' ').at(-1))]!.text);
    }
    const officials = JSON.parse(run(['search', 'officials', '--format', 'json', '--limit', '12']).stdout) as { title: string; snippet: string }[];
    expect(officials).toHaveLength(12);
    for (const h of officials) expectSnippetFrom(h.snippet, RECORDS[Number(h.title.split(' ').at(-1))]!.text);
    expect(run(['search', 'volcano']).stdout).toBe('no article matches "volcano"\n');
  });

  it('export: JSONL rows per story and CSV with a header', () => {
    const j = run(['export', '--format', 'jsonl']);
    expect([j.code, j.stderr]).toEqual([0, '']);
    const rows = j.stdout.trim().split('\n').map((l) => JSON.parse(l) as { story: number; kind: string });
    expect(new Set(rows.map((r) => r.story))).toEqual(new Set([1, 2, 3]));
    const file = join(mkdtempSync(join(tmpdir(), 'crosscheck-export-')), 'out.csv');
    dirs.push(join(file, '..'));
    expect(run(['export', '--format', 'csv', '--out', file], 'export --format csv --out').code).toBe(0);
    const csv = readFileSync(file, 'utf8');
    out.set('export csv file', csv);
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('story,kind,id,text,detail,articles');
    expect(lines).toHaveLength(rows.length + 1);
    // without --format, a .csv file gets CSV (it used to get JSONL)
    const inferred = join(file, '..', 'inferred.csv');
    expect(run(['export', '--out', inferred], 'export --out .csv').code).toBe(0);
    expect(readFileSync(inferred, 'utf8')).toBe(csv);
  });

  it.each([
    [['story', '99'], /^crosscheck: no story 99 in .* \(see crosscheck stories\)\n$/],
    [['story', '99999999999'], /^crosscheck: no story 99999999999 in /],
  ])('misuse %j: exit 2 with one line', (args, message) => {
    const r = run(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe.runIf(KINDS.length === 2)('SQLite and PostgreSQL print the same', () => {
  it('for every command above except search, whose ranking functions differ (same hits, same order of stories)', () => {
    // the stores were built from the same records in different temp folders; articles keep their source path
    const same = (t: string | undefined) => t?.replace(/crosscheck-serve-db-\w+/g, 'crosscheck-serve-db-X');
    const [sqlite, postgres] = [printed.get('sqlite')!, printed.get('postgres')!];
    expect([...postgres.keys()]).toEqual([...sqlite.keys()]);
    for (const [command, text] of sqlite) {
      if (command.startsWith('search')) continue;
      expect(same(postgres.get(command)), command).toBe(same(text));
    }
    for (const command of [...sqlite.keys()].filter((c) => c.startsWith('search') && c.includes('json'))) {
      const ids = (t: string) => (JSON.parse(t) as { articleId: string; storyId: number }[]).map((h) => `${h.storyId}/${h.articleId}`).sort();
      expect(ids(postgres.get(command)!), command).toEqual(ids(sqlite.get(command)!));
    }
  });
});
