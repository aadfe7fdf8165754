/** HTML and Markdown conversion quirks, table-driven. */
import { describe, expect, it } from 'vitest';
import { stripSiteSuffix } from '../../src/ingest/html-metadata.js';
import { ingestHtml } from '../../src/ingest/html-ingester.js';
import { markdownToText } from '../../src/ingest/markdown-to-text.js';

describe('HTML to paragraphs', () => {
  it.each([
    ['navigation is never text', '<html><body><nav><a href="/">Home</a></nav><div>Rovers won 2-1 on Saturday.</div></body></html>', ['Rovers won 2-1 on Saturday.'], false],
    ['a fragment without <body> falls back to its text', '<p>The river <b>peaked</b> at 4.2 metres.<br>Schools stay shut.</p>', ['The river peaked at 4.2 metres.', 'Schools stay shut.'], true],
    ['list items become "- " lines, scripts vanish', '<html><body><article><p>Corvane listed three reasons for the rise in revenue on Wednesday, in a statement to the exchange.</p><ul><li>Frozen meals</li><li>New factories</li></ul><script>var x = 1;</script></article></body></html>', ['Corvane listed three reasons for the rise in revenue on Wednesday, in a statement to the exchange.', '- Frozen meals', '- New factories'], false],
  ] as const)('%s', (name, html, lines, fallback) => {
    const d = ingestHtml(html);
    expect(d.lines, name).toEqual(lines);
    expect(d.fallback, `${name}: fallback`).toBe(fallback);
  });

  it('reads a JSON-LD author list and ignores a broken JSON-LD block', () => {
    const html = '<html><head><script type="application/ld+json">{broken</script><script type="application/ld+json">[{"@type":"NewsArticle","headline":"Count resumes in Dunmore","author":[{"name":"Hana Iles"},{"name":"Sam Lee"}],"datePublished":"2025-05-02"}]</script></head><body><p>Counting resumed on Friday after a recount was ordered in two wards of the Dunmore constituency.</p></body></html>';
    const d = ingestHtml(html);
    expect(d.meta).toMatchObject({ title: 'Count resumes in Dunmore', author: 'Hana Iles, Sam Lee', published: '2025-05-02' });
  });

  it.each([
    ['<time datetime> inside the article', '<html><body><article><time datetime="2025-03-06T08:00:00+00:00">6 March</time><p>The river peaked overnight at 4.2 metres, the highest level recorded at the Mill Lane gauge.</p></article></body></html>', '2025-03-06T08:00:00+00:00'],
    ['microdata datePublished', '<html><body><div itemscope><span itemprop="datePublished" content="2025-08-14">14 Aug</span><p>Rovers signed the winger on Thursday for a fee reported to be about 18 million pounds.</p></div></body></html>', '2025-08-14'],
    ['a <time> outside any article is ignored', '<html><body><aside><time datetime="2024-01-01">old</time></aside><p>The river peaked overnight at 4.2 metres, the highest level recorded at the Mill Lane gauge.</p></body></html>', undefined],
  ] as const)('date from %s', (_name, html, published) => {
    expect(ingestHtml(html).meta.published).toBe(published);
  });

  it.each([
    ['Floods hit Wexley | Valley Courier', 'Valley Courier', 'Floods hit Wexley'],
    ['Floods hit Wexley - Valley Courier', null, 'Floods hit Wexley'],
    ['Rovers: the inside story of a record deal', null, 'Rovers: the inside story of a record deal'],
    ['Floods hit Wexley - again', null, 'Floods hit Wexley - again'],
    ['Floods hit Wexley | Valley Courier', 'Other Site', 'Floods hit Wexley | Valley Courier'],
  ] as const)('stripSiteSuffix(%j)', (title, site, expected) => {
    expect(stripSiteSuffix(title, site)).toBe(expected);
  });
});

describe('Markdown to paragraphs', () => {
  it.each([
    ['ATX heading is the title when it opens the document', '# Rovers sign Ferreira\n\nThe winger signed on Thursday.', 'The winger signed on Thursday.', 'Rovers sign Ferreira'],
    ['Setext heading', 'Rovers sign Ferreira\n====================\n\nThe winger signed on Thursday.', 'The winger signed on Thursday.', 'Rovers sign Ferreira'],
    ['soft-wrapped paragraph lines join', 'The river rose\ntwo metres overnight.\n\nSchools closed.', 'The river rose two metres overnight.\nSchools closed.', null],
    ['links keep their words; reference links and definitions', 'Read the [council report](https://x.example/r "Report") and the [gauge data][g].\n\n[g]: https://x.example/g', 'Read the council report and the gauge data.', null],
    ['emphasis, code and strike markers go; snake_case stays', 'Shares **rose** _sharply_ after `Q4` results ~~fell~~ in file_name_here.', 'Shares rose sharply after Q4 results fell in file_name_here.', null],
    ['blockquote and numbered lists', '> "We held," said the mayor.\n\n1. Sandbags\n2) Pumps', '"We held," said the mayor.\n1. Sandbags\n2) Pumps', null],
    ['an inner H2 is a line of text, not the title', 'Intro line.\n\n## Background\n\nMore text.', 'Intro line.\nBackground\nMore text.', null],
    ['images and thematic breaks are dropped', 'Before.\n\n![Flood wall](https://img.example/w.jpg)\n\n---\n\nAfter.', 'Before.\nAfter.', null],
  ] as const)('%s', (name, md, text, h1) => {
    const r = markdownToText(md);
    expect(r.text, name).toBe(text);
    expect(r.h1, `${name}: h1`).toBe(h1);
  });
});
