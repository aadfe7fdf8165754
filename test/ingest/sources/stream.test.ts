/**
 * streamInputs over files, folders, .gz and stdin: the original formats give exactly what
 * ingestPaths gives, ids are unique across inputs, .gz is bounded, JSONL streams past maxBytes.
 */
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, describe, expect, it } from 'vitest';
import { isUsageError } from '../../../src/errors.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import { streamInputs } from '../../../src/ingest/sources/index.js';
import { FIXTURES, REPO } from '../helpers.js';
import { EARNINGS, FLOOD, TRANSFER, collect, gzip, pageHtml, rss, rssItem, tempDir } from './fixtures.js';

const tmp = tempDir();
afterAll(tmp.cleanup);
const record = (s: typeof FLOOD, extra: Record<string, string> = {}) => JSON.stringify({ title: s.title, published: s.published, author: s.author, text: s.paragraphs.join('\n\n'), ...extra });

describe('original formats', () => {
  it('the fixture folder gives the same articles, diagnostics and counts as ingestPaths', async () => {
    const paths = ['folder', 'records.json', 'sign-off.txt'].map((n) => join(FIXTURES, n));
    const batch = await ingestPaths(paths, { cwd: REPO });
    const stream = await collect(streamInputs(paths, { cwd: REPO }));
    expect(batch.articles.length).toBeGreaterThan(2);
    expect(stream).toEqual({ articles: batch.articles, diagnostics: batch.diagnostics, skipped: batch.skipped });
  });

  it('a missing path is misuse: UsageError before anything is yielded', async () => {
    const err = await collect(streamInputs([join(tmp.dir, 'nope.rss')])).catch((e: unknown) => e);
    expect(isUsageError(err)).toBe(true);
    expect((err as Error).message).toContain('nope.rss');
  });

  it('an unknown extension names the formats the stream reads', async () => {
    const r = await collect(streamInputs([tmp.write('notes.docx', 'x')], { cwd: tmp.dir }));
    expect(r.diagnostics[0]).toMatchObject({ rule: 'unknown-format', source: 'notes.docx' });
    expect(r.diagnostics[0]!.message).toContain('.warc.gz');
    expect(r.skipped).toEqual({ inputs: 1, records: 0 });
  });
});

describe('ids are unique across the whole run', () => {
  it('two feeds, a JSONL file and stdin with clashing ids', async () => {
    const a = tmp.write('ids/news.rss', rss('Valley Courier', [rssItem(FLOOD, 'https://c.example/1')]));
    const b = tmp.write('ids/news.xml', rss('Bay Ledger', [rssItem(TRANSFER, 'https://l.example/1')]));
    const c = tmp.write('ids/more.jsonl', `${record(EARNINGS, { id: 'news-1' })}\n`);
    const stdin = Readable.from([`${record(FLOOD, { id: 'news-1' })}\n`]);
    const r = await collect(streamInputs([a, b, c, '-'], { cwd: tmp.dir, stdin }));
    expect(r.articles.map((x) => [x.id, x.source])).toEqual([
      ['news-1', 'ids/news.rss#1'],
      ['news-1-2', 'ids/news.xml#1'],
      ['news-1-3', 'ids/more.jsonl:1'],
      ['news-1-4', '-:1'],
    ]);
    expect(r.diagnostics.filter((d) => d.rule === 'duplicate-id')).toHaveLength(3);
  });
});

describe('progress and determinism', () => {
  it('onProgress after each input with the expanded total; repeated runs are identical', async () => {
    const a = tmp.write('mix/a.rss', rss('Valley Courier', [rssItem(FLOOD, 'https://c.example/1'), rssItem(TRANSFER, 'https://c.example/2')]));
    tmp.write('mix/b.html.gz', gzip(pageHtml(EARNINGS)));
    tmp.write('mix/c.jsonl', `${record(TRANSFER)}\n`);
    const calls: [number, number, string][] = [];
    const first = await collect(streamInputs([join(tmp.dir, 'mix'), a], { cwd: tmp.dir, onProgress: (d, t, s) => calls.push([d, t, s]) }));
    expect(calls).toEqual([
      [1, 3, 'mix/a.rss'],
      [2, 3, 'mix/b.html.gz'],
      [3, 3, 'mix/c.jsonl'],
    ]);
    const second = await collect(streamInputs([join(tmp.dir, 'mix'), a], { cwd: tmp.dir }));
    expect(JSON.stringify(second)).toBe(JSON.stringify(first));
    expect(first.articles.map((x) => x.id)).toEqual(['a-1', 'a-2', 'b', 'c-1']);
  });
});

