/**
 * The hand-made expectations must describe their own articles: every quoted text, number, date
 * expression and name they mention is in the article it is expected in, and every article key
 * names a real file. A typo in an expected.json would otherwise silently lower the scores.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { ArticleExpectation, StoryExpectation } from '../../scripts/lib/score.js';

const ROOT = new URL('../../', import.meta.url);
const GOLDEN = new URL('test/fixtures/golden/', ROOT);
const STORIES = new URL('test/fixtures/stories/', ROOT);
const dirs = (u: URL) => readdirSync(u, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const flat = (s: string) => s.replace(/[\u201c\u201d]/g, '"').replace(/[\u2018\u2019]/g, "'").replace(/\s+/g, ' ');

/** Body text of an article file in any of the fixture formats (markup left in: we only search it). */
function articleText(path: URL): string {
  const raw = readFileSync(path, 'utf8');
  if (path.pathname.endsWith('.jsonl')) return flat(String((JSON.parse(raw.split('\n')[0] ?? '{}') as { text?: string }).text));
  if (path.pathname.endsWith('.json')) return flat(String((JSON.parse(raw) as { text?: string }).text));
  return flat(raw.replace(/&amp;/g, '&').replace(/&#39;|&rsquo;/g, "'"));
}

describe.each(dirs(GOLDEN))('golden case %s', (slug) => {
  const text = articleText(new URL(`${slug}/article.txt`, GOLDEN));
  const e = JSON.parse(readFileSync(new URL(`${slug}/expected.json`, GOLDEN), 'utf8')) as ArticleExpectation;
  it('has a Published line matching expected.published', () => {
    expect(text).toContain(`Published: ${e.published}`);
  });
  it('quotes, dates, quantities and names occur in the article', () => {
    const missing = [
      ...(e.quotes ?? []).map((q) => q.text),
      ...(e.dates ?? []).map((d) => d.text ?? ''),
      ...(e.quantities ?? []).map((q) => q.text ?? ''),
      ...(e.entities ?? []).flatMap((x) => [x.name, ...(x.aliases ?? [])]),
      ...(e.ages ?? []).map((a) => a.person),
    ].filter((s) => !text.includes(s));
    expect(missing).toEqual([]);
  });
  it('dates are ISO at year, month or day precision', () => {
    for (const d of e.dates ?? []) expect(d.date, d.text).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
  });
});

describe.each(dirs(STORIES))('story %s', (slug) => {
  const e = JSON.parse(readFileSync(new URL(`${slug}/expected.json`, STORIES), 'utf8')) as StoryExpectation & { articlesDir?: string };
  const dir = e.articlesDir ? new URL(`${e.articlesDir}/`, ROOT) : new URL(`${slug}/`, STORIES);
  const files = readdirSync(dir).filter((f) => f !== 'expected.json');
  const texts = new Map(files.map((f) => [f.replace(/\.[a-z]+$/, ''), articleText(new URL(f, dir))]));
  const keys = [
    ...(e.claims ?? []).flatMap((c) => c.articles),
    ...(e.quotes ?? []).flatMap((q) => q.articles),
    ...(e.syndicated ?? []).flat(),
    ...(e.entities ?? []).flatMap((x) => x.articles),
  ];
  it('every article key names a file of the story', () => {
    expect([...new Set(keys)].filter((k) => !texts.has(k))).toEqual([]);
  });
  it('every quote is in each article said to carry it', () => {
    const missing = (e.quotes ?? []).flatMap((q) => q.articles.filter((k) => !texts.get(k)?.includes(q.text ?? '')).map((k) => `${k}: ${q.text}`));
    expect(missing).toEqual([]);
  });
  it('every entity is named in each article listed for it', () => {
    const missing = (e.entities ?? []).flatMap((x) => x.articles.filter((k) => ![x.name, ...(x.aliases ?? [])].some((n) => texts.get(k)?.includes(n))).map((k) => `${k}: ${x.name}`));
    expect(missing).toEqual([]);
  });
  it('plants at least one conflict, one update, one agreement and one syndicated pair', () => {
    const statuses = new Set((e.claims ?? []).map((c) => c.status));
    expect([...statuses].sort()).toEqual(['agreed', 'conflict', 'updated']);
    expect((e.syndicated ?? []).length).toBeGreaterThan(0);
  });
});

describe('the bundled example story', () => {
  it('holds one article per input format the README promises', () => {
    const exts = readdirSync(new URL('examples/harbour-bridge/', ROOT)).map((f) => f.replace(/^[^.]*\./, '')).sort();
    expect(exts).toEqual(['html', 'json', 'jsonl', 'md', 'txt']);
  });
});
