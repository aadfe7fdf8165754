/**
 * The evaluation scorer itself must be right: a prediction built to match the expectations scores
 * 1.0 on every metric, and each known mistake lowers exactly the metric it should.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Analysis } from '../../src/contract/analysis-schema.js';
import { rates, scoreArticle, scoreStory, type ArticleExpectation, type StoryExpectation, type Tally } from '../../scripts/lib/score.js';

const GOLDEN = new URL('../fixtures/golden/', import.meta.url);
const STORIES = new URL('../fixtures/stories/', import.meta.url);
const dirs = (u: URL) => readdirSync(u, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const load = <T>(u: URL): T => JSON.parse(readFileSync(u, 'utf8')) as T;

const span = (article: string) => ({ article, start: 0, end: 1 });
const value = (v: number | string, articles: string[], extra: Record<string, unknown> = {}) => ({
  value: String(v), normalized: v, qualifier: null, unit: null, articles, evidence: [], ...extra,
});
const asAnalysis = (x: Record<string, unknown>) =>
  ({ schemaVersion: 1, generator: { name: 'crosscheck', version: 't' }, summary: [], diagnostics: [], ...x }) as unknown as Analysis;

/** A single-article Analysis that says exactly what the expectation says. */
function perfectArticle(e: ArticleExpectation): Analysis {
  const id = 'article';
  return asAnalysis({
    articles: [{ id, source: 'x/article.txt' }],
    entities: (e.entities ?? []).map((x, i) => ({
      id: `e${i}`, name: x.name, type: x.type, aliases: x.aliases ?? [], roles: (x.roles ?? []).map((text) => ({ text, articles: [id] })), articles: [id], mentions: [],
    })),
    quotes: (e.quotes ?? []).map((q, i) => ({
      id: `q${i}`, text: q.text, speaker: q.speaker ? { name: q.speaker, entity: null, role: null } : null,
      occurrences: [{ article: id, start: 0, end: 1, text: q.text, speakerName: q.speaker, partial: Boolean(q.partial) }],
    })),
    events: (e.dates ?? []).map((d, i) => ({ id: `t${i}`, date: d.date, description: d.keywords.join(' '), entities: [], evidence: [span(id)] })),
    claims: [
      ...(e.quantities ?? []).filter((q) => !q.optional).map((q, i) => ({
        id: `c${i}`, kind: 'quantity', topic: q.topic[0], status: 'single', values: [value(q.value, [id], { qualifier: q.qualifier, unit: q.unit })],
      })),
      ...(e.ages ?? []).map((a, i) => ({ id: `a${i}`, kind: 'age', topic: 'age', subject: a.person, status: 'single', values: [value(a.age, [id])] })),
    ],
  });
}

/** Seed expectations list voices without quote texts: one quote per voice stands in for them. */
const voicesOnly = (e: StoryExpectation) =>
  (e.speakers ?? []).filter((s) => !s.optional).map((s) => ({ text: `words of ${s.name}`, speaker: s.name, articles: s.articles, altered: false, partialIn: [] }));

/** A multi-article Analysis that says exactly what the story expectation says. */
function perfectStory(e: StoryExpectation): Analysis {
  const keys = [...new Set([...(e.claims ?? []).flatMap((c) => c.articles), ...(e.quotes ?? []).flatMap((q) => q.articles), ...(e.entities ?? []).flatMap((x) => x.articles)])].sort();
  return asAnalysis({
    articles: keys.map((k) => ({ id: `id-${k}`, source: `stories/s/${k}.txt` })),
    entities: (e.entities ?? []).map((x, i) => ({
      id: `e${i}`, name: x.name, type: x.type, aliases: x.aliases ?? [], roles: [], articles: x.articles.map((k) => `id-${k}`), mentions: [],
    })),
    quotes: [...(e.quotes ?? []), ...voicesOnly(e)].map((q, i) => ({
      id: `q${i}`, text: q.text ?? '', speaker: q.speaker ? { name: q.speaker, entity: null, role: null } : null, altered: Boolean(q.altered),
      occurrences: q.articles.map((k) => ({ article: `id-${k}`, start: 0, end: 1, text: q.text ?? '', speakerName: q.speaker, partial: (q.partialIn ?? []).includes(k) })),
    })),
    events: (e.timeline ?? []).map((d, i) => ({ id: `t${i}`, date: d, description: 'event', entities: [], evidence: [] })),
    claims: (e.claims ?? []).map((c, i) => ({
      id: `c${i}`, kind: c.kinds[0], topic: c.topic.join(' '), status: c.status, subject: c.subject ?? null,
      independentSources: c.independentSources, values: c.values.map((v) => value(v, c.articles.map((k) => `id-${k}`))),
    })),
    independence: (e.syndicated ?? []).map((g, i) => ({ id: `g${i}`, articles: g.map((k) => `id-${k}`), similarity: 0.9, reason: 'copy' })),
  });
}

