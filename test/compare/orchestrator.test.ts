import { describe, expect, it } from 'vitest';
import { compareArticles } from '../../src/compare/index.js';
import { finalizeClaims, finalizeEvents, finalizeQuotes } from '../../src/compare/finalize.js';
import { buildStory } from '../../src/compare/story.js';
import { analyze } from '../../src/analyze.js';
import { extractArticle } from '../../src/extract/index.js';
import type { Claim, IndependenceGroup, Quote, TimelineEvent } from '../../src/contract/analysis-schema.js';
import { schemaErrors, spanErrors } from '../helpers/validate.js';
import * as S from './independence/fixtures.js';

const v = (value: string, articles: string[], start: number) => ({
  value, normalized: Number(value), qualifier: null, unit: null, articles, evidence: articles.map((a) => ({ article: a, start, end: start + value.length })),
});
const groups: IndependenceGroup[] = [{ id: 'g1', articles: ['a', 'b'], similarity: 0.9, reason: 'near-duplicate' }];

describe('finalizeClaims', () => {
  // three comparers each numbering from c1
  const claims: Claim[] = [
    { id: 'c1', kind: 'date', topic: 'strike began', status: 'conflict', values: [v('2', ['a'], 5), v('3', ['c'], 9)] },
    { id: 'c1', kind: 'quantity', topic: 'ships waiting', status: 'agreed', values: [v('40', ['a', 'b', 'c'], 30)] },
    { id: 'c2', kind: 'quantity', topic: 'dockers', status: 'single', values: [v('2300', ['c'], 50)], articles: ['c'], independentSources: 7 },
    { id: 'c1', kind: 'name', topic: 'union leader', status: 'conflict', values: [v('1', ['b'], 1), v('2', ['c'], 1)] },
  ];
  const out = finalizeClaims(claims, groups);

  it('sorts by kind then topic and renumbers c1… without collisions', () => {
    expect(out.map((c) => [c.id, c.kind, c.topic])).toEqual([
      ['c1', 'quantity', 'dockers'],
      ['c2', 'quantity', 'ships waiting'],
      ['c3', 'date', 'strike began'],
      ['c4', 'name', 'union leader'],
    ]);
  });

  it('fills articles and independent counts where a comparer left them out, copies counting once', () => {
    const ships = out.find((c) => c.topic === 'ships waiting')!;
    expect(ships.articles).toEqual(['a', 'b', 'c']);
    expect(ships.independentSources).toBe(2);
    expect(ships.values[0]!.independentSources).toBe(2);
  });

  it('keeps what a comparer already filled', () => {
    expect(out.find((c) => c.topic === 'dockers')!.independentSources).toBe(7);
  });

  it('does not depend on the order the comparers delivered', () => {
    expect(JSON.stringify(finalizeClaims([...claims].reverse(), groups))).toBe(JSON.stringify(out));
  });
});

describe('finalizeEvents and finalizeQuotes', () => {
  const ev = (id: string, date: string, article: string, start: number): TimelineEvent => ({ id, date, description: `event ${id}`, entities: [], evidence: [{ article, start, end: start + 4 }] });

  it('orders events by date, then evidence, renumbers t1… and fills articles', () => {
    const out = finalizeEvents([ev('t1', '2025-03-05', 'b', 0), ev('t1', '2025-03', 'a', 0), ev('t2', '2025-03-04', 'a', 9), ev('t9', '2025-03-04', 'a', 2)]);
    expect(out.map((e) => [e.id, e.date, e.evidence[0]!.start])).toEqual([['t1', '2025-03', 0], ['t2', '2025-03-04', 2], ['t3', '2025-03-04', 9], ['t4', '2025-03-05', 0]]);
    expect(out[3]!.articles).toEqual(['b']);
  });

  const q = (id: string, article: string): Quote => ({ id, text: 'x', speaker: null, occurrences: [{ article, start: 0, end: 1, text: 'x', speakerName: null }] });
  const arts = [S.article('a', 'x', { outlet: 'Bay Courier' }), S.article('b', 'x')];

  it('keeps unique quote ids and order, renumbers only on collision, fills outlets', () => {
    expect(finalizeQuotes([q('q7', 'a'), q('q2', 'b')], arts).map((x) => [x.id, x.occurrences[0]!.outlet])).toEqual([['q7', 'Bay Courier'], ['q2', null]]);
    expect(finalizeQuotes([q('q1', 'a'), q('q1', 'b')], arts).map((x) => x.id)).toEqual(['q1', 'q2']);
  });
});

