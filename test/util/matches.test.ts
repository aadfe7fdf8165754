/** allMatches gives exactly what String.prototype.matchAll gives, without copying the expression. */
import { describe, expect, it } from 'vitest';
import { allMatches } from '../../src/util/matches.js';

const plain = (ms: Iterable<RegExpMatchArray>) => [...ms].map((m) => ({ at: m.index, text: m[0], groups: [...m], named: m.groups }));

describe('allMatches', () => {
  it.each([
    ['words of a harbour sentence', /\p{L}+/gu, 'The ferry left the harbour at noon.'],
    ['times of day, with groups', /(\d{1,2})[:.](\d{2})\s?(?<half>[ap])\.?m\b/gu, 'Doors opened at 9.30 am and closed at 11:45 pm, not at 25:99.'],
    ['forms with a lookbehind', /(?<![\p{L}'’-])(?:beat|beaten by|lost to)(?![\p{L}-])/gu, 'Roe beat Kale; Kale lost to Roe, unbeaten by nobody, upbeat.'],
    ['empty matches step one character', /x*/g, 'axxbx'],
    ['empty matches step one code point with u', /(?:)/gu, 'a😀b'],
    ['empty matches step one code unit without u', /(?:)/g, 'a😀b'],
    ['no match at all (must-not)', /\d+/g, 'no digits in this orchard report'],
    ['the empty text', /\w+/g, ''],
  ])('%s', (_name, re, text) => {
    expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
    expect(re.lastIndex).toBe(0);
  });

  it('starts where lastIndex stands and leaves it there, as matchAll does', () => {
    const re = /\d+/g;
    re.lastIndex = 5;
    const text = '12 34 56 78';
    expect(plain(allMatches(re, text))).toEqual(plain(text.matchAll(re)));
    expect(re.lastIndex).toBe(5);
  });

  it('lets the caller use the same expression inside the loop', () => {
    const re = /[a-z]+/g;
    const seen = allMatches(re, 'storm hit coast').map((m) => `${m[0]}:${allMatches(re, m[0].toUpperCase() + ' x').length}`);
    expect(seen).toEqual(['storm:1', 'hit:1', 'coast:1']);
  });

  it('refuses an expression without the g flag, as matchAll does', () => {
    expect(() => allMatches(/\d+/, '12')).toThrow(/global/);
    expect(() => '12'.matchAll(/\d+/)).toThrow(TypeError);
  });
});
