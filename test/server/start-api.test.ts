/**
 * The start page's API on a real server: links served by a loopback test server (allowed with
 * allowPrivateNetwork, refused without), files as request bodies, bounds on count and bytes,
 * removal, the downloads, and the same Host/Origin walls as the rest of `serve`.
 */
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestJsonl } from '../../src/index.js';
import { startServer, type ServerHandle } from '../../src/server/index.js';
import type { InputsReply, InputView } from '../../src/report/client-start/types.js';
import { BUDGET, FERRY_A, FERRY_B, html, pageHtml, startPages } from '../ingest/urls/pages.js';
import { call } from './http-call.js';

/** Two texts written for this test, on topics apart from the pages'. */
const WATER = 'Title: Water main bursts under Halden Road\nOutlet: Riverside Post\nDate: 2026-04-02\n\nA water main burst under Halden Road early on Thursday, flooding three shops and closing the road for most of the day. The water company said about 900 homes lost supply for up to six hours while engineers replaced a section of pipe laid in 1961.\n';
const ORCHARD = JSON.stringify([
  { id: 'orchard-1', title: 'Community orchard planted on old rail yard', outlet: 'Millbrook Echo', published: '2026-11-14', text: 'Volunteers planted 140 fruit trees on the former rail yard at Millbrook on Saturday. The parish council said the orchard would be open to everyone from next spring.' },
  { id: 'orchard-2', title: 'Orchard volunteers wanted', outlet: 'Millbrook Echo', text: 'The orchard group is looking for people to water the young trees through the winter, its organiser said.' },
]);

let pages: Awaited<ReturnType<typeof startPages>>;
const servers: ServerHandle[] = [];
beforeAll(async () => {
  pages = await startPages({ '/a.html': html(pageHtml(FERRY_A)), '/b.html': html(pageHtml(FERRY_B)), '/budget': html(pageHtml(BUDGET)), '/budget/amp': html(pageHtml(BUDGET)) });
});
afterAll(async () => {
  await Promise.all(servers.map((s) => s.close()));
  await pages.stop();
});

async function serve(allowPrivateNetwork = true): Promise<ServerHandle> {
  const s = await startServer({ paths: [], port: 0, watch: false, pageCache: null, allowPrivateNetwork, startLimits: { maxInputs: 5, maxFileBytes: 1200, maxTotalBytes: 1500 } });
  servers.push(s);
  return s;
}

const inputs = async (s: ServerHandle) => JSON.parse((await call(`${s.url}api/inputs`)).body) as InputsReply;

