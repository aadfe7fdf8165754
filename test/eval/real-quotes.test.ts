/**
 * The PolNeAR loader and the quote/speaker scorer of npm run eval:real, on a hand-made article and
 * brat annotation (no cache needed): quoted parts, source kinds, the referent of a pronoun, and
 * each kind of miss counted where it belongs.
 */
import { describe, expect, it } from 'vitest';
import { parseAnn } from '../../scripts/eval-real/formats/brat.js';
import { goldQuotations, sourceKind, trailingName } from '../../scripts/eval-real/formats/polnear.js';
import { quotedParts } from '../../scripts/eval-real/formats/quote-marks.js';
import { namesMatch, scoreQuotes, type PredictedQuote } from '../../scripts/eval-real/score/quotes.js';

// invented: a harbour dredging row, then a bakery award
const TEXT = [
  'Harbour master Ines Calder said the channel would close. “We have no choice,” she said.',
  'A port official said the work was “overdue and costly.”',
  'The baker was pleased. “Bread is patience,” said the judges. “Flour matters,” the head judge added.',
].join('\n');
const at = (s: string, from = 0) => TEXT.indexOf(s, from);
const t = (id: string, type: string, s: string, from = 0) => `${id}\t${type} ${at(s, from)} ${at(s, from) + s.length}\t${s}`;
const ANN = [
  t('T1', 'Source', 'Harbour master Ines Calder'), t('T2', 'Cue', 'said'), t('T3', 'Content', 'the channel would close'),
  'E1\tAttribution:T2 Content:T3 Source:T1',
  t('T4', 'Source', 'she'), t('T5', 'Content', '“We have no choice,”'),
  'E2\tAttribution:T2 Content:T5 Source:T4',
  t('T6', 'Source', 'A port official'), t('T7', 'Content', 'the work was “overdue and costly.”'),
  'E3\tAttribution:T2 Content:T7 Source:T6',
  t('T8', 'Source', 'the judges'), t('T9', 'Content', 'Bread is patience,'),
  'E4\tAttribution:T2 Content:T9 Source:T8',
  t('T10', 'Source', 'the head judge'), t('T11', 'Content', 'Flour matters,'),
  'E5\tAttribution:T2 Content:T11 Source:T10',
].join('\n');

describe('PolNeAR loader', () => {
  const { gold, regions } = goldQuotations(TEXT, parseAnn(ANN));
  it('keeps only attributions with quotation marks, with the words between them', () => {
    expect(gold.map((g) => TEXT.slice(g.parts[0]!.start, g.parts[0]!.end))).toEqual(['We have no choice,', 'overdue and costly.', 'Bread is patience,', 'Flour matters,']);
    expect(regions).toHaveLength(5);
  });
  it('tells names, pronouns and descriptions apart', () => {
    expect(['Ines Calder', 'The Harbour Board', 'harbour master Ines Calder', 'she', 'a port official', 'the judges', "Calder's deputy"].map(sourceKind))
      .toEqual(['name', 'name', 'name', 'pronoun', 'description', 'description', 'description']);
    expect(['harbour master Ines Calder', 'The Harbour Board', 'Sen. Ines Calder (D-Maine)', 'the Bank of Leith', 'the judges'].map(trailingName))
      .toEqual(['Ines Calder', 'Harbour Board', 'Sen. Ines Calder', 'Bank of Leith', null]);
    // an appositive or relative clause names someone else: the piece that is all name is the source
    expect(['Ola Berg, an aide to Sen. Ines Calder', 'an aide to the senator, Ola Berg', 'Berg, who joined the Harbour Board in 2029', 'ferry user Ola Berg of Stromness, Orkney'].map(trailingName))
      .toEqual(['Ola Berg', 'Ola Berg', 'Berg', 'Ola Berg of Stromness']);
  });
  it('resolves a pronoun or a definite singular description to the nearest named source before it', () => {
    expect(gold.map((g) => [g.kind, g.names])).toEqual([
      ['pronoun', ['Ines Calder']], ['description', []], ['description', []], ['description', ['Ines Calder']],
    ]);
  });
  it('reads discontinuous fragments and quotes the annotator left outside the span', () => {
    const ann = parseAnn('T1\tContent 2 5;9 12\tabc def');
    expect(ann.spans.get('T1')?.frags).toEqual([{ start: 2, end: 5 }, { start: 9, end: 12 }]);
    const s = 'He said "sail at noon" today';
    expect(quotedParts(s, 9, 21)).toEqual([{ start: 9, end: 21 }]);
    expect(quotedParts(s, 0, 28)).toEqual([{ start: 9, end: 21 }]);
    expect(quotedParts(s, 0, 7)).toEqual([]);
  });
});

