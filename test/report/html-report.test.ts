import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { clientScript } from '../../src/report/client-bundle.js';
import { escapeHtml, jsonForScript } from '../../src/report/html-escape.js';
import { renderHtml } from '../../src/report/html-report.js';
import { buildReportModel } from '../../src/report/model/index.js';
import { PAYLOADS, emptyAnalysis, ferryAnalysis, hostileAnalysis } from './fixtures.js';

const DATA_RE = /<script type="application\/json" id="cc-data">([\s\S]*?)<\/script>/;

/** The page with the JSON data block cut out: everything a browser parses as markup. */
const markupOnly = (html: string) => html.replace(DATA_RE, '');

describe('escaping helpers', () => {
  it('escapeHtml escapes the five markup characters', () => expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;'));
  it('jsonForScript leaves no character that could end or confuse a script block', () => {
    const s = jsonForScript({ t: '</script><!--\u2028\u2029&' });
    expect(s).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(s)).toEqual({ t: '</script><!--\u2028\u2029&' });
  });
});

describe('HTML report', () => {
  const html = renderHtml(ferryAnalysis());
  it('is one self-contained document: inline style and script, no external URL loads', () => {
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).not.toMatch(/<link\b|<script[^>]*\bsrc=|<img\b|@import|url\(/i);
    expect(html.match(/<script\b/g)).toHaveLength(2);
    expect(html).toContain('@media print');
  });
  it('embeds the report model as JSON that parses back to the model', () => {
    const m = DATA_RE.exec(html);
    expect(m).not.toBeNull();
    expect(JSON.parse(m![1]!)).toEqual(JSON.parse(JSON.stringify(buildReportModel(ferryAnalysis()))));
  });
  it('CSP allows exactly our inline script and style by hash', () => {
    const csp = /<meta http-equiv="Content-Security-Policy" content="([^"]+)">/.exec(html)![1]!.replace(/&#39;/g, "'");
    const script = /<script>([\s\S]*?)<\/script>/.exec(html)![1]!;
    const style = /<style>([\s\S]*?)<\/style>/.exec(html)![1]!;
    const hash = (s: string) => `'sha256-${createHash('sha256').update(s).digest('base64')}'`;
    expect(csp).toContain(`script-src ${hash(script)};`);
    expect(csp).toContain(`style-src ${hash(style)};`);
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
  });
  it('is deterministic', () => expect(renderHtml(ferryAnalysis())).toBe(html));
  it('renders an empty analysis', () => {
    const e = renderHtml(emptyAnalysis());
    expect(e).toContain('<title>crosscheck report — crosscheck</title>');
    expect(JSON.parse(DATA_RE.exec(e)![1]!).articles).toEqual([]);
  });
});

describe('HTML report with hostile article text', () => {
  const html = renderHtml(hostileAnalysis());
  it('no payload reaches the markup outside the escaped data block', () => {
    const markup = markupOnly(html);
    for (const p of PAYLOADS) if (p.includes('<')) expect(markup, p).not.toContain(p);
    expect(markup.match(/<script\b/g)).toHaveLength(1);
    expect(markup).not.toMatch(/<(img|svg|b|iframe)\b/i);
    expect(markup).not.toMatch(/<[a-z][^>]*\son\w+\s*=/i);
  });
  it('the data block has no raw angle brackets, ampersands or line separators, and still carries the payloads', () => {
    const data = DATA_RE.exec(html)![1]!;
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    const model = JSON.parse(data) as { articles: { id: string; title: string }[] };
    expect(model.articles.find((a) => a.id === 'a1')!.title).toContain('<script>window.__pwned = "script"</script>');
  });
  it('the title is escaped in <title> and the fallback heading', () => {
    expect(html).toContain('<title>&lt;/script&gt;&lt;script&gt;window.__pwned = &quot;close-script&quot;&lt;/script&gt; story — crosscheck</title>');
  });
});

describe('client script', () => {
  const js = clientScript();
  it('parses as one script', () => expect(() => new Function(js)).not.toThrow());
  it('defines every client function it calls (nothing is left to a module import)', () => {
    const defined = new Set([...js.matchAll(/function (cc\w+|crosscheckMain)\s*\(/g)].map((m) => m[1]));
    const called = new Set([...js.matchAll(/\b(cc[A-Z]\w*)\(/g)].map((m) => m[1]));
    for (const name of called) expect(defined.has(name), `${name} is called but not shipped`).toBe(true);
    expect(js).not.toMatch(/\bimport_|__vi_|require\(/);
  });
  it('never assigns innerHTML or outerHTML and never uses document.write', () => {
    expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|eval\(/);
  });
});
