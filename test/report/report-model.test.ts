import { describe, expect, it } from 'vitest';
import { buildReportModel } from '../../src/report/model/index.js';
import { excerptOf } from '../../src/report/model/context.js';
import type { Article } from '../../src/contract/analysis-schema.js';
import { emptyAnalysis, ferryAnalysis, hostileAnalysis } from './fixtures.js';

const m = buildReportModel(ferryAnalysis());

describe('report model on the ferry story', () => {
  it('header: title, counts, date range', () => {
    expect(m.title).toBe('Death toll in Aurora Bell sinking rises to 15');
    expect(m.stats).toEqual({
      articles: 4, outlets: 4, independent: 3, dateRange: { from: '2025-06-10', to: '2025-06-11' }, undated: 0, conflicts: 2, updates: 1,
      headline: '4 articles from 4 outlets (3 independent), published 2025-06-10 to 2025-06-11', conflictCounts: '2 conflicts, 1 update',
    });
  });
  it('conflicts: disputed facts first, then updates; agreements and singles apart', () => {
    expect(m.conflicts.map((c) => [c.topic, c.status])).toEqual([
      ['date of the capsizing', 'conflict'],
      ['passengers aboard', 'conflict'],
      ['people killed', 'updated'],
    ]);
    expect(m.agreements.map((c) => c.topic)).toEqual(['operator of the ferry', 'port of departure']);
    expect(m.singles.map((c) => c.topic)).toEqual(['people rescued']);
  });
  it('conflict values carry outlets, independence and the value marked in the evidence sentence', () => {
    const p = m.conflicts.find((c) => c.topic === 'passengers aboard')!;
    const v152 = p.values.find((v) => v.value === '152')!;
    expect(v152.outlets).toEqual(['Daily Ledger', 'Island Wire']);
    expect(v152.independent).toBe(1);
    const ex = v152.evidence[0]!;
    expect(ex.text.slice(ex.mark![0], ex.mark![1])).toBe('152');
  });
  it('updates keep publication order with outlets', () => {
    const d = m.conflicts.find((c) => c.status === 'updated')!;
    expect(d.updates.map((u) => `${u.value}@${u.outlet}`)).toEqual(['12@Coastal Herald', '15@Island Wire']);
  });
  it('timeline groups by date and keeps the date conflict flag', () => {
    expect(m.timeline.map((d) => d.date)).toEqual(['2025-06-08', '2025-06-09', '2025-06-10', '2025-06-11']);
    expect(m.timeline[0]!.events[0]!.dateConflict).toBe(true);
    expect(m.timeline[1]!.events.map((e) => e.dateConflict)).toEqual([true, false]);
  });
  it('quote ledger: altered wording as a word diff, first appearance', () => {
    const q = m.quotes[0]!;
    expect(q.speaker).toBe('Ana Ferreira');
    expect(q.outlets).toEqual(['Coastal Herald', 'Daily Ledger', 'Island Wire']);
    expect(q.first).toEqual({ article: 'a1', outlet: 'Coastal Herald', published: '2025-06-10T08:00:00Z' });
    const altered = q.variants.find((v) => v.diff.length)!;
    expect(altered.outlets).toEqual(['Daily Ledger', 'Island Wire']);
    expect(altered.diff.filter((p) => p.op === 'ins').map((p) => p.text)).toEqual(['whole', 'we']);
    expect(m.quotes.find((x) => x.speaker === 'Tomas Berg')!.altered).toBe(false);
  });
  it('roster: people first, mentions per outlet', () => {
    expect(m.entities.map((e) => e.type)).toEqual(['person', 'person', 'organization', 'place', 'place']);
    expect(m.entities[0]!.outlets[0]).toEqual({ outlet: 'Coastal Herald', count: 2 });
  });
  it('coverage: who reports what, null where an outlet leaves a fact out', () => {
    expect(m.coverage.outlets).toEqual(['Coastal Herald', 'Daily Ledger', 'Island Wire', 'North Sea Times']);
    const rescued = m.coverage.rows.find((r) => r.topic === 'people rescued')!;
    expect(rescued.cells).toEqual(['118', null, null, null]);
    expect(m.coverage.rows.find((r) => r.topic === 'passengers aboard')!.cells).toEqual(['140', '152', '152', '140']);
  });
  it('summary sentences carry outlets and evidence excerpts', () => {
    expect(m.summary).toHaveLength(4);
    expect(m.summary[2]!.evidence.map((e) => e.article)).toEqual(['a1', 'a2']);
  });
  it('is deterministic', () => expect(JSON.stringify(buildReportModel(ferryAnalysis()))).toBe(JSON.stringify(m)));
});

