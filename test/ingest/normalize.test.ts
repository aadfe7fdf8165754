import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/ingest/html-entities.js';
import { countWords, normalizeText } from '../../src/ingest/normalize-text.js';

const CASES: readonly (readonly [name: string, raw: string, normalised: string])[] = [
  ['CRLF and CR become LF', 'Rovers won.\r\nCity lost.\rFans left.', 'Rovers won.\nCity lost.\nFans left.'],
  ['blank lines collapse: one \\n between paragraphs', 'The river rose.\n\n\n\nHomes flooded.\n \n\t\nRain eased.', 'The river rose.\nHomes flooded.\nRain eased.'],
  ['spaces, tabs and NBSP collapse inside a line', 'Revenue\t rose\u00a0 12%\u2009to  4.1bn', 'Revenue rose 12% to 4.1bn'],
  ['lines are trimmed', '   Shares rose.   \n\tAnalysts cheered.  ', 'Shares rose.\nAnalysts cheered.'],
  ['zero-width characters and soft hyphens are removed', 'Fer\u200breira signed a four-\u00adyear con\u00adtract\u2060.\ufeff', 'Ferreira signed a four-year contract.'],
  ['NFC composes accents', 'cafe\u0301 owner', 'caf\u00e9 owner'],
  ['typographic quotes and dashes are kept', '“We lost everything,” she said – ‘again’ — she added…', '“We lost everything,” she said – ‘again’ — she added…'],
  ['Unicode line and paragraph separators break lines', 'First.\u2028Second.\u2029Third.', 'First.\nSecond.\nThird.'],
  ['control characters are dropped', 'Goal\u0007 in the 88th\u0000 minute.', 'Goal in the 88th minute.'],
];

describe('normalizeText', () => {
  it.each(CASES)('%s', (name, raw, expected) => {
    expect(normalizeText(raw), name).toBe(expected);
  });
  it.each(CASES)('is idempotent: %s', (name, raw) => {
    const once = normalizeText(raw);
    expect(normalizeText(once), name).toBe(once);
  });
});

describe('countWords', () => {
  it.each([
    ['plain words', 'The river rose two metres.', 5],
    ['numbers count, lone punctuation does not', 'Revenue rose 12 % – to 4.1bn', 5],
    ['empty', '', 0],
  ] as const)('%s', (_name, text, n) => {
    expect(countWords(text)).toBe(n);
  });
});

describe('decodeEntities (text, Markdown and JSON bodies)', () => {
  it.each([
    ['named', 'Rovers &amp; City drew; it&rsquo;s &quot;fair&quot;', 'Rovers & City drew; it’s "fair"'],
    ['numeric', 'it&#8217;s &#x201C;over&#x201D;', 'it’s “over”'],
    ['unknown names and bare ampersands stay', 'AT&T and R&D &bogus; stay', 'AT&T and R&D &bogus; stay'],
    ['invalid code points stay', '&#55296; &#99999999;', '&#55296; &#99999999;'],
  ] as const)('%s', (_name, input, expected) => {
    expect(decodeEntities(input)).toBe(expected);
  });
});
