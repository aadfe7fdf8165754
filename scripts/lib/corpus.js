// Loading the evaluation corpora and running the library over them (eval, bench, add-golden).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = fileURLToPath(new URL('../../', import.meta.url));
export const GOLDEN_DIR = join(REPO, 'test/fixtures/golden');
export const STORIES_DIR = join(REPO, 'test/fixtures/stories');
export const SEEDS_DIR = join(REPO, '../shared/seeds');
export const SEEDS_EXPECTED = join(REPO, 'test/fixtures/seeds-expected.json');
export const EXAMPLES_DIR = join(REPO, 'examples');

const ARTICLE_EXT = /\.(txt|md|html?|json|jsonl)$/i;

/** The built library (run `npm run build` first). */
export async function loadLibrary() {
  const entry = join(REPO, 'dist/src/index.js');
  if (!existsSync(entry)) throw new Error(`${entry} not found: run "npm run build" first`);
  return import(entry);
}

const HEADER_KEYS = { title: 'title', outlet: 'outlet', source: 'outlet', published: 'published', date: 'published', url: 'url', author: 'author', by: 'author' };

/**
 * The leading `Key: value` block of a fixture text file (Title, Outlet, Published, URL, Author),
 * ended by a blank line. Returns null when the file does not start with one.
 */
export function parseHeader(text) {
  const lines = text.split('\n');
  const fields = {};
  let i = 0;
  for (; i < lines.length; i++) {
    const m = /^([A-Za-z]+):\s*(.*)$/.exec(lines[i] ?? '');
    if (!m) break;
    const key = HEADER_KEYS[(m[1] ?? '').toLowerCase()];
    if (!key) break;
    fields[key] = (m[2] ?? '').trim();
  }
  if (i === 0 || (lines[i] ?? '').trim() !== '') return null;
  return { fields, body: lines.slice(i + 1).join('\n').trim() };
}

/**
 * Fill metadata the ingester did not read from a fixture's header block, and drop the header from
 * the text if it was left there. Lets eval measure extraction while ingestion is still in progress;
 * the number of articles patched is reported so nobody mistakes it for the ingester's work.
 */
export function patchFromHeader(article, file) {
  if (!/\.txt$/i.test(file)) return { article, patched: false };
  const h = parseHeader(readFileSync(file, 'utf8').replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n'));
  if (!h) return { article, patched: false };
  let patched = false;
  const out = { ...article };
  for (const k of ['title', 'outlet', 'published', 'url', 'author']) {
    if ((out[k] === null || out[k] === undefined) && h.fields[k]) {
      out[k] = h.fields[k];
      if (k === 'outlet') out.outletFrom = 'metadata';
      patched = true;
    }
  }
  if (/^(Title|Outlet|Published|URL|Author|Date):/m.test(out.text.slice(0, 400)) && out.text.includes(h.body.slice(0, 80))) {
    out.text = h.body;
    out.wordCount = h.body.split(/\s+/).filter(Boolean).length;
    patched = true;
  }
  return { article: out, patched };
}

/** Ingest files with the library, then patch fixture metadata (see patchFromHeader). */
export async function ingestFixture(lib, files) {
  const res = await lib.ingestPaths(files, { cwd: REPO });
  let patched = 0;
  const articles = res.articles.map((a) => {
    const file = files.find((f) => relative(REPO, f) === a.source.replace(/:\d+$/, '')) ?? '';
    const p = patchFromHeader(a, file);
    if (p.patched) patched++;
    return p.article;
  });
  return { ...res, articles, patched };
}

/** Golden single-article cases: [{ slug, file, expected }]. */
export function goldenCases() {
  if (!existsSync(GOLDEN_DIR)) return [];
  return readdirSync(GOLDEN_DIR)
    .filter((d) => statSync(join(GOLDEN_DIR, d)).isDirectory())
    .sort()
    .map((slug) => ({
      slug,
      file: join(GOLDEN_DIR, slug, 'article.txt'),
      expected: JSON.parse(readFileSync(join(GOLDEN_DIR, slug, 'expected.json'), 'utf8')),
    }));
}

/** Article files of a folder (sorted), leaving out expectations and READMEs. */
export function articleFiles(dir) {
  return readdirSync(dir)
    .filter((f) => ARTICLE_EXT.test(f) && f !== 'expected.json' && !/^readme/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}

/** Multi-article stories: [{ slug, files, expected }]; articlesDir lets a story live in examples/. */
export function storyCases() {
  if (!existsSync(STORIES_DIR)) return [];
  return readdirSync(STORIES_DIR)
    .filter((d) => statSync(join(STORIES_DIR, d)).isDirectory())
    .sort()
    .map((slug) => {
      const expected = JSON.parse(readFileSync(join(STORIES_DIR, slug, 'expected.json'), 'utf8'));
      const dir = expected.articlesDir ? join(REPO, expected.articlesDir) : join(STORIES_DIR, slug);
      return { slug, files: articleFiles(dir), expected };
    });
}

/** The seed case, or null when ../shared/seeds is absent. */
export function seedCase() {
  if (!existsSync(SEEDS_DIR) || !existsSync(SEEDS_EXPECTED)) return null;
  return {
    slug: 'seeds',
    files: readdirSync(SEEDS_DIR).filter((f) => f.endsWith('.txt')).sort().map((f) => join(SEEDS_DIR, f)),
    expected: JSON.parse(readFileSync(SEEDS_EXPECTED, 'utf8')),
  };
}