describe('JSONL', () => {
  it('a truncated last line is a diagnostic with its line; earlier lines load', async () => {
    const text = `${record(FLOOD)}\n${record(TRANSFER)}\n${record(EARNINGS).slice(0, 60)}`;
    const r = await collect(streamInputs([tmp.write('cut.jsonl', text)], { cwd: tmp.dir }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title, TRANSFER.title]);
    expect(r.diagnostics.find((d) => d.rule === 'bad-jsonl-line')).toMatchObject({ source: 'cut.jsonl', line: 3 });
    expect(r.skipped).toEqual({ inputs: 0, records: 1 });
  });

  it('a plain JSONL file larger than maxBytes is streamed, not refused', async () => {
    const lines = Array.from({ length: 60 }, (_, i) => record([FLOOD, TRANSFER, EARNINGS][i % 3]!, { id: `r${i}` }));
    const file = tmp.write('big.jsonl', lines.join('\n') + '\n');
    const r = await collect(streamInputs([file], { cwd: tmp.dir, maxBytes: 4096 }));
    expect(r.articles).toHaveLength(60);
    // ingestPaths keeps its whole-file limit
    const batch = await ingestPaths([file], { cwd: tmp.dir, maxBytes: 4096 });
    expect(batch.diagnostics.map((d) => d.rule)).toEqual(['too-large']);
  });

  it('one line longer than maxBytes stops the file with too-large (a reader would buffer it whole)', async () => {
    const file = tmp.write('longline.jsonl', `${record(FLOOD)}\n${JSON.stringify({ text: 'word '.repeat(5000) })}\n${record(TRANSFER)}\n`);
    const r = await collect(streamInputs([file], { cwd: tmp.dir, maxBytes: 8192 }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title]);
    expect(r.diagnostics.find((d) => d.rule === 'too-large')).toMatchObject({ source: 'longline.jsonl', severity: 'error' });
  });
});

describe('.gz files are read as the format inside, within maxBytes', () => {
  it.each([
    ['page.html.gz', gzip(pageHtml(FLOOD)), [FLOOD.title]],
    ['story.jsonl.gz', gzip(`${record(TRANSFER)}\n${record(EARNINGS)}\n`), [TRANSFER.title, EARNINGS.title]],
    ['feed.rss.gz', gzip(rss('Valley Courier', [rssItem(EARNINGS, 'https://c.example/e')])), [EARNINGS.title]],
    ['notes.md.gz', gzip(`# ${TRANSFER.title}\n\n${TRANSFER.paragraphs.join('\n\n')}\n`), [TRANSFER.title]],
  ] as const)('%s', async (name, bytes, titles) => {
    const r = await collect(streamInputs([tmp.write(name, bytes)], { cwd: tmp.dir }));
    expect(r.articles.map((a) => a.title), name).toEqual(titles);
    expect(r.diagnostics.filter((d) => d.severity !== 'info'), name).toEqual([]);
  });

  it.each([
    ['bomb.html.gz', gzip(Buffer.alloc(4 * 1024 * 1024, 0x20))],
    ['bomb.jsonl.gz', gzip(`${record(FLOOD)}\n${'\n'.repeat(4 * 1024 * 1024)}`)],
    ['bomb.rss.gz', gzip(`<rss>${' '.repeat(4 * 1024 * 1024)}</rss>`)],
  ])('%s decompressing past maxBytes → too-large', async (name, bytes) => {
    const r = await collect(streamInputs([tmp.write(name, bytes)], { cwd: tmp.dir, maxBytes: 256 * 1024 }));
    expect(r.diagnostics.find((d) => d.rule === 'too-large'), name).toMatchObject({ source: name, severity: 'error' });
  });

  it('a cut-off .gz is a diagnostic, not an exception', async () => {
    const whole = gzip(`${record(FLOOD)}\n${record(TRANSFER)}\n`);
    const r = await collect(streamInputs([tmp.write('cut.jsonl.gz', whole.subarray(0, whole.length - 12))], { cwd: tmp.dir }));
    expect(r.diagnostics.map((d) => d.rule)).toContain('truncated');
  });
});
