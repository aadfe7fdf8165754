/**
 * The CoNLL loader and the exact-span scorer of npm run eval:real, on hand-made CoNLL lines
 * (no cache needed): documents split at datelines, text rebuilt with offsets that point at the
 * tokens, IOB1 and IOB2 chunks, and each kind of mistake counted where it belongs.
 */
import { describe, expect, it } from 'vitest';
import { chunks, documentText, isTableLike, parseConll, toDocuments } from '../../scripts/eval-real/formats/conll.js';
import { scoreSpans } from '../../scripts/eval-real/score/spans.js';

const conll = (rows: string[]) => rows.map((r) => (r === '' ? '' : r.split(' ').length === 2 ? `${r.split(' ')[0]} X X ${r.split(' ')[1]}` : r)).join('\n');

// two invented stories: a ferry timetable and a library opening, then a results table
const FILE = conll([
  'FERRY O', 'TIMES O', 'CHANGE O', '',
  'KIRKWALL B-LOC', '2031-04-02 O', '',
  'Orkney B-ORG', 'Ferries I-ORG', 'said O', 'Anna B-PER', 'Brodie I-PER', "'s O", 'crew O', 'will O', 'sail O', 'at O', 'dawn O', '. O', '',
  '" O', 'It O', 'is O', 'early O', ', O', '" O', 'she O', 'said O', '. O', '',
  'LIBRARY O', 'OPENS O', '',
  'DUNDEE B-LOC', '2031-04-03 O', '',
  'The O', 'new O', 'library O', 'in O', 'Dundee I-LOC', 'opened O', 'on O', 'Tuesday O', 'with O', 'Tom I-PER', 'Reid I-PER', '. O', '',
  'RESULTS O', '',
  'OBAN B-LOC', '2031-04-04 O', '',
  'Oban I-ORG', '3 O', 'Mull I-ORG', '1 O', '',
  'Skye I-ORG', '2 O', 'Barra I-ORG', '0 O', '',
]);

describe('CoNLL loader', () => {
  const docs = toDocuments(parseConll(FILE));
  it('starts a document at the headline before each dateline', () => {
    expect(docs.map((d) => d.length)).toEqual([4, 3, 4]);
  });
  it('splits at -DOCSTART- when the file has it', () => {
    const marked = toDocuments(parseConll(conll(['-DOCSTART- -X- O O', '', 'Rain O', 'fell O', '', '-DOCSTART- -X- O O', '', 'Snow O', ''])));
    expect(marked.map((d) => d.length)).toEqual([1, 1]);
  });
  it('reads IOB1 and IOB2 chunks, a new B- of the same type ending the previous one', () => {
    expect(chunks(['I-PER', 'I-PER', 'O', 'B-LOC', 'I-LOC', 'B-LOC', 'I-ORG'])).toEqual([
      { first: 0, end: 2, type: 'PER' }, { first: 3, end: 5, type: 'LOC' }, { first: 5, end: 6, type: 'LOC' }, { first: 6, end: 7, type: 'ORG' },
    ]);
  });
  it('rebuilds text whose gold offsets point at the entity words', () => {
    const { text, gold, published } = documentText(docs[0]!);
    expect(published).toBe('2031-04-02');
    expect(gold.map((g) => `${g.type} ${text.slice(g.start, g.end)}`)).toEqual(['LOC KIRKWALL', 'ORG Orkney Ferries', 'PER Anna Brodie']);
    expect(text).toContain("Anna Brodie's crew will sail at dawn.");
    expect(text).toContain('"It is early," she said.');
    expect(text.split('\n')).toHaveLength(4);
  });
  it('tells prose from a results table', () => {
    expect(docs.map(isTableLike)).toEqual([false, false, true]);
  });
});

describe('exact-span scorer', () => {
  const gold = [
    { start: 0, end: 5, type: 'PER' }, { start: 10, end: 15, type: 'ORG' }, { start: 20, end: 25, type: 'LOC' },
    { start: 30, end: 35, type: 'MISC' }, { start: 40, end: 45, type: 'PER' }, { start: 50, end: 55, type: 'LOC' },
  ];
  const predicted = [
    { start: 0, end: 5, type: 'PER' }, // right
    { start: 10, end: 15, type: 'LOC' }, // wrong type: one fp and one fn
    { start: 20, end: 23, type: 'LOC' }, // boundary: one fp and one fn
    { start: 30, end: 35, type: 'ORG' }, // on a MISC span: fp
    { start: 40, end: 45, type: 'OTHER' }, // found but untyped: fn only
    { start: 60, end: 65, type: 'PER' }, // spurious
  ];
  const { counts, errors } = scoreSpans(gold, predicted, ['PER', 'ORG', 'LOC']);
  it('counts micro and per-type tallies', () => {
    expect(counts['all']).toEqual({ tp: 1, fp: 4, fn: 4 });
    expect(counts['PER']).toEqual({ tp: 1, fp: 1, fn: 1 });
    expect(counts['ORG']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(counts['LOC']).toEqual({ tp: 0, fp: 2, fn: 2 });
  });
  it('names the cause of every miss and false hit', () => {
    expect(errors.map((e) => `${e.start} ${e.kind}`)).toEqual([
      '10 fn wrong-type', '10 fp wrong-type', '20 fn boundary', '20 fp boundary', '30 fp on-unscored-gold', '40 fn unscored-type', '50 fn missed', '60 fp spurious',
    ]);
  });
  it('scores a perfect prediction 1.0', () => {
    const r = scoreSpans(gold, gold, ['PER', 'ORG', 'LOC']);
    expect(r.counts['all']).toEqual({ tp: 5, fp: 0, fn: 0 });
    expect(r.errors).toEqual([]);
  });
});
