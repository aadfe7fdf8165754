/**
 * The page cache on a real temp folder: round trip, odd URLs as keys (nothing of the URL reaches
 * the file system), a foreign or damaged file reads as a miss, age and size bounds with least
 * recently used eviction, atomic writes (no partial file, crashed .tmp files pruned).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CachedPage, PageCache, defaultPageCacheDir } from '../../src/net/page-cache.js';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-page-cache-'));
  clock = Date.UTC(2026, 0, 1);
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const page = (url: string, body: string, fetchedAt = clock): CachedPage => ({ url, finalUrl: url, contentType: 'text/html', validators: { etag: '"v1"' }, fetchedAt, body: Buffer.from(body) });
const cacheOf = (o: { maxBytes?: number; maxAgeMs?: number } = {}) => new PageCache({ dir, now: () => clock, ...o });

/** Every file under the cache folder, relative to it. */
function files(): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const n of readdirSync(d, { withFileTypes: true })) {
      if (n.isDirectory()) walk(join(d, n.name));
      else out.push(relative(dir, join(d, n.name)));
    }
  };
  walk(dir);
  return out.sort();
}

describe('PageCache', () => {
  it('keeps a page and its headers; bytes come back unchanged', () => {
    const c = cacheOf();
    const body = Buffer.from([0x3c, 0x70, 0x3e, 0xc3, 0xa9, 0x0a, 0x00, 0xff]);
    expect(c.put({ ...page('https://news.example/a', ''), body })).toBeNull();
    const got = c.get('https://news.example/a');
    expect(got && Buffer.from(got.body).equals(body)).toBe(true);
    expect(got?.validators).toEqual({ etag: '"v1"' });
    expect(c.get('https://news.example/b')).toBeNull();
  });

  it.each([
    'https://news.example/../../../etc/passwd',
    'https://news.example/a%2F..%2F..%2Fx?q=/../../y',
    'https://news.example/' + 'long-slug-'.repeat(300),
    'https://news.example/ünïcödé/\u202Eevil',
    'https://news.example/a\\b:c*d?e|f<g>h"',
    'https://news.example/CON/nul/aux.html',
  ])('an odd URL is only a hash on disk: %s', (url) => {
    const c = cacheOf();
    expect(c.put(page(url, 'body'))).toBeNull();
    expect(c.get(url)?.finalUrl).toBe(url);
    const [only, ...rest] = files();
    expect(rest).toEqual([]);
    expect(only).toMatch(/^[0-9a-f]{2}\/[0-9a-f]{64}\.page$/);
  });

  it('a damaged file, or one holding another URL (a collision), is a miss', () => {
    const c = cacheOf();
    c.put(page('https://news.example/a', 'x'));
    writeFileSync(c.pathOf('https://news.example/a'), 'no header line');
    expect(c.get('https://news.example/a')).toBeNull();
    mkdirSync(join(c.pathOf('https://news.example/b'), '..'), { recursive: true });
    writeFileSync(c.pathOf('https://news.example/b'), `${JSON.stringify({ url: 'https://news.example/other', finalUrl: 'x', contentType: '', validators: {}, fetchedAt: clock })}\nbody`);
    expect(c.get('https://news.example/b')).toBeNull();
  });

  it('an entry older than maxAgeMs is a miss (but still there for revalidation) and is pruned on the next write', () => {
    const c = cacheOf({ maxAgeMs: 1000 });
    c.put(page('https://news.example/old', 'old'));
    clock += 1001;
    expect(c.get('https://news.example/old')).toBeNull();
    expect(c.get('https://news.example/old', { stale: true })?.body).toBeTruthy();
    c.put(page('https://news.example/new', 'new'));
    expect(existsSync(c.pathOf('https://news.example/old'))).toBe(false);
    expect(c.get('https://news.example/new')).not.toBeNull();
  });

  it('over maxBytes, the least recently used go first; a page larger than the cache is not kept', () => {
    const one = Buffer.byteLength(`${JSON.stringify({ url: 'https://news.example/1', finalUrl: 'https://news.example/1', contentType: 'text/html', validators: { etag: '"v1"' }, fetchedAt: clock })}\n`) + 100;
    const c = cacheOf({ maxBytes: one * 3 });
    for (const n of [1, 2, 3]) {
      c.put(page(`https://news.example/${n}`, 'x'.repeat(100)));
      clock += 10;
    }
    expect(c.get('https://news.example/1')).not.toBeNull(); // 1 is now the most recently used
    clock += 10;
    c.put(page('https://news.example/4', 'x'.repeat(100)));
    expect(['1', '2', '3', '4'].map((n) => c.get(`https://news.example/${n}`) !== null)).toEqual([true, false, true, true]);
    expect(c.size()).toBeLessThanOrEqual(one * 3);
    expect(c.put(page('https://news.example/big', 'x'.repeat(one * 3)))).toMatch(/larger than the whole cache/);
    expect(c.get('https://news.example/big')).toBeNull();
  });

  it('writes atomically: no temporary file is left; a crashed write is pruned once old', () => {
    const c = cacheOf();
    c.put(page('https://news.example/a', 'a'));
    const crashed = `${c.pathOf('https://news.example/a')}.999.abcdef.tmp`;
    writeFileSync(crashed, 'half a pa');
    const t = new Date(clock - 120_000);
    utimesSync(crashed, t, t);
    c.put(page('https://news.example/b', 'b'));
    expect(files().filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(files()).toHaveLength(2);
  });

  it('an unwritable folder is a reason, never an exception', () => {
    writeFileSync(join(dir, 'file'), '');
    const c = new PageCache({ dir: join(dir, 'file', 'sub') });
    expect(c.put(page('https://news.example/a', 'a'))).toMatch(/cannot write the page cache/);
    expect(c.get('https://news.example/a')).toBeNull();
  });

  it('lives in XDG_CACHE_HOME, else ~/.cache', () => {
    expect(defaultPageCacheDir({ XDG_CACHE_HOME: '/x/cache' })).toBe(join('/x/cache', 'crosscheck', 'pages'));
    expect(defaultPageCacheDir({})).toMatch(/\.cache[/\\]crosscheck[/\\]pages$/);
  });
});
