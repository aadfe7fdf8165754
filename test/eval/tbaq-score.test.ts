/**
 * The TBAQ scorer on tiny hand-made TimeML (no cache needed): parsing keeps offsets, "value right"
 * compares at the gold value's unit, and every kind of miss lowers the row it should.
 */
import { describe, expect, it } from 'vitest';
import { calendarUnit, parseTml, scoreTbaqDocument, toTimeML, valueRight } from '../../scripts/eval-real/sets/tbaq.js';

const TML = [
  '<?xml version="1.0" ?>\n<TimeML>\n<DOCID>d1</DOCID>\n',
  '<DCT><TIMEX3 tid="t0" type="DATE" value="2011-04-14" functionInDocument="CREATION_TIME">2011-04-14</TIMEX3></DCT>\n',
  '<TEXT>\nThe ferry line <EVENT eid="e1" class="OCCURRENCE">cut</EVENT> fares <TIMEX3 tid="t1" type="DATE" value="2011-04-12">Tuesday</TIMEX3> ',
  'after a loss in <TIMEX3 tid="t2" type="DATE" value="2010-Q4">the fourth quarter</TIMEX3> &amp; plans to hire ',
  'for <TIMEX3 tid="t3" type="DURATION" value="P3Y">three years</TIMEX3> from <TIMEX3 tid="t4" type="DATE" value="PRESENT_REF">now</TIMEX3>.\n</TEXT>\n</TimeML>\n',
].join('');

const date = (text: string, doc: { text: string }, iso: string | null) => {
  const start = doc.text.indexOf(text);
  return { span: { start, end: start + text.length }, text, date: iso };
};

describe('TBAQ loader', () => {
  it('strips tags, decodes entities and keeps TIMEX3 offsets', () => {
    const d = parseTml(TML, 'd1');
    expect(d.dct).toBe('2011-04-14');
    expect(d.text).toContain('fares Tuesday after a loss in the fourth quarter & plans');
    expect(d.timexes.map((t) => d.text.slice(t.start, t.end))).toEqual(['Tuesday', 'the fourth quarter', 'three years', 'now']);
    expect(d.timexes.map((t) => t.text)).toEqual(['Tuesday', 'the fourth quarter', 'three years', 'now']);
  });

  it('writes our dates as TimeML with the text unchanged and ids aligned by overlap', () => {
    const d = parseTml(TML, 'd1');
    const out = toTimeML(d, [date('Tuesday', d, '2011-04-12'), date('fourth quarter', d, '2010-10'), date('plans', d, '2011')]);
    const strip = (s: string) => s.replace(/<[^>]*>/g, '');
    expect(strip(out)).toBe(strip(TML));
    expect(out).toContain('<TIMEX3 tid="t1" type="DATE" value="2011-04-12">Tuesday</TIMEX3>');
    expect(out).toContain('<TIMEX3 tid="t2" type="DATE" value="2010-10">fourth quarter</TIMEX3> &amp; ');
    expect(out).toMatch(/<TIMEX3 tid="tcc3" type="DATE" value="2011">plans<\/TIMEX3>/);
    expect(out).not.toContain('<EVENT');
  });
});

describe('value right at the gold unit', () => {
  it.each([
    ['2011-04-12', '2011-04-12', true],
    ['2011-04-12T09:30', '2011-04-12', true],
    ['2011-04-12', '2011-04', false],
    ['2011-04', '2011-04-30', true],
    ['2011', '2011-04', true],
    ['2011', '2010', false],
    ['2010-Q4', '2010-11', true],
    ['2010-Q4', '2010-07', false],
    ['2010-Q4', '2010', false],
    ['2010-H2', '2010-09', true],
    ['2010-SU', '2010-07', true],
    ['2010-WI', '2011-01', true],
    ['2010-WI', '2010-06', false],
    ['2011-W15', '2011-04-12', true],
    ['2011-W15', '2011-04', false],
    ['199', '1994', true],
    ['199', '2001', false],
    ['19', '1994-05', true],
    ['2010-Q4', '2010-Q4', true],
    ['2010', '2010-Q4', true],
    ['2010-H2', '2010-Q4', true],
    ['2010-H1', '2010-Q4', false],
    ['2010-10', '2010-Q4', false],
    ['2010-SU', '2010-SU', true],
    ['2011-W15', '2011-W15', true],
    ['2011-W15-WE', '2011-W15-WE', true],
    ['2011-W15', '2011-W15-WE', true],
    ['2011-W16', '2011-W15', false],
    ['2011', '2011-W15', true],
    ['2011-04', '2011-W15', false],
    ['2011-04-12', '2011-W15', false],
    ['199', '199', true],
    ['19', '199', true],
    ['1994', '199', false],
    ['198', '199', false],
    ['19', '19', true],
    ['PRESENT_REF', '2011', false],
    ['2011-04-12', null, false],
  ] as const)('gold %s, ours %s → %s', (gold, ours, want) => expect(valueRight(gold, ours)).toBe(want));

  it('treats REF values, durations and unknown digits as non-calendar', () => {
    expect(calendarUnit('PAST_REF')).toBeNull();
    expect(calendarUnit('P3Y')).toBeNull();
    expect(calendarUnit('2011-XX')).toBeNull();
    expect(calendarUnit('2011-04')).toEqual({ unit: 'month', y: 2011, m: 4 });
  });
});

describe('TBAQ scorer', () => {
  const d = parseTml(TML, 'd1');
  it('scores a perfect prediction 1.0 and no errors', () => {
    const { tally, errors } = scoreTbaqDocument(d, [date('Tuesday', d, '2011-04-12'), date('the fourth quarter', d, '2010-11')], [{ span: { start: d.text.indexOf('three'), end: d.text.indexOf('three') + 11 }, unit: 'years' }]);
    expect(errors).toEqual([]);
    expect(tally.gold).toBe(2);
    for (const k of ['found', 'exact', 'value'] as const) expect(tally[k]).toEqual({ tp: 2, fp: 0, fn: 0 });
    expect(tally.durationNotDate).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tally.durationRecognised).toEqual({ tp: 1, fp: 0, fn: 0 });
    expect(tally.unscored).toBe(1);
  });

  it('counts a miss, a loose span, a wrong value, a spurious date and a dated duration', () => {
    const { tally, errors } = scoreTbaqDocument(d, [date('fourth quarter', d, '2011-01'), date('three years', d, '2014'), date('ferry', d, '2011')], []);
    expect(tally.found).toEqual({ tp: 1, fp: 2, fn: 1 });
    expect(tally.exact).toEqual({ tp: 0, fp: 3, fn: 2 });
    expect(tally.value).toEqual({ tp: 0, fp: 3, fn: 2 });
    expect(tally.durationNotDate).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(tally.durationRecognised).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(errors.map((e) => e.kind).sort()).toEqual(['duration-as-date', 'missed', 'span', 'spurious', 'wrong-value']);
  });
});
