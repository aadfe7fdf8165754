import { describe, expect, it } from 'vitest';
import { schemaErrors, spanErrors } from '../helpers/validate.js';
import { emptyAnalysis, ferryAnalysis, hostileAnalysis, syntheticAnalysis } from './fixtures.js';

describe('report fixtures are valid analyses', () => {
  const cases = { ferry: ferryAnalysis(), empty: emptyAnalysis(), hostile: hostileAnalysis(), synthetic: syntheticAnalysis(20) };
  for (const [name, a] of Object.entries(cases)) {
    it(`${name}: schema and spans`, () => {
      expect(schemaErrors(a), name).toEqual([]);
      expect(spanErrors(a), name).toEqual([]);
    });
  }
  it('ferry evidence spans point at the sentences that carry the values', () => {
    const a = ferryAnalysis();
    const text = (id: string) => a.articles.find((x) => x.id === id)!.text;
    const passengers = a.claims.find((c) => c.id === 'claim-passengers')!;
    for (const v of passengers.values) for (const s of v.evidence) expect(text(s.article).slice(s.start, s.end)).toContain(v.value);
  });
});
