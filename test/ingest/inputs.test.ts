/**
 * Batch behaviour: folder walking, skipping, ids, JSON/JSONL records, stdin, limits, progress,
 * misuse. Content problems are diagnostics with a source (and line); only misuse throws.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/contract/analysis-schema.js';
import { isUsageError } from '../../src/errors.js';
import { ingestJsonl, ingestPaths } from '../../src/ingest/index.js';
import { FIXTURES, REPO, ingestFixture } from './helpers.js';

const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-ingest-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const rule = (r: { diagnostics: readonly Diagnostic[] }, name: string) => r.diagnostics.filter((d) => d.rule === name);

describe('folders', () => {
  it('recurse in sorted order and skip README and dotfiles with an info diagnostic', async () => {
    const r = await ingestFixture('folder');
    expect(r.articles.map((a) => a.source)).toEqual(['test/fixtures/ingest/folder/b-flood.txt', 'test/fixtures/ingest/folder/sub/a-transfer.md']);
    expect(rule(r, 'skipped-by-name').map((d) => d.source).sort()).toEqual(['test/fixtures/ingest/folder/.hidden.txt', 'test/fixtures/ingest/folder/README.md']);
    expect(r.diagnostics.every((d) => d.severity === 'info')).toBe(true);
    expect(r.skipped).toEqual({ inputs: 0, records: 0 });
  });

  it('read README and dotfiles when named explicitly', async () => {
    const r = await ingestPaths([join(FIXTURES, 'folder/README.md'), join(FIXTURES, 'folder/.hidden.txt')], { cwd: REPO });
    expect(r.articles.map((a) => a.id)).toEqual(['README', '.hidden']);
  });

  it('give byte-identical results on repeated runs', async () => {
    const a = JSON.stringify(await ingestFixture(''));
    const b = JSON.stringify(await ingestFixture(''));
    expect(a).toBe(b);
  });
});

describe('bad inputs become diagnostics, the rest is read', () => {
  it.each([
    ['binary.txt', 'binary-file', 'warning'],
    ['empty.txt', 'empty-file', 'warning'],
    ['whitespace.txt', 'empty-file', 'warning'],
    ['undecodable.txt', 'undecodable', 'warning'],
    ['notes.xyz', 'unknown-format', 'warning'],
  ] as const)('%s → %s', async (name, ruleId, severity) => {
    const r = await ingestPaths([join(FIXTURES, name), join(FIXTURES, 'sign-off.txt')], { cwd: REPO });
    expect(r.articles.map((a) => a.id), name).toEqual(['sign-off']);
    const d = rule(r, ruleId);
    expect(d, name).toHaveLength(1);
    expect(d[0]!.source).toBe(`test/fixtures/ingest/${name}`);
    expect(r.diagnostics.find((x) => x.rule === ruleId)?.severity).toBe(severity);
    expect(r.skipped).toEqual({ inputs: 1, records: 0 });
  });

  it('a missing path is misuse: UsageError naming the path', async () => {
    const err = await ingestPaths([join(tmp, 'no-such-file.txt')]).catch((e: unknown) => e);
    expect(isUsageError(err)).toBe(true);
    expect(String((err as Error).message)).toContain('no-such-file.txt');
  });

  it('a non-positive maxBytes is misuse', async () => {
    await expect(ingestPaths([FIXTURES + 'bom.txt'], { maxBytes: 0 })).rejects.toThrow(/maxBytes/);
  });
});

describe('JSON and JSONL records', () => {
  it('JSON array: record ids kept, others <basename>-<n>, records without text skipped', async () => {
    const r = await ingestFixture('records.json');
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([
      ['ledger-corvane', 'test/fixtures/ingest/records.json#1'],
      ['records-2', 'test/fixtures/ingest/records.json#2'],
    ]);
    expect(r.articles[0]).toMatchObject({ title: 'Corvane beats forecasts', outlet: 'Market Ledger', published: '2025-03-05', author: 'Tom Reyes', text: "Corvane Foods beat analysts' forecasts on Wednesday as quarterly revenue rose 12 per cent.\nThe frozen food maker also raised its dividend." });
    expect(r.articles[1]).toMatchObject({ outlet: 'Valley Courier', published: '2025-03-08T10:00:00Z' });
    expect(rule(r, 'bad-record').map((d) => d.message)).toEqual([expect.stringContaining('record 3')]);
    expect(r.skipped).toEqual({ inputs: 0, records: 1 });
  });

  it('JSONL: bad lines are diagnostics with line numbers, good lines load, duplicate ids get -2', async () => {
    const r = await ingestFixture('records.jsonl');
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([
      ['wire-1', 'test/fixtures/ingest/records.jsonl:1'],
      ['records-5', 'test/fixtures/ingest/records.jsonl:5'],
      ['wire-1-2', 'test/fixtures/ingest/records.jsonl:7'],
    ]);
    expect(rule(r, 'bad-jsonl-line').map((d) => d.line)).toEqual([2, 4, 6]);
    expect(rule(r, 'duplicate-id')).toEqual([expect.objectContaining({ severity: 'info', line: 7 })]);
    expect(r.articles[1]).toMatchObject({ outlet: 'Northern Football Post', outletFrom: 'metadata' });
    expect(r.skipped).toEqual({ inputs: 0, records: 3 });
  });

  it('file ids collide across inputs deterministically', async () => {
    writeFileSync(join(tmp, 'wire-1.txt'), 'Wexley council reopened the bridge on Mill Lane on Saturday afternoon.\n');
    const r = await ingestPaths([FIXTURES + 'records.jsonl', join(tmp, 'wire-1.txt')]);
    expect(r.articles.map((a) => a.id)).toEqual(['wire-1', 'records-5', 'wire-1-2', 'wire-1-3']);
  });

  it('stdin: ingestJsonl reads a stream line by line with -:line sources', async () => {
    const lines = ['{"text":"Rovers won 2-1 on Saturday.","outlet":"Northern Football Post"}', '{broken', '{"id":"x","text":"Corvane raised its dividend."}'];
    const r = await ingestJsonl(Readable.from(lines.map((l) => `${l}\n`)));
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([['stdin-1', '-:1'], ['x', '-:3']]);
    expect(rule(r, 'bad-jsonl-line')).toEqual([expect.objectContaining({ source: '-', line: 2 })]);
  });

  it('stdin through ingestPaths("-") shares the id space with files', async () => {
    const stdin = Readable.from(['{"id":"bom","text":"Wexley council met on Monday."}\n']);
    const r = await ingestPaths([FIXTURES + 'bom.txt', '-'], { stdin, cwd: REPO });
    expect(r.articles.map((a) => [a.id, a.source])).toEqual([['bom', 'test/fixtures/ingest/bom.txt'], ['bom-2', '-:1']]);
  });

  it('stdin over the byte limit stops with a too-large diagnostic', async () => {
    const line = JSON.stringify({ text: 'The river rose again overnight. '.repeat(20) });
    const r = await ingestJsonl(Readable.from([`${line}\n`, `${line}\n`, `${line}\n`]), '-', { maxBytes: 1500 });
    expect(r.articles).toHaveLength(2);
    expect(rule(r, 'too-large')).toEqual([expect.objectContaining({ severity: 'error', line: 3 })]);
  });
});

describe('limits and progress', () => {
  it('a file over maxBytes is refused by stat, naming the limit', async () => {
    const r = await ingestPaths([FIXTURES + 'flood-headline.txt'], { maxBytes: 100 });
    expect(r.articles).toEqual([]);
    expect(rule(r, 'too-large')[0]?.message).toMatch(/over the --max-bytes limit of 100 bytes/);
    expect(r.skipped.inputs).toBe(1);
  });

  it('a JSONL file over maxBytes is refused before streaming', async () => {
    const r = await ingestPaths([FIXTURES + 'records.jsonl'], { maxBytes: 200 });
    expect(r.articles).toEqual([]);
    expect(rule(r, 'too-large')).toHaveLength(1);
  });

  it('onProgress is called once per input with done/total/source', async () => {
    const calls: [number, number, string][] = [];
    await ingestPaths([FIXTURES + 'folder', FIXTURES + 'empty.txt'], { cwd: REPO, onProgress: (d, t, s) => calls.push([d, t, s]) });
    expect(calls).toEqual([
      [1, 3, 'test/fixtures/ingest/folder/b-flood.txt'],
      [2, 3, 'test/fixtures/ingest/folder/sub/a-transfer.md'],
      [3, 3, 'test/fixtures/ingest/empty.txt'],
    ]);
  });
});

describe('repeated inputs', () => {
  it('a file named twice, or named and inside a named folder, is read once', async () => {
    const r = await ingestPaths([FIXTURES + 'folder/b-flood.txt', FIXTURES + 'folder', FIXTURES + 'folder/b-flood.txt'], { cwd: REPO });
    expect(r.articles.map((a) => a.id)).toEqual(['b-flood', 'a-transfer']);
  });
});

describe('JSON record fields', () => {
  it('a URL in "source" is taken as the url, and the outlet comes from its domain', async () => {
    const r = await ingestJsonl(Readable.from(['{"source":"https://www.reuters.com/world/x","text":"The river peaked on Wednesday."}\n']));
    expect(r.articles[0]).toMatchObject({ url: 'https://www.reuters.com/world/x', outlet: 'Reuters', outletFrom: 'url' });
  });
});
