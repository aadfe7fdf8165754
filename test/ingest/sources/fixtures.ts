/**
 * Test material written for these tests (invented places, people and outlets), on three topics,
 * and builders for the container formats: RSS, Atom, WARC (by hand, byte-exact), gzip.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Article, Diagnostic } from '../../../src/contract/analysis-schema.js';
import type { SourceItem } from '../../../src/ingest/sources/index.js';

export interface Story {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly published: string;
  readonly author: string;
}

export const FLOOD: Story = {
  title: 'River Tarrow bursts its banks in Elmsbury',
  published: '2025-04-02',
  author: 'Nadia Brennock',
  paragraphs: [
    'The River Tarrow burst its banks in Elmsbury early on Tuesday, flooding 140 homes along the lower town and closing the main bridge.',
    'Fire crews used boats to reach elderly residents on Mill Lane, and the council opened the sports hall as a rest centre for 60 people.',
    'The water level peaked at 4.1 metres shortly after dawn, according to the regional environment office, which said it would fall slowly over two days.',
  ],
};

export const TRANSFER: Story = {
  title: 'Castlegate Rovers sign striker Tomas Vell for record fee',
  published: '2025-07-18',
  author: 'Owen Marchetti',
  paragraphs: [
    'Castlegate Rovers have signed the striker Tomas Vell from Harwick Albion for a club record fee of 9 million pounds, the club said on Friday.',
    'Vell, 24, scored 19 league goals last season and has agreed a four-year contract with an option for a fifth year.',
    'The manager said the forward would join the squad for the pre-season tour and could make his debut in the opening match in August.',
  ],
};

export const EARNINGS: Story = {
  title: 'Brightmoor Foods lifts profit forecast after strong quarter',
  published: '2025-10-23',
  author: 'Lena Okonjo',
  paragraphs: [
    'Brightmoor Foods raised its full-year profit forecast on Thursday after quarterly sales rose 8 per cent, helped by its frozen meals range.',
    'The company now expects operating profit of 310 million euros, up from an earlier range of 280 to 295 million euros.',
    'Shares in the group rose 5 per cent in morning trading as analysts welcomed the stronger margins in its northern factories.',
  ],
};

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const storyHtml = (s: Story) => s.paragraphs.map((p) => `<p>${esc(p)}</p>`).join('\n');
export const pageHtml = (s: Story, extraHead = '') => `<!doctype html><html><head><title>${esc(s.title)}</title>${extraHead}</head><body><article><h1>${esc(s.title)}</h1>\n${storyHtml(s)}\n</article></body></html>`;

/** A temporary folder, removed by the returned cleanup. */
export function tempDir(): { dir: string; write: (name: string, data: string | Uint8Array) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'crosscheck-sources-'));
  return {
    dir,
    write: (name, data) => {
      const p = join(dir, name);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, data);
      return p;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

export const gzip = (data: string | Uint8Array) => gzipSync(typeof data === 'string' ? Buffer.from(data) : data);

// ---- WARC, written by hand so every byte (and every cut) is under the test's control ----

export interface WarcRecordSpec {
  readonly type: 'warcinfo' | 'request' | 'response' | 'metadata' | 'resource';
  readonly uri?: string;
  readonly date?: string;
  /** the block: for response/request, HTTP head + body */
  readonly block: Uint8Array | string;
}

/** One WARC record, byte-exact. */
export function warcRecord(r: WarcRecordSpec, n: number): Buffer {
  const block = typeof r.block === 'string' ? Buffer.from(r.block) : Buffer.from(r.block);
  const type = r.type === 'response' || r.type === 'request' ? `application/http; msgtype=${r.type}` : 'application/warc-fields';
  const head = [
    'WARC/1.0',
    `WARC-Type: ${r.type}`,
    `WARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-${String(n).padStart(12, '0')}>`,
    `WARC-Date: ${r.date ?? '2025-04-03T09:00:00Z'}`,
    ...(r.uri ? [`WARC-Target-URI: ${r.uri}`] : []),
    `Content-Type: ${type}`,
    `Content-Length: ${block.length}`,
  ].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), block, Buffer.from('\r\n\r\n')]);
}

/** An HTTP response block (status line, headers, blank line, body). */
export function httpResponse(status: number, contentType: string, body: Uint8Array | string, extraHeaders: readonly string[] = []): Buffer {
  const b = typeof body === 'string' ? Buffer.from(body) : Buffer.from(body);
  const head = [`HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Not Found'}`, `Content-Type: ${contentType}`, `Content-Length: ${b.length}`, ...extraHeaders].join('\r\n');
  return Buffer.concat([Buffer.from(`${head}\r\n\r\n`), b]);
}

/** A whole WARC file; `gz` compresses each record as its own gzip member, as crawlers do. */
export function warcFile(records: readonly WarcRecordSpec[], gz = false): Buffer {
  return Buffer.concat(records.map((r, i) => (gz ? gzipSync(warcRecord(r, i + 1)) : warcRecord(r, i + 1))));
}

// ---- feeds ----

export function rss(channelTitle: string, items: readonly string[], before = ''): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n${before}<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">\n<channel>\n<title>${channelTitle}</title>\n<link>https://courier.example/</link>\n${items.join('\n')}\n</channel>\n</rss>\n`;
}

/** An RSS item with its body as escaped HTML in <description> (the commonest form). */
export function rssItem(s: Story, link: string, how: 'description' | 'cdata' | 'none' = 'description'): string {
  const body = how === 'description' ? `<description>${esc(storyHtml(s))}</description>` : how === 'cdata' ? `<content:encoded><![CDATA[${storyHtml(s)}]]></content:encoded>` : '';
  return `<item>\n<title>${esc(s.title)}</title>\n<link>${link}</link>\n<pubDate>${new Date(s.published + 'T08:30:00Z').toUTCString()}</pubDate>\n<dc:creator>${s.author}</dc:creator>\n${body}\n</item>`;
}

export function atom(title: string, entries: readonly string[]): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title>${title}</title>\n<link href="https://ledger.example/"/>\n${entries.join('\n')}\n</feed>\n`;
}

export function atomEntry(s: Story, link: string, type: 'html' | 'xhtml'): string {
  const content = type === 'html' ? `<content type="html">${esc(storyHtml(s))}</content>` : `<content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${storyHtml(s)}</div></content>`;
  return `<entry>\n<title>${esc(s.title)}</title>\n<link rel="alternate" href="${link}"/>\n<link rel="self" href="${link}.atom"/>\n<published>${s.published}T07:00:00+01:00</published>\n<updated>2025-12-01T00:00:00Z</updated>\n<author><name>${s.author}</name></author>\n${content}\n</entry>`;
}

/** Drain a stream of items into arrays (tests only; real callers handle items one at a time). */
export async function collect(items: AsyncIterable<SourceItem>): Promise<{ articles: Article[]; diagnostics: Diagnostic[]; skipped: { inputs: number; records: number } }> {
  const out = { articles: [] as Article[], diagnostics: [] as Diagnostic[], skipped: { inputs: 0, records: 0 } };
  for await (const item of items) {
    if (item.kind === 'article') out.articles.push(item.article);
    else if (item.kind === 'diagnostic') out.diagnostics.push(item.diagnostic);
    else {
      out.skipped.inputs += item.inputs;
      out.skipped.records += item.records;
    }
  }
  return out;
}
