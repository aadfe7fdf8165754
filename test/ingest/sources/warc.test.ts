/**
 * WARC and WARC.gz archives: HTML 200 responses become articles, everything else is counted and
 * skipped, a cut-off archive keeps the records before the cut, limits hold for bombs.
 */
import { deflateSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { streamInputs } from '../../../src/ingest/sources/index.js';
import { EARNINGS, FLOOD, TRANSFER, collect, gzip, httpResponse, pageHtml, tempDir, warcFile, type WarcRecordSpec } from './fixtures.js';

const tmp = tempDir();
afterAll(tmp.cleanup);

const crawl: WarcRecordSpec[] = [
  { type: 'warcinfo', block: 'software: hand-written test\r\n' },
  { type: 'request', uri: 'https://courier.example/flood', block: 'GET /flood HTTP/1.1\r\nHost: courier.example\r\n\r\n' },
  { type: 'response', uri: 'https://courier.example/flood', date: '2025-04-02T11:00:00Z', block: httpResponse(200, 'text/html; charset=utf-8', pageHtml(FLOOD)) },
  { type: 'response', uri: 'https://courier.example/logo.png', block: httpResponse(200, 'image/png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])) },
  { type: 'response', uri: 'https://courier.example/missing', block: httpResponse(404, 'text/html', pageHtml(EARNINGS)) },
  { type: 'metadata', uri: 'https://courier.example/flood', block: 'outlinks: https://courier.example/\r\n' },
  // A page that names its own date: the page wins over the capture date.
  { type: 'response', uri: 'https://sportsdesk.example/rovers', date: '2025-08-30T10:00:00Z', block: httpResponse(200, 'text/html', pageHtml(TRANSFER, `<meta property="article:published_time" content="${TRANSFER.published}">`)) },
  // HTTP Content-Encoding is undone.
  { type: 'response', uri: 'https://ledger.example/brightmoor', date: '2025-10-24T06:00:00Z', block: httpResponse(200, 'text/html', gzip(pageHtml(EARNINGS)), ['Content-Encoding: gzip']) },
];

describe('WARC', () => {
  it.each([
    ['crawl.warc', warcFile(crawl)],
    ['crawl.warc.gz', warcFile(crawl, true)],
  ])('%s: HTML 200 responses → articles; request, metadata, image and 404 skipped and counted', async (name, bytes) => {
    const r = await collect(streamInputs([tmp.write(name, bytes)], { cwd: tmp.dir }));
    expect(r.articles.map((a) => [a.id, a.source, a.url, a.title, a.published])).toEqual([
      ['crawl-3', `${name}#3`, 'https://courier.example/flood', FLOOD.title, '2025-04-02T11:00:00Z'],
      ['crawl-7', `${name}#7`, 'https://sportsdesk.example/rovers', TRANSFER.title, TRANSFER.published],
      ['crawl-8', `${name}#8`, 'https://ledger.example/brightmoor', EARNINGS.title, '2025-10-24T06:00:00Z'],
    ]);
    expect(r.articles[0]!.text).toBe(FLOOD.paragraphs.join('\n'));
    expect(r.articles[2]!.text).toBe(EARNINGS.paragraphs.join('\n'));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.skipped).toEqual({ inputs: 0, records: 5 });
  });

  it('an archive cut off mid-record: a truncated diagnostic, earlier records kept', async () => {
    const whole = warcFile(crawl);
    const cut = whole.subarray(0, whole.indexOf(TRANSFER.paragraphs[1]!.slice(0, 30)));
    const r = await collect(streamInputs([tmp.write('cut.warc', cut)], { cwd: tmp.dir }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title]);
    expect(r.diagnostics.find((d) => d.rule === 'truncated')).toMatchObject({ source: 'cut.warc', severity: 'error' });
  });

  it('a cut-off WARC.gz: a truncated diagnostic, earlier records kept', async () => {
    const whole = warcFile(crawl, true);
    const r = await collect(streamInputs([tmp.write('cut.warc.gz', whole.subarray(0, whole.length - 40))], { cwd: tmp.dir }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title, TRANSFER.title]);
    expect(r.diagnostics.map((d) => d.rule)).toContain('truncated');
  });

  it('a record body over maxBytes is a too-large diagnostic; the archive goes on', async () => {
    const big = `<html><body><article>${'<p>Filler paragraph about the weather and the tides in the bay.</p>'.repeat(2000)}</article></body></html>`;
    const recs: WarcRecordSpec[] = [{ type: 'response', uri: 'https://x.example/big', block: httpResponse(200, 'text/html', big) }, crawl[2]!];
    const r = await collect(streamInputs([tmp.write('big.warc', warcFile(recs))], { cwd: tmp.dir, maxBytes: 64 * 1024 }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title]);
    expect(r.diagnostics.find((d) => d.rule === 'too-large')).toMatchObject({ source: 'big.warc#1' });
  });

  it('a decompression bomb stops at maxStreamedBytes with a too-large diagnostic', async () => {
    const bomb = warcFile([crawl[2]!, { type: 'resource', uri: 'https://x.example/zeros', block: Buffer.alloc(8 * 1024 * 1024) }, crawl[6]!], true);
    expect(bomb.length).toBeLessThan(64 * 1024);
    const r = await collect(streamInputs([tmp.write('bomb.warc.gz', bomb)], { cwd: tmp.dir, maxStreamedBytes: 1024 * 1024 }));
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title]);
    expect(r.diagnostics.find((d) => d.rule === 'too-large')).toMatchObject({ source: 'bomb.warc.gz', severity: 'error' });
  });

  it('an HTTP Content-Encoding bomb inside a record is bounded by maxBytes', async () => {
    const zeros = deflateSync(Buffer.alloc(32 * 1024 * 1024, 0x20));
    const recs: WarcRecordSpec[] = [{ type: 'response', uri: 'https://x.example/z', block: httpResponse(200, 'text/html', zeros, ['Content-Encoding: deflate']) }, crawl[6]!];
    const r = await collect(streamInputs([tmp.write('encbomb.warc', warcFile(recs))], { cwd: tmp.dir, maxBytes: 1024 * 1024 }));
    expect(r.articles.map((a) => a.title)).toEqual([TRANSFER.title]);
    expect(r.diagnostics.find((d) => d.rule === 'too-large')).toMatchObject({ source: 'encbomb.warc#1' });
  });

  it('reads an archive far larger than maxBytes, record by record', async () => {
    const many = Array.from({ length: 120 }, (_, i) => ({ ...crawl[i % 2 ? 2 : 6]!, uri: `https://courier.example/p${i}` }));
    const file = warcFile(many);
    expect(file.length).toBeGreaterThan(4 * 16 * 1024);
    const r = await collect(streamInputs([tmp.write('many.warc', file)], { cwd: tmp.dir, maxBytes: 16 * 1024 }));
    expect(r.articles).toHaveLength(120);
    expect(new Set(r.articles.map((a) => a.id)).size).toBe(120);
  });

  it.each([
    ['junk.warc', Buffer.from('this is not an archive\nat all\n')],
    ['tail-junk.warc', Buffer.concat([warcFile([crawl[2]!]), Buffer.from('garbage after the last record\r\n\r\n')])],
  ])('%s: text that is not a WARC record is a bad-warc diagnostic, not silence', async (name, bytes) => {
    const r = await collect(streamInputs([tmp.write(name, bytes)], { cwd: tmp.dir }));
    expect(r.diagnostics.find((d) => d.rule === 'bad-warc'), name).toMatchObject({ source: name, severity: 'warning' });
  });
});