/** Every metric in the tally with its precision and recall, for readable failures. */
const scores = (t: Tally) => Object.fromEntries(Object.entries(t).map(([k, c]) => [k, [rates(c).precision, rates(c).recall]]));
const allPerfect = (t: Tally) => Object.fromEntries(Object.keys(t).map((k) => [k, [rates(t[k]!).precision ?? 1, rates(t[k]!).recall ?? 1]]));
const ones = (t: Tally) => Object.fromEntries(Object.keys(t).map((k) => [k, [1, 1]]));

describe('a perfect prediction scores 1.0 on every metric', () => {
  it.each(dirs(GOLDEN))('golden case %s', (slug) => {
    const e = load<ArticleExpectation>(new URL(`${slug}/expected.json`, GOLDEN));
    const t = scoreArticle(e, perfectArticle(e));
    expect(Object.keys(t).length).toBeGreaterThan(5);
    expect(allPerfect(t)).toEqual(ones(t));
  });
  it.each(dirs(STORIES))('story %s', (slug) => {
    const e = load<StoryExpectation>(new URL(`${slug}/expected.json`, STORIES));
    const t = scoreStory(e, perfectStory(e));
    expect(t['claims:conflict']?.tp).toBeGreaterThan(0);
    expect(allPerfect(t)).toEqual(ones(t));
  });
  it('seed expectations', () => {
    const e = load<StoryExpectation>(new URL('../fixtures/seeds-expected.json', import.meta.url));
    const t = scoreStory(e, perfectStory(e));
    expect(allPerfect(t)).toEqual(ones(t));
  });
});

const earthquake = load<ArticleExpectation>(new URL('earthquake-valdora/expected.json', GOLDEN));
const bridge = load<StoryExpectation>(new URL('harbour-bridge/expected.json', STORIES));
type Mutable = { -readonly [K in keyof Analysis]: Analysis[K] };