describe('report model edge cases', () => {
  it('empty analysis gives empty sections and a default title', () => {
    const e = buildReportModel(emptyAnalysis());
    expect(e.title).toBe('crosscheck report');
    expect([e.conflicts, e.agreements, e.timeline, e.quotes, e.entities, e.summary, e.coverage.rows].every((x) => x.length === 0)).toBe(true);
    expect(e.stats).toEqual({ articles: 0, outlets: 0, independent: 0, dateRange: null, undated: 0, conflicts: 0, updates: 0, headline: '0 articles from 0 outlets (0 independent)', conflictCounts: '0 conflicts, 0 updates' });
  });
  it('unsafe article URLs are dropped, http(s) kept', () => {
    const h = buildReportModel(hostileAnalysis());
    expect(h.articles.find((a) => a.id === 'a1')!.url).toBeNull();
    expect(h.articles.find((a) => a.id === 'a2')!.url).toMatch(/^https:/);
  });
  const art = (text: string): Article => ({ id: 'x', source: 'x', url: null, outlet: null, outletFrom: null, title: null, author: null, published: null, language: null, text, removed: [], wordCount: 0 });
  it('excerpt widens a short span to its sentence and marks the span (election text)', () => {
    const t = 'Turnout was low. Officials counted 41,200 ballots by midnight. More later.';
    const s = t.indexOf('41,200');
    const ex = excerptOf(art(t), { article: 'x', start: s, end: s + 6 }, null)!;
    expect(ex.text).toBe('Officials counted 41,200 ballots by midnight.');
    expect(ex.text.slice(ex.mark![0], ex.mark![1])).toBe('41,200');
  });
  it('a long sentence is cut on word boundaries and flagged as clipped (merger text)', () => {
    const filler = 'the board of the merged lender said again and again that ';
    const t = `Shareholders approved it. ${filler.repeat(8)}the deal was worth 4.2 billion dollars ${filler.repeat(8)}in the end.`;
    const s = t.indexOf('4.2 billion');
    const ex = excerptOf(art(t), { article: 'x', start: s, end: s + 11 }, null)!;
    expect(ex.clipped).toEqual([true, true]);
    expect(t[ex.contextStart - 1]).toBe(' ');
    expect(t[ex.contextStart + ex.text.length]).toBe(' ');
    expect(ex.text.length).toBeLessThanOrEqual(330);
    expect(ex.text.slice(ex.mark![0], ex.mark![1])).toBe('4.2 billion');
  });
  it('a quote attributed to different speakers lists who names whom (sport text)', () => {
    const a = ferryAnalysis();
    const quotes = a.quotes.map((q) => (q.id === 'q-ferreira-searching' ? { ...q, speakerConflict: true, occurrences: q.occurrences.map((o) => (o.article === 'a2' ? { ...o, speakerName: 'Coach Dana Vell' } : o)) } : q));
    const qv = buildReportModel({ ...a, quotes }).quotes.find((q) => q.id === 'q-ferreira-searching')!;
    expect(qv.attributions).toEqual([
      { speaker: 'Ana Ferreira', outlets: ['Coastal Herald', 'Daily Ledger'] },
      { speaker: 'Coach Dana Vell', outlets: ['Island Wire'] },
    ]);
  });
  it('a claim subject that is an entity id shows the entity name', () => {
    const a = ferryAnalysis();
    const claims = a.claims.map((c) => (c.id === 'claim-rescued' ? { ...c, subject: 'ent-ana-ferreira' } : c));
    expect(buildReportModel({ ...a, claims }).singles[0]!.subject).toBe('Ana Ferreira');
  });
  it('excerpt stops at a newline and rejects spans outside the text (transfer text)', () => {
    const t = 'Headline about the fee\nThe club paid 30 million euros';
    const s = t.indexOf('30 million');
    expect(excerptOf(art(t), { article: 'x', start: s, end: s + 10 }, null)!.text).toBe('The club paid 30 million euros');
    expect(excerptOf(art(t), { article: 'x', start: 5, end: 999 }, null)).toBeNull();
  });
});
