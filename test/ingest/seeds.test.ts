/**
 * The seed corpus, read at run time (never copied): five articles, README ignored, and the quirks
 * the seeds README lists. Expectations name facts (title, date), not sentences.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { ingestPaths } from '../../src/ingest/index.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';

describe.skipIf(!HAVE_SEEDS)('seed corpus ingestion', () => {
  const byPrefix = async () => {
    const r = await ingestPaths([SEEDS_DIR]);
    const get = (p: string): Article => {
      const a = r.articles.find((x) => x.id.startsWith(p));
      if (!a) throw new Error(`seed ${p} missing`);
      return a;
    };
    return { r, get };
  };

  it('gives exactly five articles; README.md is skipped, nothing else is', async () => {
    const { r } = await byPrefix();
    expect(r.articles.map((a) => a.id.slice(0, 3))).toEqual(['000', '001', '002', '003', '004']);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(r.skipped).toEqual({ inputs: 0, records: 0 });
  });

  it('002: the leading date token becomes published, the sign-off gives the outlet', async () => {
    const { get } = await byPrefix();
    const a = get('002');
    expect(a.published).toBe('2025-03-05');
    expect(a.text.startsWith('In a ')).toBe(true);
    expect(a.text).not.toMatch(/^\s*date/i);
    expect(a.outletFrom).toBe('text');
    expect(a.outlet).toMatch(/^YWN/);
    expect(a.removed.map((r) => r.reason)).toEqual(['metadata', 'sign-off']);
    expect(a.text.endsWith(')')).toBe(false);
  });

  it('001: headline becomes the title, the trailing source list goes to removed', async () => {
    const { get } = await byPrefix();
    const a = get('001');
    // the expected title is the file's own first line, read here so no seed text is copied into the repo
    const file = readdirSync(SEEDS_DIR).find((f) => f.startsWith('001'))!;
    const firstLine = readFileSync(join(SEEDS_DIR, file), 'utf8').split('\n')[0]!.trim();
    expect(firstLine.length).toBeGreaterThan(20);
    expect(a.title).toBe(firstLine);
    expect(a.text.startsWith('Washington')).toBe(false);
    const list = a.removed.find((r) => r.reason === 'source-list');
    expect(list?.text.split('\n')[0]).toBe('Sources');
    expect(list?.text.split('\n').filter((l) => l.startsWith('- '))).toHaveLength(7);
    expect(a.text).not.toMatch(/\n- /);
  });

  it('outlets named in the text: 001 credits its own sources, 002 signs off; the others name none', async () => {
    const { get } = await byPrefix();
    expect([get('001').outlet, get('001').outletFrom]).toEqual(['Al-Estiklal', 'text']);
    // 001 also has "sources told" another outlet once, and 002 credits its sources to the outlet it rewrites: the sign-off wins
    expect(get('002').outlet).toMatch(/^YWN/);
    for (const p of ['000', '003', '004']) expect(get(p).outlet, p).toBeNull();
  });

  it('004: the unrelated trailing headline is removed, the Conclusion section stays', async () => {
    const { get } = await byPrefix();
    const a = get('004');
    const removed = a.removed.filter((r) => r.reason === 'trailing-unrelated-headline');
    expect(removed).toHaveLength(1);
    expect(a.text).not.toContain(removed[0]!.text);
    expect(a.text).toMatch(/\nConclusion\n[^\n]+\n[^\n]+$/);
  });

  it('000 and 003 lose nothing', async () => {
    const { get } = await byPrefix();
    expect(get('000').removed).toEqual([]);
    expect(get('003').removed).toEqual([]);
  });
});
