/**
 * The framing lens on the seed corpus (read at run time, never copied): one outlet's
 * vocabulary of resistance and occupation with a scare-quoted country name, another's
 * terrorist-organization label for the main group. Asserts on what the lens finds.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import type { Analysis, Framing } from '../../../src/contract/analysis-schema.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { spanErrors } from '../../helpers/validate.js';

const keys = (f: Framing) => (f.labels ?? []).map((l) => l.key);

describe.skipIf(!HAVE_SEEDS)('framing of the seed corpus (real pipeline)', async () => {
  const ingested = HAVE_SEEDS ? await ingestPaths([SEEDS_DIR]) : null;
  const analysis: Analysis | null = ingested ? analyze({ articles: ingested.articles }) : null;
  const framing = analysis?.framing ?? [];
  const outletOf = (article: string) => framing.find((f) => f.articles.includes(article))!;

  it('finds the outlet that writes of the resistance and the occupation and scare-quotes Israel', () => {
    const f = outletOf('001_0084c3c8aa87486c');
    expect(keys(f)).toEqual(expect.arrayContaining(['palestinian resistance', 'israeli occupation']));
    const resistance = f.labels!.find((l) => l.key === 'palestinian resistance')!;
    expect(resistance.sharedWith).toBe(0);
    expect(f.scareQuotes).toContain('Israel');
    expect(f.scareQuoteSpans!.find((q) => q.text === 'Israel')!.sharedWith).toBe(0);
    // no other outlet uses that wording
    for (const other of framing.filter((x) => x !== f)) expect(keys(other)).not.toContain('palestinian resistance');
  });

  it('finds outlets that tie the terrorist-organization label to the main group, and not the first one', () => {
    const tied = framing.filter((f) => f.labels!.some((l) => l.key === 'terrorist organization' && l.entity !== null));
    const ids = tied.flatMap((f) => f.articles).sort();
    expect(ids).toEqual(expect.arrayContaining(['000_32219904202aabac']));
    expect(ids).not.toContain('001_0084c3c8aa87486c');
    const names = new Set(tied.flatMap((f) => f.labels!.filter((l) => l.key === 'terrorist organization').map((l) => l.name)));
    expect(names.size).toBe(1); // one actor is labelled, the main group
  });

  it('keeps every framing span inside its article', () => {
    expect(spanErrors(analysis!).filter((e) => e.startsWith('framing'))).toEqual([]);
  });
});
