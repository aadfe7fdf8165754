import { describe, expect, it } from 'vitest';
import { buildFraming } from '../../../src/compare/framing/index.js';
import type { Article, Quote } from '../../../src/contract/analysis-schema.js';
import type { ArticleExtraction, Mention, QuoteRecord } from '../../../src/model/records.js';
import { article } from '../independence/fixtures.js';

/** An extraction whose mentions and quotes are found by their text in the article. */
function extraction(a: Article, opts: { names?: string[]; quotes?: string[]; scare?: string[] } = {}): ArticleExtraction {
  const spans = (needle: string) => {
    const out: { start: number; end: number }[] = [];
    for (let i = a.text.indexOf(needle); i >= 0; i = a.text.indexOf(needle, i + 1)) out.push({ start: i, end: i + needle.length });
    if (!out.length) throw new Error(`"${needle}" not in ${a.id}`);
    return out;
  };
  const mentions: Mention[] = (opts.names ?? []).flatMap((n) =>
    spans(n).map((s) => ({ kind: 'mention', stage: 'test', span: { article: a.id, ...s }, text: n, type: 'person', role: null, roleSpan: null, entity: `person:${n.toLowerCase()}`, sentence: 0 }) as const),
  );
  const quote = (t: string, scare: boolean): QuoteRecord[] =>
    spans(t).map((s) => ({ kind: 'quote', stage: 'test', span: { article: a.id, ...s }, text: t, speaker: null, partial: false, scare, sentence: 0 }));
  return {
    article: a,
    entities: { mentions: mentions.sort((x, y) => x.span.start - y.span.start), entities: [] },
    quotes: [...(opts.quotes ?? []).flatMap((t) => quote(t, false)), ...(opts.scare ?? []).flatMap((t) => quote(t, true))],
    dates: [], events: [], quantities: [], diagnostics: [],
  };
}

// Two outlets telling the port strike in different words; the third article has no outlet.
const herald = article('a1', [
  'Militant dockers launched a crippling walkout at Marlow on Monday. The crippling walkout left 40 ships idle.',
  'Union bosses led by Tomas Reyes refused every offer. Reyes said the walkout would go on. Critics called the walkout "economic sabotage" by greedy union bosses.',
  'The union said: “We will stay out until the bosses listen to the workers, the workers, the workers.”',
].join('\n'), { outlet: 'Coastline Herald' });
const courier = article('a2', [
  'Dock workers began industrial action at Marlow on Monday after pay talks failed. The industrial action follows months of stalled pay talks.',
  'Workers say wages have fallen behind prices. Tomas Reyes said members had been patient. The operator called the demands "unrealistic," and its chief repeated that they were "unrealistic".',
].join('\n'), { outlet: 'Bay Courier' });
const courier2 = article('a3', 'Pay talks are due to resume on Wednesday. Dock workers plan more industrial action if pay talks fail.', { outlet: 'bay courier' });
const anonymous = article('a4', 'Dock workers at Marlow stayed out on Tuesday as pay talks stalled. Traders worried about shortages.');

const extractions = [
  extraction(herald, { names: ['Tomas Reyes', 'Reyes', 'Marlow'], quotes: ['We will stay out until the bosses listen to the workers, the workers, the workers.'], scare: ['economic sabotage'] }),
  extraction(courier, { names: ['Tomas Reyes', 'Marlow'], scare: ['unrealistic', 'unrealistic,'] }),
  extraction(courier2, {}),
  extraction(anonymous, { names: ['Marlow'] }),
];

const ledger: Quote[] = [
  { id: 'q1', text: 'the walkout would go on', speaker: { name: 'Tomas Reyes', entity: 'e1', role: null }, occurrences: [{ article: 'a1', start: 0, end: 5, text: 'x', speakerName: 'Tomas Reyes' }, { article: 'a2', start: 0, end: 5, text: 'x', speakerName: 'Tomas Reyes' }] },
  { id: 'q2', text: 'we will stay out', speaker: null, occurrences: [{ article: 'a1', start: 0, end: 5, text: 'x', speakerName: 'Reyes' }, { article: 'a1', start: 9, end: 12, text: 'y', speakerName: 'Jane Roe' }] },
];

describe('buildFraming', () => {
  const framing = buildFraming(extractions, ledger);
  const of = (outlet: string) => framing.find((f) => f.outlet === outlet)!;
  const terms = (outlet: string) => of(outlet).distinctiveTerms.map((t) => t.term);

  it('groups articles by outlet (case-insensitively); articles without an outlet stand alone, by id', () => {
    expect(framing.map((f) => [f.outlet, f.articles])).toEqual([
      ['Bay Courier', ['a2', 'a3']],
      ['Coastline Herald', ['a1']],
      ['a4', ['a4']],
    ]);
  });

  it('finds each outlet\'s own word choices', () => {
    expect(terms('Coastline Herald')).toEqual(expect.arrayContaining(['walkout', 'crippling walkout', 'union bosses']));
    expect(terms('Bay Courier')).toEqual(expect.arrayContaining(['industrial action']));
    // a word only ever seen inside a listed bigram is not listed again on its own
    expect(terms('Bay Courier')).not.toContain('industrial');
    expect(terms('Coastline Herald')).not.toContain('crippling');
    const walkout = of('Coastline Herald').distinctiveTerms.find((t) => t.term === 'walkout')!;
    expect(walkout.count).toBe(4);
    expect(walkout.score).toBeGreaterThan(1);
  });

  it.each([
    ['words shared by every outlet', 'dock'],
    ['entity names', 'marlow'],
    ['surnames mentioned alone', 'reyes'],
    ['words inside quoted speech', 'workers, the workers'],
    ['stopwords', 'the'],
    ['numbers', '40'],
    ['another outlet\'s choice', 'industrial action'],
  ])('does not list %s', (_name, term) => {
    expect(terms('Coastline Herald')).not.toContain(term);
    if (term !== 'industrial action') expect(terms('Bay Courier')).not.toContain(term);
  });

  it('orders terms by score, most distinctive first', () => {
    const scores = of('Coastline Herald').distinctiveTerms.map((t) => t.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(scores.length).toBeLessThanOrEqual(10);
  });

  it('lists scare quotes once each, without trailing punctuation', () => {
    expect(of('Coastline Herald').scareQuotes).toEqual(['economic sabotage']);
    expect(of('Bay Courier').scareQuotes).toEqual(['unrealistic']);
    expect(of('a4').scareQuotes).toEqual([]);
  });

  it('counts whose voices each outlet carries, folding a surname into the full name', () => {
    expect(of('Coastline Herald').voices).toMatchObject([
      { name: 'Tomas Reyes', entity: 'e1', quotes: 2, words: 2, share: 0.667 },
      { name: 'Jane Roe', entity: null, quotes: 1, words: 1, share: 0.333 },
    ]);
    expect(of('Coastline Herald').voices[0]!.spans).toHaveLength(2);
    expect(of('Bay Courier').voices).toMatchObject([{ name: 'Tomas Reyes', entity: 'e1', quotes: 1, share: 1 }]);
    expect(of('a4').voices).toEqual([]);
  });

  it('is deterministic and independent of input order', () => {
    expect(JSON.stringify(buildFraming([...extractions].reverse(), ledger))).toBe(JSON.stringify(framing));
  });

  it('has no distinctive terms when there is nothing to compare with', () => {
    const [only] = buildFraming([extractions[0]!], ledger);
    expect(only!.distinctiveTerms).toEqual([]);
    expect(only!.scareQuotes).toEqual(['economic sabotage']);
  });
});
