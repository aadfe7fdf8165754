/**
 * The real-stories scorers, offset map, converter and loader on hand-made input (no cache needed):
 * a prediction that says what the gold says scores 1.0, and each known mistake lowers the metric
 * it should. The texts are invented (a ferry fire, a bakery merger).
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { normalizeText } from '../../src/ingest/normalize-text.js';
import { convert, locate } from '../../scripts/eval-real/annotate.js';
import { replayClusters, streamOrder } from '../../scripts/eval-real/lib/cluster-replay.js';
import { normalizeWithMap, toRaw } from '../../scripts/eval-real/lib/text-map.js';
import { commonErrors, occursAlone, scoreStory, valueMatches, type GoldStory, type Predicted, type Tally } from '../../scripts/eval-real/score/real-stories.js';
import realStories, { loadTexts, predictedRecords, restrictStory, toArticle } from '../../scripts/eval-real/sets/real-stories.js';

const FERRY_A = 'Ferry fire at Port Wendle\n\nThe ferry Marisol caught fire on Monday, officials said. Captain Ines Duarte said: "We got every passenger off in twelve minutes." Eleven people were hurt.';
const FERRY_B = 'Fire crews from Port Wendle put out a blaze on the Marisol. Duarte, the captain, said "every passenger got off". Fourteen people were treated, the harbour authority said.';

const gold: GoldStory = {
  slug: 'ferry',
  articles: [
    { id: 'a1', published: '2031-05-06', sha256: '' },
    { id: 'a2', published: '2031-05-07', sha256: '' },
  ],
  entities: [
    { id: 'e1', name: 'Ines Duarte', type: 'person', aliases: ['Duarte'], articles: ['a1', 'a2'] },
    { id: 'e2', name: 'Port Wendle', type: 'place', aliases: [], articles: ['a1', 'a2'] },
    { id: 'e3', name: 'Marisol', type: 'other', aliases: [], articles: ['a1', 'a2'] },
  ],
  quotes: [
    { article: 'a1', start: FERRY_A.indexOf('We got'), end: FERRY_A.indexOf(' in twelve minutes.') + 19, speaker: 'e1' },
    { article: 'a2', start: FERRY_B.indexOf('every passenger got off'), end: FERRY_B.indexOf('every passenger got off') + 23, speaker: 'e1' },
  ],
  events: [{ article: 'a1', start: FERRY_A.indexOf('on Monday'), end: FERRY_A.indexOf('on Monday') + 9, value: '2031-05-05' }],
  agreements: [
    { label: 'ship that burned', kind: 'name', value: 'Marisol', articles: ['a1', 'a2'], evidence: [{ article: 'a1', start: 0, end: 3 }] },
  ],
  conflicts: [
    {
      label: 'people hurt', kind: 'number', update: true,
      values: [
        { value: '11', articles: ['a1'], evidence: [{ article: 'a1', start: 0, end: 3 }] },
        { value: '14', articles: ['a2'], evidence: [{ article: 'a2', start: 0, end: 3 }] },
      ],
    },
  ],
};
const texts = { a1: FERRY_A, a2: FERRY_B };

/** A prediction that says exactly what the gold says. */
function perfect(): Predicted {
  return {
    entities: [
      { name: 'Ines Duarte', aliases: ['Duarte'], type: 'person' },
      { name: 'Port Wendle', aliases: [], type: 'place' },
      { name: 'Marisol', aliases: [], type: 'other' },
    ],
    quotes: gold.quotes.map((q) => ({ article: q.article, start: q.start, end: q.end, speaker: 'Ines Duarte' })),
    dates: [{ article: 'a1', start: 27, end: 70, value: '2031-05-05' }],
    claims: [
      { kind: 'name', status: 'agreed', topic: 'ship', values: [{ value: 'Marisol', normalized: 'Marisol', articles: ['a1', 'a2'] }] },
      { kind: 'quantity', status: 'updated', topic: 'people hurt', values: [{ value: 'Eleven', normalized: 11, articles: ['a1'] }, { value: 'Fourteen', normalized: 14, articles: ['a2'] }] },
    ],
  };
}

const row = (t: Tally, task: string, metric: string) => t[`${task}|${metric}`] ?? { tp: -1, fp: -1, fn: -1 };

