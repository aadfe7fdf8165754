import { describe, expect, it } from 'vitest';
import { shortQuote } from '../../../src/compare/summary/05-quotes.js';
import { splitSentences } from '../../../src/compare/summary/text-units.js';
import { betweenTimes, countWord, formatDate, midSentence } from '../../../src/compare/summary/phrasing.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  const cases: [string, string, string[]][] = [
    ['two plain sentences', 'The port closed. Ships waited.', ['The port closed.', 'Ships waited.']],
    ['honorific is not an end', 'Mr. Reyes spoke. Talks resume.', ['Mr. Reyes spoke.', 'Talks resume.']],
    ['initials are not an end', 'J. K. Shah of Kestrel Inc. said so. Then she left.', ['J. K. Shah of Kestrel Inc. said so.', 'Then she left.']],
    ['country abbreviation', 'U.S. officials agreed. The deal holds.', ['U.S. officials agreed.', 'The deal holds.']],
    ['closing quote belongs to the sentence', '“We are ready.” The union left.', ['“We are ready.”', 'The union left.']],
    ['line break always ends a sentence', 'Harbour chaos\nShips stack up', ['Harbour chaos', 'Ships stack up']],
    ['lower-case after a stop is not a new sentence', 'The figure was 4.5 percent. It rose.', ['The figure was 4.5 percent.', 'It rose.']],
    ['question and exclamation', 'Will it hold? Nobody knows! Wait.', ['Will it hold?', 'Nobody knows!', 'Wait.']],
  ];
  it.each(cases)('%s', (_name, text, expected) => expect(split(text)).toEqual(expected));
});

describe('phrasing', () => {
  it.each([
    [0, false, 'no'], [3, false, 'three'], [3, true, 'Three'], [12, true, 'Twelve'], [13, true, '13'],
  ] as const)('countWord(%i, %s) = %s', (n, cap, w) => expect(countWord(n, cap)).toBe(w));

  it.each([
    ['2025-03-04', '4 March 2025'], ['2024-11', 'November 2024'], ['1999', '1999'], ['2025-03-04T10:00:00Z', '4 March 2025'],
  ])('formatDate(%s) = %s', (iso, out) => expect(formatDate(iso)).toBe(out));

  it.each([
    ['2025-03-05T09:00:00Z', '2025-03-05T15:00:00Z', ' between 09:00 and 15:00 on 5 March 2025'],
    ['2025-03-04', '2025-03-06', ' between 4 March 2025 and 6 March 2025'],
    ['2025-03-04', null, ''],
    ['2025-03-04', '2025-03-04', ''],
  ] as const)('betweenTimes(%s, %s)', (a, b, out) => expect(betweenTimes(a, b)).toBe(out));

  it.each([
    ['At least two', 'at least two'], ['More than 40', 'more than 40'], ['Three', 'three'], ['Kestrel Home', 'Kestrel Home'], ['40', '40'],
  ])('midSentence(%s) = %s', (v, out) => expect(midSentence(v)).toBe(out));
});

describe('a long quote is cut after its first sentence, never inside an abbreviation or a number', () => {
  const filler = ' We will keep talking to every side until the last of the families has an answer and the work is done';
  it.each([
    ['diplomacy', `The U.S. team will return to Oslo on Monday.${filler}.${filler}.`, 'The U.S. team will return to Oslo on Monday. …'],
    ['quake', `The 6.5 tremor damaged the old harbour wall.${filler}.${filler}.`, 'The 6.5 tremor damaged the old harbour wall. …'],
    ['church', `The Rev. Amos Pike will lead the vigil.${filler}.${filler}.`, 'The Rev. Amos Pike will lead the vigil. …'],
  ])('%s', (_topic, quote, expected) => expect(shortQuote(quote)).toBe(expected));
});
