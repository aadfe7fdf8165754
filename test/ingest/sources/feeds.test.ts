/**
 * RSS and Atom feed files: one article per item, item fields win, bad items are diagnostics, and
 * entity declarations are never expanded (billion laughs, external entities).
 */
import { afterAll, describe, expect, it } from 'vitest';
import { streamInputs } from '../../../src/ingest/sources/index.js';
import { EARNINGS, FLOOD, TRANSFER, atom, atomEntry, collect, rss, rssItem, tempDir } from './fixtures.js';

const tmp = tempDir();
afterAll(tmp.cleanup);
const read = (name: string, data: string) => collect(streamInputs([tmp.write(name, data)], { cwd: tmp.dir }));

describe('RSS 2.0', () => {
  it('each item is an article: title, link → url, pubDate, dc:creator, channel title → outlet', async () => {
    const r = await read('courier.rss', rss('Valley Courier', [rssItem(FLOOD, 'https://courier.example/flood'), rssItem(TRANSFER, 'https://courier.example/rovers', 'cdata')]));
    expect(r.articles.map((a) => [a.id, a.source, a.title, a.url, a.outlet, a.outletFrom, a.author, a.published])).toEqual([
      ['courier-1', 'courier.rss#1', FLOOD.title, 'https://courier.example/flood', 'Valley Courier', 'metadata', FLOOD.author, `${FLOOD.published}T08:30:00Z`],
      ['courier-2', 'courier.rss#2', TRANSFER.title, 'https://courier.example/rovers', 'Valley Courier', 'metadata', TRANSFER.author, `${TRANSFER.published}T08:30:00Z`],
    ]);
    // Escaped HTML in <description> and CDATA in content:encoded both become plain paragraphs.
    expect(r.articles[0]!.text).toBe(FLOOD.paragraphs.join('\n'));
    expect(r.articles[1]!.text).toBe(TRANSFER.paragraphs.join('\n'));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('an item without text is a diagnostic with the item line; the other items still load', async () => {
    const xml = rss('Valley Courier', [rssItem(FLOOD, 'https://courier.example/a'), rssItem(EARNINGS, 'https://courier.example/b', 'none'), rssItem(TRANSFER, 'https://courier.example/c')]);
    const r = await read('mixed.rss', xml);
    expect(r.articles.map((a) => a.title)).toEqual([FLOOD.title, TRANSFER.title]);
    const d = r.diagnostics.find((x) => x.rule === 'empty-feed-item');
    const expectedLine = xml.split('\n').findIndex((l, i, all) => l === '<item>' && all[i + 1]!.includes(EARNINGS.title.slice(0, 20))) + 1;
    expect(d).toMatchObject({ source: 'mixed.rss', line: expectedLine, severity: 'warning' });
    expect(d!.message).toContain('item 2');
    expect(r.skipped).toEqual({ inputs: 0, records: 1 });
  });
});

describe('RSS links', () => {
  it.each([
    ['a <link>', (x: string) => x, 'https://courier.example/own-link'],
    ['no <link>, a permalink <guid>', (x: string) => x.replace(/<link>[^<]*<\/link>/, '<guid>https://courier.example/by-guid</guid>'), 'https://courier.example/by-guid'],
    ['no <link>, a non-URL <guid>', (x: string) => x.replace(/<link>[^<]*<\/link>/, '<guid isPermaLink="false">tag-4471</guid>'), null],
  ])('%s', async (_name, edit, url) => {
    const r = await read('links.rss', rss('Valley Courier', [edit(rssItem(TRANSFER, 'https://courier.example/own-link'))]));
    expect(r.articles[0]!.url).toBe(url);
  });
});

describe('Atom', () => {
  it('html and xhtml content, rel=alternate link, published over updated, author name', async () => {
    const r = await read('ledger.atom', atom('Market Ledger', [atomEntry(EARNINGS, 'https://ledger.example/brightmoor', 'html'), atomEntry(FLOOD, 'https://ledger.example/tarrow', 'xhtml')]));
    expect(r.articles.map((a) => [a.title, a.url, a.published, a.author, a.outlet])).toEqual([
      [EARNINGS.title, 'https://ledger.example/brightmoor', `${EARNINGS.published}T07:00:00+01:00`, EARNINGS.author, 'Market Ledger'],
      [FLOOD.title, 'https://ledger.example/tarrow', `${FLOOD.published}T07:00:00+01:00`, FLOOD.author, 'Market Ledger'],
    ]);
    expect(r.articles[1]!.text).toBe(FLOOD.paragraphs.join('\n'));
  });
});

describe('.xml is sniffed by its root element', () => {
  it.each([
    ['feed.xml', rss('Valley Courier', [rssItem(TRANSFER, 'https://courier.example/t')]), 1, null],
    ['atom.xml', atom('Market Ledger', [atomEntry(EARNINGS, 'https://ledger.example/e', 'html')]), 1, null],
    ['sitemap.xml', '<?xml version="1.0"?><urlset><url><loc>https://x.example/</loc></url></urlset>', 0, 'not-a-feed'],
    ['cut-off.xml', '<?xml version="1.0"?><rss><channel><title>T</title><item><title>a</title><description>b</description></item><item><title>c</title><descr', 0, 'bad-xml'],
  ] as const)('%s', async (name, xml, articles, rule) => {
    const r = await read(name, xml);
    expect(r.articles, name).toHaveLength(articles);
    if (rule) {
      expect(r.diagnostics.map((d) => d.rule), name).toContain(rule);
      expect(r.skipped.inputs, name).toBe(1);
    }
  });
});

describe('entity declarations are never expanded', () => {
  const laughs = ['<!DOCTYPE rss [', '<!ENTITY lol "lol">', ...Array.from({ length: 9 }, (_, i) => `<!ENTITY lol${i + 1} "${`&lol${i === 0 ? '' : i};`.repeat(10)}">`), ']>\n'].join('\n');

  it('billion laughs: read without expansion, with a warning', async () => {
    const item = rssItem(FLOOD, 'https://courier.example/f').replace('<title>', '<title>&lol9; ');
    const r = await read('laughs.rss', rss('Valley Courier', [item], laughs));
    expect(r.diagnostics.map((d) => d.rule)).toContain('xml-entities-ignored');
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]!.text).toBe(FLOOD.paragraphs.join('\n'));
    expect((r.articles[0]!.title ?? '').length).toBeLessThan(200);
    expect(r.articles[0]!.title).not.toContain('lollol');
  });

  it('an external entity: the feed is refused with a diagnostic, nothing is resolved', async () => {
    const marker = tmp.write('secret.txt', 'TOP-SECRET-MARKER');
    const xxe = `<!DOCTYPE rss [<!ENTITY secret SYSTEM "file://${marker}">]>\n`;
    const item = rssItem(TRANSFER, 'https://courier.example/x').replace('<title>', '<title>&secret; ');
    const r = await read('xxe.rss', rss('Valley Courier', [item], xxe));
    expect(r.articles).toEqual([]);
    expect(r.diagnostics.find((d) => d.rule === 'bad-xml')?.message).toMatch(/external entit/i);
    expect(JSON.stringify(r)).not.toContain('TOP-SECRET-MARKER');
  });

  it('the five XML built-ins and numeric references are still decoded', async () => {
    const item = rssItem(EARNINGS, 'https://courier.example/e').replace(/<title>[^<]*<\/title>/, '<title>Profits &amp; margins rise &#8212; &quot;strong&quot; quarter</title>');
    const r = await read('builtins.rss', rss('Valley Courier', [item]));
    expect(r.articles[0]!.title).toBe('Profits & margins rise — "strong" quarter');
    expect(r.diagnostics.map((d) => d.rule)).not.toContain('xml-entities-ignored');
  });
});