describe('known mistakes lower the metric they concern (and only score below 1)', () => {
  const cases: { name: string; mutate: (a: Mutable) => void; metric: string; field: 'precision' | 'recall' }[] = [
    { name: 'quote given to the wrong speaker', metric: 'quote-speakers', field: 'precision', mutate: (a) => { a.quotes[0]!.occurrences[0]!.speakerName = 'Hana Kowalczyk'; } },
    { name: 'quote missing', metric: 'quotes', field: 'recall', mutate: (a) => { a.quotes.pop(); } },
    { name: 'scare quote reported as a quote', metric: 'quotes', field: 'precision', mutate: (a) => { a.quotes.push({ id: 'x', text: 'green light', speaker: null, occurrences: [{ article: 'article', start: 0, end: 1, text: 'green light', speakerName: null }] }); } },
    { name: 'wrong age value', metric: 'ages', field: 'precision', mutate: (a) => { const c = a.claims.find((x) => x.kind === 'age')!; c.values[0]!.normalized = 62; c.values[0]!.value = '62'; } },
    { name: 'age given to the wrong person', metric: 'ages', field: 'recall', mutate: (a) => { a.claims.find((x) => x.kind === 'age')!.subject = 'Lucia Ferrante'; } },
    { name: 'person typed as an organisation', metric: 'entities:person', field: 'recall', mutate: (a) => { a.entities.find((x) => x.type === 'person')!.type = 'organization'; } },
    { name: 'relative date resolved a day off', metric: 'dates', field: 'precision', mutate: (a) => { a.events[0]!.date = '2024-11-04'; } },
    { name: 'quantity with the wrong number', metric: 'quantities', field: 'recall', mutate: (a) => { a.claims[1]!.values[0]!.normalized = 32; a.claims[1]!.values[0]!.value = '32'; } },
    { name: 'qualifier dropped', metric: 'quantity-qualifier', field: 'precision', mutate: (a) => { a.claims[1]!.values[0]!.qualifier = null; } },
  ];
  it.each(cases)('$name → $metric $field < 1', ({ mutate, metric, field }) => {
    const a = structuredClone(perfectArticle(earthquake)) as Mutable;
    mutate(a);
    const r = rates(scoreArticle(earthquake, a)[metric] ?? { tp: 0, fp: 0, fn: 0 });
    expect(r[field], JSON.stringify(scores(scoreArticle(earthquake, a)))).toBeLessThan(1);
  });

  const storyCases: { name: string; mutate: (a: Mutable) => void; metric: string; field: 'precision' | 'recall' }[] = [
    { name: 'conflict reported as agreement', metric: 'claims:conflict', field: 'recall', mutate: (a) => { a.claims.find((c) => c.status === 'conflict')!.status = 'agreed'; } },
    { name: 'update reported as conflict', metric: 'claims:conflict', field: 'precision', mutate: (a) => { a.claims.find((c) => c.status === 'updated')!.status = 'conflict'; } },
    { name: 'conflict with an extra value', metric: 'claims:conflict', field: 'precision', mutate: (a) => { a.claims.find((c) => c.status === 'conflict')!.values.push(value(99, [])); } },
    { name: 'syndicated copy not grouped', metric: 'syndication', field: 'recall', mutate: (a) => { a.independence = []; } },
    { name: 'independent articles grouped', metric: 'syndication', field: 'precision', mutate: (a) => { a.independence = [{ id: 'g', articles: ['id-01-meridian-wire', 'id-02-coastal-gazette', 'id-03-harbour-herald'], similarity: 0.5, reason: 'x' }]; } },
    { name: 'quote carried by one outlet fewer', metric: 'quote-carriers', field: 'recall', mutate: (a) => { a.quotes[0]!.occurrences.pop(); } },
    { name: 'altered wording not flagged', metric: 'quote-altered', field: 'recall', mutate: (a) => { a.quotes[0]!.altered = false; } },
    { name: 'wrong agreement source count', metric: 'claim-sources', field: 'precision', mutate: (a) => { a.claims.find((c) => c.status === 'agreed')!.independentSources = 4; } },
    { name: 'invented timeline date', metric: 'timeline', field: 'precision', mutate: (a) => { a.events.push({ id: 'tx', date: '2025-09-20', description: 'x', entities: [], evidence: [] }); } },
  ];
  it.each(storyCases)('story: $name → $metric $field < 1', ({ mutate, metric, field }) => {
    const a = structuredClone(perfectStory(bridge)) as Mutable;
    mutate(a);
    const r = rates(scoreStory(bridge, a)[metric] ?? { tp: 0, fp: 0, fn: 0 });
    expect(r[field], JSON.stringify(scores(scoreStory(bridge, a)))).toBeLessThan(1);
  });
});

describe('matching is lenient on form, strict on identity', () => {
  it('accepts titles, case and a bare surname for the right speaker', () => {
    const a = structuredClone(perfectArticle(earthquake)) as Mutable;
    a.quotes[0]!.occurrences[0]!.speakerName = 'FERRANTE';
    a.quotes[2]!.occurrences[0]!.speakerName = 'Dr Hana Kowalczyk';
    a.entities.find((x) => x.name === 'Anselm Drechsler')!.name = 'Governor Anselm Drechsler';
    const t = scoreArticle(earthquake, a);
    expect(allPerfect(t)).toEqual(ones(t));
  });
  it('rejects another person with the same title', () => {
    const a = structuredClone(perfectArticle(earthquake)) as Mutable;
    a.quotes[1]!.occurrences[0]!.speakerName = 'Governor Lucia Ferrante';
    expect(rates(scoreArticle(earthquake, a)['quote-speakers']!).precision).toBeLessThan(1);
  });
  it('a predicted total with nothing in it has no precision and zero recall', () => {
    const t = scoreArticle(earthquake, asAnalysis({ articles: [], entities: [], quotes: [], events: [], claims: [] }));
    expect(rates(t['quotes']!)).toEqual({ precision: null, recall: 0, f1: null });
  });
});

describe('speaker names carrying role words', () => {
  it('accepts a full name after lower-case role words, not a surname after them', () => {
    const a = structuredClone(perfectArticle(earthquake)) as Mutable;
    a.quotes[0]!.occurrences[0]!.speakerName = 'head of agency Lucia Ferrante';
    expect(rates(scoreArticle(earthquake, a)['quote-speakers']!).precision).toBe(1);
    a.quotes[0]!.occurrences[0]!.speakerName = 'head of agency Ferrante';
    expect(rates(scoreArticle(earthquake, a)['quote-speakers']!).precision).toBeLessThan(1);
  });
});
