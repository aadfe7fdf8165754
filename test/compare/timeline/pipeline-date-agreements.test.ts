/** Date agreements through the whole pipeline: the seeds (skipped when absent) and the harbour-bridge example. */
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Analysis, Claim } from '../../../src/contract/analysis-schema.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { schemaErrors, spanErrors } from '../../helpers/validate.js';

const EXAMPLE_DIR = fileURLToPath(new URL('../../../examples/harbour-bridge', import.meta.url));

async function run(dir: string): Promise<Analysis> {
  const res = await ingestPaths([dir]);
  return analyze({ articles: res.articles, diagnostics: res.diagnostics, skipped: res.skipped });
}

const agreedDates = (a: Analysis, date: string): Claim[] =>
  a.claims.filter((c) => c.kind === 'date' && c.status === 'agreed' && c.values.some((v) => v.normalized === date));
const prefixes = (ids: readonly string[]) => ids.map((id) => id.slice(0, 3));

describe.skipIf(!HAVE_SEEDS)('seed corpus: date agreements', () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run(SEEDS_DIR);
  });

  it('agrees on 1997 across the four articles that give it, not the one giving a founding year', () => {
    const cs = agreedDates(a, '1997');
    expect(cs, JSON.stringify(a.claims.filter((c) => c.kind === 'date'))).toHaveLength(1);
    const c = cs[0]!;
    expect(c.values).toHaveLength(1);
    expect(prefixes(c.values[0]!.articles)).toEqual(['000', '001', '002', '003']);
    expect(prefixes(c.values[0]!.evidence.map((s) => s.article)).filter((p, k, all) => all.indexOf(p) === k)).toEqual(['000', '001', '002', '003']);
    expect(c.independentSources).toBe(4);
    expect(agreedDates(a, '1987')).toEqual([]);
  });

  it('stays schema-valid with spans inside the articles', () => {
    expect(schemaErrors(a)).toEqual([]);
    expect(spanErrors(a)).toEqual([]);
  });
});

describe('harbour-bridge example: date agreements', () => {
  let a: Analysis;
  beforeAll(async () => {
    a = await run(EXAMPLE_DIR);
  });

  it('agrees on 1968 as the opening year, counting the syndicated copy once', () => {
    const cs = agreedDates(a, '1968');
    expect(cs).toHaveLength(1);
    const c = cs[0]!;
    expect(c.topic).toMatch(/bridge opened/i);
    expect(c.values[0]!.value).toBe('1968');
    expect(c.values[0]!.articles).toHaveLength(4);
    expect(c.independentSources).toBe(3);
  });

  it('gives no agreement for the extension year told by one article', () => {
    expect(agreedDates(a, '1994')).toEqual([]);
  });

  it('stays schema-valid with spans inside the articles', () => {
    expect(schemaErrors(a)).toEqual([]);
    expect(spanErrors(a)).toEqual([]);
  });
});