/** Poll until no input is loading and the analysis has caught up with the ready articles. */
async function settled(s: ServerHandle): Promise<InputsReply> {
  for (let i = 0; i < 200; i++) {
    const r = await inputs(s);
    const ready = r.inputs.reduce((n, x) => n + x.articles.length, 0);
    if (!r.inputs.some((x) => x.status === 'loading') && r.articles === ready) return r;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('inputs did not settle');
}

const post = (s: ServerHandle, path: string, body: string, headers: Record<string, string> = {}) => call(`${s.url}${path}`, { method: 'POST', body, headers });
const byLabel = (r: InputsReply, label: string): InputView => r.inputs.find((x) => x.label === label)!;

describe('start page API: links', () => {
  it('fetches pasted links, shows title, outlet, date and words for each, the reason for a failing one, and analyses the articles', async () => {
    const s = await serve();
    const reply = await post(s, 'api/inputs/links', `${pages.base}/a.html\n\n# the second outlet\n${pages.base}/b.html\n${pages.base}/gone.html\n`);
    expect(reply.status).toBe(202);
    expect((JSON.parse(reply.body) as { added: InputView[] }).added.map((x) => x.status)).toEqual(['loading', 'loading', 'loading']);
    const r = await settled(s);
    expect(byLabel(r, `${pages.base}/a.html`)).toMatchObject({ status: 'ready', articles: [{ title: FERRY_A.title, outlet: FERRY_A.outlet, published: FERRY_A.published }] });
    expect(byLabel(r, `${pages.base}/b.html`).articles[0]!.words).toBeGreaterThan(50);
    const gone = byLabel(r, `${pages.base}/gone.html`);
    expect(gone.status).toBe('failed');
    expect(gone.reason).toMatch(/404/);
    expect(r.articles).toBe(2);
    const analysis = JSON.parse((await call(`${s.url}api/analysis`)).body) as { articles: { title: string }[]; diagnostics: { source: string }[] };
    expect(analysis.articles.map((a) => a.title).sort()).toEqual([FERRY_A.title, FERRY_B.title].sort());
    // nothing silently dropped: the failed link is in the report's diagnostics
    expect(analysis.diagnostics.some((d) => d.source === `${pages.base}/gone.html`)).toBe(true);
  });
  it('a link already on the page is not added again; an AMP rendering of an article on the page is a duplicate, not a second article', async () => {
    const s = await serve();
    await post(s, 'api/inputs/links', `${pages.base}/budget`);
    await settled(s);
    const again = JSON.parse((await post(s, 'api/inputs/links', `${pages.base}/budget?utm_source=mail\n${pages.base}/budget/amp`)).body) as { added: InputView[]; repeated: string[] };
    expect(again.repeated).toEqual([`${pages.base}/budget?utm_source=mail`]);
    const r = await settled(s);
    expect(byLabel(r, `${pages.base}/budget/amp`)).toMatchObject({ status: 'duplicate', reason: `same article as ${pages.base}/budget` });
    expect(r.articles).toBe(1);
  });
  it('without allowPrivateNetwork a loopback link fails with the reason, and nothing is fetched', async () => {
    const s = await serve(false);
    const before = pages.hits.get('/a.html') ?? 0;
    await post(s, 'api/inputs/links', `${pages.base}/a.html`);
    const r = await settled(s);
    expect(r.inputs[0]).toMatchObject({ status: 'failed' });
    expect(r.inputs[0]!.reason).toMatch(/loopback|private|not allowed|blocked/i);
    expect(pages.hits.get('/a.html') ?? 0).toBe(before);
  });
  it.each([
    ['text that is not a link', 'the council met on Tuesday', 400, /expected one http\(s\) link per line/],
    ['an empty paste', '\n\n', 400, /no link given/],
    ['more links than the page holds', Array.from({ length: 6 }, (_, i) => `https://news.example/${i}`).join('\n'), 413, /at most 5 inputs/],
  ])('refuses %s', async (_name, body, status, error) => {
    const s = await serve();
    const r = await post(s, 'api/inputs/links', body);
    expect(r.status).toBe(status);
    expect((JSON.parse(r.body) as { error: string }).error).toMatch(error);
    expect((await inputs(s)).inputs).toEqual([]);
  });
});

describe('start page API: files, removal, bounds', () => {
  it('reads dropped files as analyze reads files (a JSON array gives two articles), removes one, re-analyses each time', async () => {
    const s = await serve();
    const water = await post(s, 'api/inputs/files?name=water-main.txt', WATER);
    expect(water.status).toBe(201);
    expect((JSON.parse(water.body) as { input: InputView }).input).toMatchObject({ status: 'ready', articles: [{ title: 'Water main bursts under Halden Road', outlet: 'Riverside Post', published: '2026-04-02' }] });
    expect((await post(s, `api/inputs/files?name=${encodeURIComponent('orchard news.json')}`, ORCHARD)).status).toBe(201);
    let r = await settled(s);
    expect(r.articles).toBe(3);
    expect(byLabel(r, 'orchard news.json').articles.map((a) => a.title)).toEqual(['Community orchard planted on old rail yard', 'Orchard volunteers wanted']);
    const del = await call(`${s.url}api/inputs/${byLabel(r, 'water-main.txt').id}`, { method: 'DELETE' });
    expect(del.status).toBe(200);
    r = await settled(s);
    expect(r.inputs.map((x) => x.label)).toEqual(['orchard news.json']);
    expect(r.articles).toBe(2);
    expect((await call(`${s.url}api/inputs/in99`, { method: 'DELETE' })).status).toBe(404);
  });
  it('a file with no article fails with the reason; a file of an unread type, too large, or past the total is refused with a sentence', async () => {
    const s = await serve();
    const empty = JSON.parse((await post(s, 'api/inputs/files?name=blank.md', '   \n\n ')).body) as { input: InputView };
    expect(empty.input).toMatchObject({ status: 'failed' });
    expect(empty.input.reason).toMatch(/empty-file/);
    const png = await post(s, 'api/inputs/files?name=photo.png', 'not really a picture');
    expect([png.status, JSON.parse(png.body)]).toEqual([415, { error: '"photo.png": unsupported file type ".png"; expected .txt .md .html .htm .json .jsonl' }]);
    const big = await post(s, 'api/inputs/files?name=long.txt', `Title: Long\n\n${'The ferry ran late again on Friday. '.repeat(60)}`);
    expect(big.status).toBe(413);
    expect(big.headers.connection).toBe('close');
    expect(JSON.parse(big.body)).toEqual({ error: 'file larger than the 1.2 KiB limit per file' });
    expect((await post(s, 'api/inputs/files?name=one.txt', `Title: One\n\n${'Rain is due on Monday. '.repeat(40)}`)).status).toBe(201);
    const total = await post(s, 'api/inputs/files?name=two.txt', `Title: Two\n\n${'Snow is due on Tuesday. '.repeat(40)}`);
    expect([total.status, JSON.parse(total.body)]).toEqual([413, { error: 'files on the page would pass 1.5 KiB in all; remove some first' }]);
    expect((await post(s, 'api/inputs/files', WATER)).status).toBe(400);
    expect((await settled(s)).inputs.map((x) => x.label)).toEqual(['blank.md', 'one.txt']);
  });
  it('wrong methods are 405, and a cross-site page cannot add, remove or read downloads', async () => {
    const s = await serve();
    expect((await call(`${s.url}api/inputs/links`)).status).toBe(405);
    expect((await call(`${s.url}api/inputs`, { method: 'POST', body: '' })).status).toBe(405);
    expect((await call(`${s.url}download/report.html`, { method: 'POST', body: '' })).status).toBe(405);
    for (const origin of ['http://evil.example', 'null']) {
      expect((await post(s, 'api/inputs/links', 'https://news.example/a', { origin })).status).toBe(403);
      expect((await post(s, 'api/inputs/files?name=a.txt', WATER, { origin })).status).toBe(403);
    }
    expect((await call(`${s.url}api/inputs`, { headers: { host: 'attacker.example' } })).status).toBe(421);
    expect((await inputs(s)).inputs).toEqual([]);
  });
});

describe('start page API: downloads and modes', () => {
  it('downloads the analysed articles as JSONL that analyze reads back, and the report as an HTML attachment', async () => {
    const s = await serve();
    await post(s, 'api/inputs/files?name=water.txt', WATER);
    await post(s, 'api/inputs/files?name=orchard.json', ORCHARD);
    await settled(s);
    const jsonl = await call(`${s.url}download/articles.jsonl`);
    expect(jsonl.headers['content-disposition']).toBe('attachment; filename="crosscheck-articles.jsonl"');
    const back = await ingestJsonl(Readable.from([jsonl.body]), 'back.jsonl');
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const analysis = JSON.parse((await call(`${s.url}api/analysis`)).body) as { articles: { id: string; title: string; text: string; outlet: string }[] };
    expect(back.articles.map((a) => [a.id, a.title, a.outlet, a.text])).toEqual(analysis.articles.map((a) => [a.id, a.title, a.outlet, a.text]));
    const report = await call(`${s.url}download/report.html`);
    expect(report.headers['content-type']).toBe('text/html; charset=utf-8');
    expect(report.headers['content-disposition']).toBe('attachment; filename="crosscheck-report.html"');
    expect(report.body).toContain('Water main bursts under Halden Road');
  });
  it('serve with paths keeps the report page and has no start routes; the start page refuses a non-loopback host', async () => {
    const s = await startServer({ paths: [], port: 0, watch: false, load: async () => (await import('../report/fixtures.js')).ferryAnalysis() });
    servers.push(s);
    expect((await call(`${s.url}api/inputs`)).status).toBe(404);
    expect((await call(s.url)).body).toContain('/app.js');
    const start = await serve();
    const page = await call(start.url);
    expect(page.body).toContain('<script src="/start.js" defer></script>');
    expect(page.body).not.toMatch(/<script>|\son[a-z]+=/);
    await expect(startServer({ paths: [], port: 0, host: '0.0.0.0', watch: false })).rejects.toThrow(/loopback only/);
  });
});