describe('names of speakers', () => {
  it.each([
    ['Calder', 'Ines Calder', true], ['Ines Calder', 'Harbour master Ines Calder', true], ['Sen. Ines Calder (D-Maine)', 'Ines Calder', true],
    ['Ines', 'Ines Calder', false], ['Tom Calder', 'Ines Calder', false], ['the judges', 'judges', true],
    ['Ines Calder of Leith Bank', 'Ines Calder', true], ['Bank of Leith', 'Bank', false],
  ])('%s / %s → %s', (a, b, want) => {
    expect(namesMatch(a, b)).toBe(want);
    expect(namesMatch(b, a)).toBe(want);
  });
});

describe('quote scorer', () => {
  const { gold, regions } = goldQuotations(TEXT, parseAnn(ANN));
  const q = (s: string, speaker: string | null, extra: Partial<PredictedQuote> = {}): PredictedQuote => ({ start: at(s), end: at(s) + s.length, speaker, speakerSpan: null, ...extra });
  it('scores a prediction that says what the annotation says 1.0', () => {
    const official = at('A port official');
    const judges = at('the judges');
    const pred = [
      q('We have no choice,', 'Ines Calder'), q('overdue and costly.', 'port official', { speakerSpan: { start: official + 2, end: official + 15 } }),
      q('Bread is patience,', 'the judges', { speakerSpan: { start: judges, end: judges + 10 } }), q('Flour matters,', 'Calder'),
    ];
    const { counts, errors } = scoreQuotes(gold, pred, regions);
    expect(counts['direct quotes found']).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(counts['direct speaker right']).toEqual({ tp: 4, fp: 0, fn: 0 });
    expect(errors).toEqual([]);
  });
  it('judges an attribution split into two quotes by the piece that carries a speaker', () => {
    const g = { id: 'E9', parts: [{ start: 0, end: 10 }, { start: 30, end: 60 }], kind: 'name' as const, names: ['Ola Berg'], source: { start: 12, end: 20 }, direct: true };
    const piece = (start: number, end: number, speaker: string | null): PredictedQuote => ({ start, end, speaker, speakerSpan: null });
    expect(scoreQuotes([g], [piece(0, 10, 'Ola Berg'), piece(30, 60, null)], [g.parts[0]!, g.parts[1]!]).counts['direct speaker right']).toEqual({ tp: 1, fp: 0, fn: 0 });
    const wrong = scoreQuotes([g], [piece(0, 10, 'Ines Calder'), piece(30, 60, null)], []);
    expect(wrong.counts['direct speaker right']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(wrong.errors[0]?.got).toBe('Ines Calder');
  });
  it('counts a wrong speaker, a missing one, a scare-quote miss and an unannotated quote', () => {
    const pred = [
      q('We have no choice,', 'she'), // the pronoun itself, not who it stands for
      q('overdue and costly.', null, { scare: true }),
      q('Bread is patience,', null),
      q('Flour matters,', 'Calder'),
      { start: 0, end: 7, speaker: 'Ines Calder', speakerSpan: null }, // not an annotated region
    ];
    const { counts, errors } = scoreQuotes(gold, pred, regions.filter((r) => r.start > 0));
    expect(counts['direct quotes found']).toEqual({ tp: 3, fp: 1, fn: 1 });
    expect(counts['direct speaker right']).toEqual({ tp: 1, fp: 1, fn: 2 });
    expect(counts['direct speaker: pronoun source']).toEqual({ tp: 0, fp: 1, fn: 1 });
    expect(errors.map((e) => e.kind)).toEqual([
      'quote not annotated', 'direct wrong speaker (pronoun source)', 'direct quote missed (taken for a scare quote)', 'direct no speaker (description source)',
    ]);
  });
});