describe('compareArticles end to end (real extraction)', () => {
  const articles = [
    S.article('p1', S.PORT_WIRE, { outlet: 'Meridian Wire', published: '2025-06-02T09:00:00Z', title: 'Dock workers strike at Marlow port' }),
    S.article('p2', S.PORT_COPY, { outlet: 'Coastline Herald', published: '2025-06-02T11:00:00Z', title: 'Harbour chaos as Marlow strike begins' }),
    S.article('p3', S.PORT_INDEPENDENT, { outlet: 'Bay Courier', published: '2025-06-03T08:00:00Z', title: 'Marlow dockers strike over wages' }),
    S.article('p4', S.PORT_EDITED, { published: '2025-06-02T16:00:00Z' }),
  ];
  const cmp = compareArticles(articles.map(extractArticle));

  it('groups the copies and reports them as an info diagnostic', () => {
    expect(cmp.independence.map((g) => g.articles)).toEqual([['p1', 'p2', 'p4']]);
    expect(cmp.diagnostics.map((d) => [d.severity, d.article])).toEqual([['info', 'p1']]);
  });

  it('numbers claims and events c1…/t1… and fills their article lists', () => {
    expect(cmp.claims.map((c) => c.id)).toEqual(cmp.claims.map((_, i) => `c${i + 1}`));
    expect(cmp.events.map((e) => e.id)).toEqual(cmp.events.map((_, i) => `t${i + 1}`));
    for (const c of cmp.claims) {
      expect(c.articles?.length, c.id).toBeGreaterThan(0);
      expect(c.independentSources, c.id).toBeLessThanOrEqual(2);
    }
  });

  it('produces a schema-valid, span-valid, deterministic analysis with a summary and framing', () => {
    const a = analyze({ articles });
    expect(schemaErrors(a)).toEqual([]);
    expect(spanErrors(a)).toEqual([]);
    expect(a.summary.length).toBeGreaterThanOrEqual(5);
    expect(a.framing?.map((f) => f.outlet)).toEqual(['Bay Courier', 'Coastline Herald', 'Meridian Wire', 'p4']);
    expect(JSON.stringify(analyze({ articles: [...articles].reverse() }))).toBe(JSON.stringify(a));
  });
});

describe('buildStory', () => {
  const articles = [
    S.article('p1', S.PORT_WIRE, { outlet: 'Meridian Wire', published: '2025-06-02T09:00:00Z', title: 'Dock workers strike at Marlow port' }),
    S.article('p2', S.PORT_COPY, { outlet: 'meridian wire', published: '2025-06-04', title: 'Ships wait' }),
    S.article('p3', S.PORT_INDEPENDENT, { title: 'Marlow dockers strike over wages, leaving container ships waiting' }),
    S.article('p4', S.RECALL_WIRE, { title: 'Kettles recalled' }),
    S.article('p5', S.PORT_EDITED),
  ];

  it('counts articles, outlets (no outlet = its own), independent sources and the date range', () => {
    const story = buildStory(articles, groups.map((g) => ({ ...g, articles: ['p1', 'p2', 'p5'] })));
    expect(story).toMatchObject({ articleCount: 5, outletCount: 4, independentCount: 3, dateRange: { from: '2025-06-02', to: '2025-06-04' } });
  });

  it('picks the title closest to the other articles, not an off-topic or a terse one', () => {
    const title = buildStory(articles, []).title;
    expect(['Dock workers strike at Marlow port', 'Marlow dockers strike over wages, leaving container ships waiting']).toContain(title);
  });

  it('has no title and no date range when no article has them', () => {
    const story = buildStory([S.article('x', 'Text.'), S.article('y', 'More text.')], []);
    expect(story).toEqual({ title: null, articleCount: 2, outletCount: 2, independentCount: 2, dateRange: null });
  });
});
