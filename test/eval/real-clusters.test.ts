/**
 * Pairwise clustering scores of npm run eval:real and the Partisan-Event-Dataset reader, on
 * hand-made input (no cache needed).
 */
import { describe, expect, it } from 'vitest';
import { pairwise, prf } from '../../scripts/eval-real/lib/prf.js';
import { scoreClusters } from '../../scripts/eval-real/score/clusters.js';
import { repeatedStories, storyOf, toRecord } from '../../scripts/eval-real/formats/partisan.js';

describe('pairwise clustering score', () => {
  // gold: {a1,a2} {b1,b2} {c1}; predicted: {a1,a2,b1} {b2} {c1}
  const gold = new Map([['a1', 'A'], ['a2', 'A'], ['b1', 'B'], ['b2', 'B'], ['c1', 'C']]);
  const predicted = new Map([['a1', 1], ['a2', 1], ['b1', 1], ['b2', 2], ['c1', 3]]);
  it('counts pairs put together rightly, wrongly, and pairs split', () => {
    expect(pairwise(gold, predicted)).toEqual({ tp: 1, fp: 2, fn: 1 });
    const q = prf(pairwise(gold, predicted));
    expect(q.p).toBeCloseTo(1 / 3);
    expect(q.r).toBeCloseTo(1 / 2);
  });
  it('scores the gold clustering 1.0 and leaves out items nobody clustered', () => {
    expect(pairwise(gold, gold)).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(pairwise(gold, new Map([['a1', 1], ['a2', 1]]))).toEqual({ tp: 1, fp: 0, fn: 0 });
  });
  it('names each split and each merged pair', () => {
    const { counts, errors } = scoreClusters(gold, predicted);
    expect(counts).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(errors.map((e) => `${e.kind} ${e.expected}`)).toEqual(['split B: b1 + b2', 'merged A / B: a1 + b1', 'merged A / B: a2 + b1']);
  });
});

describe('Partisan-Event-Dataset reader', () => {
  it('reads the story from a document id and builds an ingestible record', () => {
    expect(storyOf('STORY_12_DOCUMENT_1.json')).toBe('STORY_12');
    expect(storyOf('README.md')).toBeNull();
    const r = toRecord({ id: 'STORY_3_DOCUMENT_0', title: 'Orchard frost', source: 'Valley Post', date: '2031-05-02', news: [{ text: 'Frost hit the orchards. ' }, { text: 'Growers counted losses.' }] });
    expect(r).toEqual({ id: 'STORY_3_DOCUMENT_0', title: 'Orchard frost', outlet: 'Valley Post', published: '2031-05-02', text: 'Frost hit the orchards.\nGrowers counted losses.' });
  });
});

describe('Partisan-Event-Dataset stories held twice', () => {
  const rec = (id: string, outlet: string, title: string, published: string | null = '2031-05-02') => ({ id, outlet, title, published });
  it.each([
    {
      name: 'one event under two story numbers (same outlets, titles, day)',
      records: [rec('STORY_4_DOCUMENT_0', 'Valley Post', 'Orchard frost ruins harvest'), rec('STORY_4_DOCUMENT_1', 'Hill Times', 'Growers count frost losses'), rec('STORY_19_DOCUMENT_0', 'Hill Times', 'Growers count frost losses'), rec('STORY_19_DOCUMENT_1', 'Valley Post', 'Orchard frost ruins harvest')],
      repeated: [['STORY_4', 'STORY_19']],
    },
    {
      name: 'a ferry strike told twice, titles differing in case',
      records: [rec('STORY_8_DOCUMENT_0', 'Coast Daily', 'Ferry crews strike'), rec('STORY_30_DOCUMENT_0', 'Coast Daily', 'Ferry Crews Strike')],
      repeated: [['STORY_8', 'STORY_30']],
    },
    {
      name: 'same title, another outlet (must not count)',
      records: [rec('STORY_4_DOCUMENT_0', 'Valley Post', 'Orchard frost ruins harvest'), rec('STORY_19_DOCUMENT_0', 'Hill Times', 'Orchard frost ruins harvest')],
      repeated: [],
    },
    {
      name: 'same outlet and title a year later (must not count)',
      records: [rec('STORY_8_DOCUMENT_0', 'Coast Daily', 'Ferry crews strike'), rec('STORY_30_DOCUMENT_0', 'Coast Daily', 'Ferry crews strike', '2032-05-02')],
      repeated: [],
    },
    {
      name: 'placeholder titles (must not count)',
      records: [rec('STORY_8_DOCUMENT_0', 'Coast Daily', 'ferry_3_1'), rec('STORY_30_DOCUMENT_0', 'Coast Daily', 'ferry_3_1')],
      repeated: [],
    },
  ])('$name', ({ records, repeated }) => {
    expect(repeatedStories(records)).toEqual(repeated);
  });
});