describe('scoreStory', () => {
  it('scores a prediction that says what the gold says at 1.0 everywhere', () => {
    const { tally, errors } = scoreStory(gold, perfect(), texts);
    expect(errors).toEqual([]);
    for (const [k, c] of Object.entries(tally)) {
      expect(c.fp, k).toBe(0);
      expect(c.fn, k).toBe(0);
    }
    expect(row(tally, 'entities', 'alias merges')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(row(tally, 'conflicts', 'update vs conflict right')).toEqual({ tp: 1, fp: 0, fn: 0 });
  });

  it('counts a missed entity, a wrong type, a spurious entity and an unmerged alias', () => {
    const p = perfect();
    p.entities = [
      { name: 'Ines Duarte', aliases: [], type: 'person' },
      { name: 'Duarte', aliases: [], type: 'person' },
      { name: 'Port Wendle', aliases: [], type: 'organization' },
      { name: 'Monday', aliases: [], type: 'other' },
    ];
    const { tally, errors } = scoreStory(gold, p, texts);
    expect(row(tally, 'entities', 'found (name/alias)')).toEqual({ tp: 2, fp: 1, fn: 1 });
    expect(row(tally, 'entities', 'type right')).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(row(tally, 'entities', 'alias merges')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(errors.map((e) => e.kind).sort()).toEqual(['aliases not merged', 'missed', 'spurious other', 'type organization for place']);
  });

  it('counts one entity that carries two gold entities as a wrong merge', () => {
    const p = perfect();
    p.entities = [{ name: 'Port Wendle', aliases: ['Marisol'], type: 'place' }, ...p.entities];
    expect(row(scoreStory(gold, p, texts).tally, 'entities', 'alias merges').fp).toBe(1);
  });

  it('finds a quote by overlap and checks its speaker (surname accepted, wrong name not)', () => {
    const p = perfect();
    const q0 = gold.quotes[0]!;
    p.quotes = [
      { article: 'a1', start: q0.start - 1, end: q0.end - 5, speaker: 'Duarte' },
      { article: 'a2', start: gold.quotes[1]!.start, end: gold.quotes[1]!.end, speaker: 'harbour authority' },
      { article: 'a2', start: 0, end: 10, speaker: null },
    ];
    const { tally } = scoreStory(gold, p, texts);
    expect(row(tally, 'quotes', 'found')).toEqual({ tp: 2, fp: 1, fn: 0 });
    expect(row(tally, 'quotes', 'speaker right')).toEqual({ tp: 1, fp: 1, fn: 0 });
  });

  it('does not count a quote that overlaps by a few characters only', () => {
    const p = perfect();
    const q0 = gold.quotes[0]!;
    p.quotes = [{ article: 'a1', start: q0.end - 3, end: q0.end + 40, speaker: 'Ines Duarte' }];
    expect(row(scoreStory(gold, p, texts).tally, 'quotes', 'found')).toEqual({ tp: 0, fp: 1, fn: 2 });
  });

  it('separates a date found with the wrong value from one not found', () => {
    const p = perfect();
    p.dates = [{ article: 'a1', start: 27, end: 70, value: '2031-05-12' }];
    const { tally, errors } = scoreStory(gold, p, texts);
    expect(row(tally, 'dates', 'found')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(row(tally, 'dates', 'value right')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(errors[0]?.kind).toBe('wrong value');
    p.dates = [{ article: 'a2', start: 0, end: 20, value: '2031-05-05' }];
    expect(row(scoreStory(gold, p, texts).tally, 'dates', 'found')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('wants an agreed claim of a compatible kind carried by two gold articles', () => {
    const p = perfect();
    p.claims[0] = { kind: 'name', status: 'agreed', topic: 'ship', values: [{ value: 'Marisol', normalized: 'Marisol', articles: ['a1', 'a9'] }] };
    expect(row(scoreStory(gold, p, texts).tally, 'agreements', 'found')).toEqual({ tp: 0, fp: 1, fn: 1 });
    p.claims[0] = { kind: 'quantity', status: 'agreed', topic: 'ship', values: [{ value: 'Marisol', normalized: 'Marisol', articles: ['a1', 'a2'] }] };
    const r = scoreStory(gold, p, texts);
    expect(row(r.tally, 'agreements', 'found').tp).toBe(0);
    expect(r.errors.find((e) => e.task === 'agreements' && e.kind.startsWith('missed'))?.kind).toBe('missed: agreed under another kind');
  });

  it('finds a conflict by two matching values and checks update against conflict', () => {
    const p = perfect();
    p.claims[1] = { ...p.claims[1]!, status: 'conflict' };
    const { tally, errors } = scoreStory(gold, p, texts);
    expect(row(tally, 'conflicts', 'found (values match)')).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(row(tally, 'conflicts', 'update vs conflict right')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(errors[0]?.kind).toBe('update shown as conflict');
    p.claims[1] = { kind: 'quantity', status: 'conflict', topic: 'people hurt', values: [{ value: '11', normalized: 11, articles: ['a1'] }, { value: '12', normalized: 12, articles: ['a2'] }] };
    expect(row(scoreStory(gold, p, texts).tally, 'conflicts', 'found (values match)')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('counts numeric conflicts apart: a spurious quantity update is a numeric fp, a spurious name conflict is not', () => {
    const p = perfect();
    p.claims.push(
      { kind: 'quantity', status: 'updated', topic: 'people rescued', values: [{ value: '3', normalized: 3, articles: ['a1'] }, { value: '5', normalized: 5, articles: ['a2'] }] },
      { kind: 'name', status: 'conflict', topic: 'captain', values: [{ value: 'Ines Duarte', normalized: 'Ines Duarte', articles: ['a1'] }, { value: 'Ina Duarte', normalized: 'Ina Duarte', articles: ['a2'] }] },
    );
    const { tally } = scoreStory(gold, p, texts);
    expect(row(tally, 'conflicts', 'found (values match)')).toEqual({ tp: 1, fp: 2, fn: 0 });
    expect(row(tally, 'conflicts', 'numeric found')).toEqual({ tp: 1, fp: 1, fn: 0 });
    expect(row(tally, 'conflicts', 'numeric update right')).toEqual({ tp: 1, fp: 0, fn: 0 });
    p.claims = p.claims.filter((c) => c.kind !== 'quantity');
    const missed = scoreStory(gold, p, texts).tally;
    expect(row(missed, 'conflicts', 'numeric found')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(row(missed, 'conflicts', 'found (values match)')).toEqual({ tp: 0, fp: 1, fn: 1 });
  });

  it('checks an update sequence against the gold report-time order', () => {
    const p = perfect();
    const upd = (values: [string, number, string][]) => values.map(([value, normalized, article]) => ({ value, normalized, article }));
    p.claims[1] = { ...p.claims[1]!, updates: upd([['Eleven', 11, 'a1'], ['Fourteen', 14, 'a2']]) };
    expect(row(scoreStory(gold, p, texts).tally, 'conflicts', 'update order right')).toEqual({ tp: 1, fp: 0, fn: 0 });
    p.claims[1] = { ...p.claims[1]!, updates: upd([['Fourteen', 14, 'a2'], ['Eleven', 11, 'a1']]) };
    const r = scoreStory(gold, p, texts);
    expect(row(r.tally, 'conflicts', 'update order right')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(r.errors.map((e) => e.kind)).toEqual(['update out of report-time order']);
    // a step stating no gold value (here a figure of another article) is left out of the order
    p.claims[1] = { ...p.claims[1]!, updates: upd([['Eleven', 11, 'a1'], ['Twelve', 12, 'a2'], ['Fourteen', 14, 'a2']]) };
    expect(row(scoreStory(gold, p, texts).tally, 'conflicts', 'update order right')).toEqual({ tp: 1, fp: 0, fn: 0 });
    p.claims[1] = { ...p.claims[1]!, status: 'conflict' };
    expect(row(scoreStory(gold, p, texts).tally, 'conflicts', 'update order right')).toEqual({ tp: 0, fp: 0, fn: 1 });
  });

  it('lists the most common error kinds per task', () => {
    const e = [{ task: 'dates', kind: 'missed' }, { task: 'dates', kind: 'missed' }, { task: 'dates', kind: 'spurious' }, { task: 'quotes', kind: 'missed' }];
    expect(commonErrors(e, 1)).toEqual({ dates: [['missed', 2]], quotes: [['missed', 1]] });
  });
});

describe('valueMatches', () => {
  const v = (value: string, normalized: number | string | null = null) => ({ value, normalized });
  it.each([
    ['number', '5500000000', v('$5.5 billion', 5_500_000_000)],
    ['number', '1175', v('1,175')],
    ['age', '31', v('31-year-old', 31)],
    ['date', '2031-05-05', v('Monday', '2031-05-05')],
    ['date', '12-11', v('December 11', '2031-12-11')],
    ['name', 'Marisol', v('the ferry Marisol')],
    ['title', 'chief secretary', v('Chief Secretary')],
  ])('%s %s matches %j', (kind, gold, pred) => expect(valueMatches(kind, gold, pred)).toBe(true));
  it.each([
    ['number', '275', v('278', 278)],
    ['number', '2100', v('850 hectares', 850)],
    ['date', '2031-05-05', v('May', '2031-05')],
    ['date', '12-11', v('November 12', '2031-11-12')],
    ['name', 'Marisol', v('Marigold')],
  ])('%s %s does not match %j', (kind, gold, pred) => expect(valueMatches(kind, gold, pred)).toBe(false));
});

describe('occursAlone', () => {
  const forms = ['Northfield Bakery Group', 'Northfield', 'NBG'];
  it('does not count a form met only inside a longer form of the same entity', () => {
    expect(occursAlone('Northfield Bakery Group bought Cobb Mills.', 'Northfield', forms)).toBe(false);
    expect(occursAlone('Northfield Bakery Group bought Cobb Mills; Northfield said so.', 'Northfield', forms)).toBe(true);
    expect(occursAlone('NBGX shares rose.', 'NBG', forms)).toBe(false);
  });
});

describe('normalizeWithMap', () => {
  const raws = [
    FERRY_A,
    '  Northfield Bakery\u00a0Group  agreed\r\n\r\nto buy Cobb Mills \u200bfor $40 million.\n\n\n  "A good day," said\tRae Kim.  ',
    '\n\nno leading text\u2028second line\f third',
  ];
  it.each(raws.map((r, i) => [i, r] as const))('gives normalizeText\'s text and a map back (case %i)', (_i, raw) => {
    const { text, orig } = normalizeWithMap(raw);
    expect(text).toBe(normalizeText(raw));
    expect(orig).toHaveLength(text.length);
    for (let i = 0; i < text.length; i++) if (text[i] !== '\n' && text[i] !== ' ') expect(raw[orig[i]!]).toBe(text[i]);
  });
  it('maps a span back to the raw offsets of the same words', () => {
    const raw = raws[1]!;
    const { text, orig } = normalizeWithMap(raw);
    const at = text.indexOf('Cobb Mills');
    const r = toRaw(orig, at, at + 10);
    expect(raw.slice(r.start, r.end)).toBe('Cobb Mills');
    const q = text.indexOf('A good day,');
    const r2 = toRaw(orig, q, q + 11);
    expect(raw.slice(r2.start, r2.end)).toBe('A good day,');
  });
});

describe('annotate: locate and convert', () => {
  it('locates text, a start|end range and the n-th occurrence; says what is missing', () => {
    expect(locate(FERRY_A, 'Port Wendle')).toEqual({ start: 14, end: 25 });
    const r = locate(FERRY_A, 'We got|minutes.');
    expect(FERRY_A.slice(r.start, r.end)).toBe('We got every passenger off in twelve minutes.');
    expect(FERRY_A.slice(locate(FERRY_A, 'fire', 1).start - 7, locate(FERRY_A, 'fire', 1).end)).toBe('caught fire');
    expect(() => locate(FERRY_A, 'iceberg', 0, 'q1')).toThrow(/q1: "iceberg"/);
  });
  it('writes offsets and values only, and finds the articles of an entity', () => {
    const draft = {
      slug: 'ferry', kind: 'ferry fire', holdout: false, summary: 'made up',
      articles: [{ id: 'a1', outlet: 'A', domain: 'a.example', published: '2031-05-06', bodyFrom: 'The ferry' }, { id: 'a2', outlet: 'B', domain: 'b.example' }],
      entities: [{ id: 'e1', name: 'Ines Duarte', type: 'person', aliases: ['Duarte'] }, { id: 'e2', name: 'Marisol', type: 'other' }],
      quotes: [{ article: 'a1', q: 'We got|minutes.', speaker: 'e1' }],
      events: [{ article: 'a1', q: 'on Monday', value: '2031-05-05', label: 'fire' }],
      agreements: [{ label: 'ship', kind: 'name', value: 'Marisol', ev: [['a1', 'Marisol'], ['a2', 'Marisol']] }],
      conflicts: [{ label: 'hurt', kind: 'number', update: true, values: [{ value: '11', ev: [['a1', 'Eleven']] }, { value: '14', ev: [['a2', 'Fourteen']] }] }],
    };
    const meta = [{ id: 'a1', url: 'https://a.example/1' }, { id: 'a2', url: 'https://b.example/2' }];
    const out = convert(draft, texts, meta);
    expect(out.articles[0]).toMatchObject({ id: 'a1', url: 'https://a.example/1', published: '2031-05-06', body: { start: FERRY_A.indexOf('The ferry') }, chars: FERRY_A.length });
    expect(out.articles[0]?.sha256).toBe(createHash('sha256').update(FERRY_A, 'utf8').digest('hex'));
    expect(out.articles[1]?.published).toBeNull();
    expect(out.entities[0]?.articles).toEqual(['a1', 'a2']);
    expect(out.agreements[0]?.articles).toEqual(['a1', 'a2']);
    expect(out.conflicts[0]?.values.map((v) => v.articles)).toEqual([['a1'], ['a2']]);
    expect(JSON.stringify(out)).not.toContain('every passenger');
  });
});

describe('loader', () => {
  const story: GoldStory = { ...gold, articles: [{ id: 'a1', published: '2031-05-06', sha256: createHash('sha256').update(FERRY_A).digest('hex'), body: { start: 27, end: FERRY_A.length } }] };
  it('reads a cached text whose sha256 matches, and names a changed or missing page', () => {
    const cache = mkdtempSync(join(tmpdir(), 'real-stories-'));
    expect(loadTexts(story, cache)).toEqual({ texts: {}, missing: [expect.stringMatching(/^a1 \(missing .*a1\.txt\)$/)] });
    mkdirSync(join(cache, 'stories', 'ferry'), { recursive: true });
    writeFileSync(join(cache, 'stories', 'ferry', 'a1.txt'), FERRY_A);
    expect(loadTexts(story, cache)).toEqual({ texts: { a1: FERRY_A }, missing: [] });
    writeFileSync(join(cache, 'stories', 'ferry', 'a1.txt'), `${FERRY_A}!`);
    expect(loadTexts(story, cache)).toEqual({ texts: {}, missing: [expect.stringMatching(/^a1 \(changed page: /)] });
  });
  it('restricts a story to the articles whose pages are present', () => {
    expect(restrictStory(gold, new Set(['a1', 'a2']))).toBe(gold);
    const three: GoldStory = {
      ...gold,
      articles: [...gold.articles, { id: 'a3', published: '2031-05-08', sha256: '' }],
      agreements: [...gold.agreements, { label: 'port', kind: 'place', value: 'Port Wendle', articles: ['a2', 'a3'], evidence: [{ article: 'a3', start: 0, end: 3 }] }],
    };
    const r = restrictStory(three, new Set(['a1', 'a3']));
    expect(r.articles.map((a) => a.id)).toEqual(['a1', 'a3']);
    expect(r.quotes.map((q) => q.article)).toEqual(['a1']);
    expect(r.events).toHaveLength(1);
    expect(r.entities.map((e) => e.articles)).toEqual([['a1'], ['a1'], ['a1']]);
    expect(r.agreements).toEqual([]); // each agreement is left with one article
    expect(r.conflicts).toEqual([]); // the conflict is left with one value
    const kept = restrictStory(three, new Set(['a2', 'a3']));
    expect(kept.agreements.map((g) => [g.label, g.articles, g.evidence.map((e) => e.article)])).toEqual([['port', ['a2', 'a3'], ['a3']]]);
  });
  it('leaves out the text before the body and maps spans back to cached-file offsets', () => {
    const { article, map } = toArticle(story.articles[0]!, FERRY_A, 'ferry#');
    expect(article.id).toBe('ferry#a1');
    expect(article.text.startsWith('The ferry Marisol')).toBe(true);
    const at = article.text.indexOf('on Monday');
    expect(map(at, at + 9)).toEqual({ start: FERRY_A.indexOf('on Monday'), end: FERRY_A.indexOf('on Monday') + 9 });
    const analysis = { entities: [], quotes: [], claims: [], events: [{ date: '2031-05-05', evidence: [{ article: 'a1', start: at, end: at + 9 }] }] };
    expect(predictedRecords(analysis, { a1: map }).dates).toEqual([{ article: 'a1', start: FERRY_A.indexOf('on Monday'), end: FERRY_A.indexOf('on Monday') + 9, value: '2031-05-05' }]);
  });
});

describe('cluster replay', () => {
  it('feeds the clustering in date order (undated last) and scores against the gold stories', async () => {
    const mk = (id: string, published: string | null) => ({ id, published });
    const items = [
      { article: mk('bakery#a2', '2031-06-02'), gold: 'bakery' },
      { article: mk('ferry#a1', '2031-05-06'), gold: 'ferry' },
      { article: mk('ferry#a2', null), gold: 'ferry' },
      { article: mk('bakery#a1', '2031-06-02'), gold: 'bakery' },
    ];
    expect(streamOrder(items.map((x) => x.article)).map((a) => a.id)).toEqual(['ferry#a1', 'bakery#a1', 'bakery#a2', 'ferry#a2']);
    let seen: string[] = [];
    const cluster = {
      clusterArticles: async (xs: readonly { id: string }[]) => {
        seen = xs.map((x) => x.id);
        return new Map(xs.map((x) => [x.id, x.id.startsWith('ferry') ? 1 : 2] as [string, number]));
      },
      pairwiseScores: (p: ReadonlyMap<string, unknown>, g: ReadonlyMap<string, unknown>) => ({ precision: 1, recall: 1, f1: 1, truePairs: p.size === g.size ? 2 : 0, falsePairs: 0, missedPairs: 0, items: p.size }),
    };
    const r = await replayClusters(cluster, items);
    expect(seen).toEqual(['ferry#a1', 'bakery#a1', 'bakery#a2', 'ferry#a2']);
    expect(r.stories).toBe(2);
    expect(r.truePairs).toBe(2);
  });
});

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = existsSync(join(REPO, 'dist/src/index.js'));

describe.skipIf(!BUILT)('the real-stories set, run on the built library (invented stories in a temp cache)', () => {
  const BAKERY_A = 'Northfield Bakery Group agreed on Tuesday to buy Cobb Mills for $40 million, the company said. "This gives us flour we can count on," chief executive Rae Kim said.';
  const BAKERY_B = 'Cobb Mills will be sold to Northfield Bakery Group for $40 million. Rae Kim, who runs Northfield, said "flour we can count on" was the reason.';
  const FERRY_C = 'The Marisol ferry fire at Port Wendle left eleven people hurt, the harbour authority said on Tuesday.';

  function setUp(): { cache: string; annotations: string } {
    const cache = mkdtempSync(join(tmpdir(), 'real-stories-run-'));
    const annotations = join(cache, 'annotations');
    mkdirSync(annotations);
    const stories = [
      { slug: 'ferry', texts: { a1: FERRY_A, a2: FERRY_B, a3: FERRY_C }, published: ['2031-05-06', '2031-05-07', '2031-05-08'], holdout: false },
      { slug: 'bakery', texts: { a1: BAKERY_A, a2: BAKERY_B }, published: ['2031-06-03', '2031-06-03'], holdout: true },
    ];
    for (const s of stories) {
      const ids = Object.keys(s.texts) as (keyof typeof s.texts)[];
      mkdirSync(join(cache, 'stories', s.slug), { recursive: true });
      for (const id of ids) writeFileSync(join(cache, 'stories', s.slug, `${id}.txt`), s.texts[id] ?? '');
      const draft = {
        slug: s.slug, kind: 'made up', holdout: s.holdout, summary: 'made up',
        articles: ids.map((id, i) => ({ id, outlet: `Outlet ${i}`, domain: `o${i}.example`, published: s.published[i] })),
        entities: s.slug === 'ferry' ? [{ id: 'e1', name: 'Port Wendle', type: 'place' }] : [{ id: 'e1', name: 'Rae Kim', type: 'person', aliases: ['Kim'] }],
        quotes: [], events: [], agreements: [], conflicts: [],
      };
      const out = convert(draft, s.texts, ids.map((id) => ({ id, url: `https://example.org/${s.slug}/${id}` })));
      writeFileSync(join(annotations, `${s.slug}.json`), JSON.stringify(out));
    }
    return { cache, annotations };
  }

  it('scores the development stories, clusters them, and leaves the held-out one for --holdout', async () => {
    const { cache, annotations } = setUp();
    const lib = (await import(join(REPO, 'dist/src/index.js'))) as unknown;
    const ctx = { lib, cache, limit: null, dist: join(REPO, 'dist/src'), annotations };
    const dev = await realStories.run(ctx);
    expect(dev.notes[0]).toBe('1 development stories, 3 articles scored');
    expect(dev.rows.map((r) => `${r.task}|${r.metric}`)).toContain('clustering|pairwise (one mixed stream)');
    const found = dev.rows.find((r) => r.task === 'entities' && r.metric === 'found (name/alias)');
    expect(found?.tp).toBe(1);
    const held = await realStories.run({ ...ctx, holdout: true });
    expect(held.notes[0]).toBe('1 held-out stories, 2 articles scored');
    expect(held.rows.find((r) => r.task === 'entities' && r.metric === 'found (name/alias)')?.fn).toBe(0);
  }, 60_000);

  it('scores a story without its changed page, with a note; skips it when fewer than two pages are left', async () => {
    const { cache, annotations } = setUp();
    writeFileSync(join(cache, 'stories', 'ferry', 'a2.txt'), `${FERRY_B} Updated.`);
    const lib = (await import(join(REPO, 'dist/src/index.js'))) as unknown;
    const ctx = { lib, cache, limit: null, dist: join(REPO, 'dist/src'), annotations };
    const res = await realStories.run(ctx);
    expect(res.notes).toContain('1 development stories, 2 articles scored');
    expect(res.notes.some((n) => /^ferry: scored without a2 \(changed page: /.test(n))).toBe(true);
    rmSync(join(cache, 'stories', 'ferry', 'a3.txt'));
    const none = await realStories.run(ctx);
    expect(none.notes.some((n) => /^ferry: skipped, fewer than two articles in the cache: a2 \(changed page: .*; a3 \(missing /.test(n))).toBe(true);
    expect(none.rows.every((r) => r.tp + r.fp + r.fn === 0)).toBe(true);
  }, 60_000);
});

describe.skipIf(!BUILT)('npm run eval:real -- --set real-stories (spawned)', () => {
  const runReal = (cache: string, ...args: string[]) =>
    spawnSync(process.execPath, ['scripts/eval-real/run.js', '--set', 'real-stories', ...args], { cwd: REPO, encoding: 'utf8', env: { ...process.env, CROSSCHECK_EVAL_CACHE: cache }, timeout: 120_000 });
  it('says what is missing and how to get it when the cache has no stories, and exits 0', () => {
    const r = runReal(mkdtempSync(join(tmpdir(), 'real-stories-empty-')));
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/real-stories: missing .*stories — save each article listed in eval\/real-stories/);
  });
  it('skips every annotated story whose texts are absent, naming the file', () => {
    const cache = mkdtempSync(join(tmpdir(), 'real-stories-bare-'));
    mkdirSync(join(cache, 'stories'));
    const r = runReal(cache, '--json');
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { sets: Record<string, { notes: string[] }> };
    const notes = out.sets['real-stories']?.notes ?? [];
    expect(notes.filter((n) => / skipped, fewer than two articles in the cache: a1 \(missing .*a1\.txt\)/.test(n)).length).toBeGreaterThan(0);
    expect(notes[0]).toMatch(/development stories, 0 articles scored$/);
  });
});
