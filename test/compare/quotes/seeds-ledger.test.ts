/**
 * The ledger on all five seeds (read at run time): the threat posted by the US president
 * is carried by two articles, one of them with bracketed insertions, and must be one entry.
 */
import { describe, expect, it } from 'vitest';
import { ingestPaths } from '../../../src/ingest/index.js';
import { extractArticle } from '../../../src/extract/index.js';
import { mergeEntities } from '../../../src/compare/entities/index.js';
import { buildQuoteLedger } from '../../../src/compare/quotes/index.js';
import { normaliseQuote } from '../../../src/compare/quotes/01-normalise.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';

describe.skipIf(!HAVE_SEEDS)('quote ledger on the seed corpus', () => {
  it('holds the “not a single … member will be safe” threat once, with both articles carrying it', async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    const xs = [...articles].sort((a, b) => (a.id < b.id ? -1 : 1)).map(extractArticle);
    const ledger = buildQuoteLedger(xs, mergeEntities(xs).resolver);
    const hits = ledger.filter((q) => normaliseQuote(q.text).words.join(' ').includes('not a single hamas member'));
    expect(hits, hits.map((q) => q.text).join(' | ')).toHaveLength(1);
    const q = hits[0]!;
    expect(q.occurrences.map((o) => o.article.slice(0, 3))).toEqual(['000', '001']);
    expect(q.occurrences[1]!.text).toContain('[');
    expect(q.speaker?.name).toContain('Trump');
    expect(q.altered).toBe(false);
    // every occurrence points at its text
    const byId = new Map(articles.map((a) => [a.id, a.text]));
    for (const o of ledger.flatMap((x) => x.occurrences)) expect(byId.get(o.article)!.slice(o.start, o.end)).toBe(o.text);
    // no two entries share an occurrence, ids are q1..qn
    expect(ledger.map((x) => x.id)).toEqual(ledger.map((_, i) => `q${i + 1}`));
  });
});
