import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/contract/analysis-schema.js';
import { articlesToAnalyse } from '../../src/corpus/analyse-stories.js';

const art = (id: string, published: string | null): Article => ({
  id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title: id, author: null, published, language: null, text: 'A short text.', removed: [], wordCount: 3,
});

describe('articlesToAnalyse: big stories are analysed on their newest articles', () => {
  const cases: { name: string; input: Article[]; max: number; kept: string[]; truncated: boolean }[] = [
    { name: 'under the cap: all kept', input: [art('a', '2026-01-02'), art('b', null)], max: 2, kept: ['a', 'b'], truncated: false },
    { name: 'over the cap: newest kept', input: [art('old', '2026-01-01'), art('new', '2026-01-03'), art('mid', '2026-01-02')], max: 2, kept: ['new', 'mid'], truncated: true },
    { name: 'undated articles go last', input: [art('nodate', null), art('dated', '2025-05-05'), art('other', '2025-05-04')], max: 2, kept: ['dated', 'other'], truncated: true },
    { name: 'same date: by id', input: [art('z', '2026-02-02'), art('y', '2026-02-02'), art('x', '2026-02-02')], max: 2, kept: ['x', 'y'], truncated: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const got = articlesToAnalyse(c.input, c.max);
      expect(got.articles.map((a) => a.id)).toEqual(c.kept);
      expect(got.diagnostics.map((d) => d.rule)).toEqual(c.truncated ? ['story-truncated'] : []);
      if (c.truncated) expect(got.diagnostics[0]?.message).toContain(`${c.input.length} articles`);
    });
  }
});
