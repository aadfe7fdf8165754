/**
 * Tokens must not depend on the documents read before: wink's cache, shared by every document
 * the instance reads, learns a glued possessive ("Roe's" at a sentence's end) and then leaves it
 * glued in later documents. analyseText splits it as wink does in a fresh instance.
 */
import { describe, expect, it } from 'vitest';
import { analyseText } from '../../src/nlp/nlp-doc.js';

const words = (text: string) => analyseText(text).tokens.map((t) => t.text);

describe('a possessive glued to a name is split, whatever was read before', () => {
  const cases: { name: string; before: string; text: string; want: string[] }[] = [
    { name: 'after a sentence-final possessive (a harbour)', before: 'Their plan is more detailed than Halvorsen\'s.', text: 'Lena Halvorsen\'s brief said no.', want: ['Lena', 'Halvorsen', '\'s', 'brief', 'said'] },
    { name: 'curly apostrophe (a chess club)', before: 'The cup is smaller than Brenvik’s.', text: 'Ola Brenvik’s letter was read out.', want: ['Ola', 'Brenvik', '’s', 'letter', 'was'] },
    // must-not: a contraction of a pronoun and a word without a capital are left as wink reads them
    { name: 'must not split: "It\'s"', before: 'It\'s late.', text: 'It\'s late again.', want: ['It', '\'s', 'late', 'again'] },
  ];
  it.each(cases)('$name', ({ before, text, want }) => {
    analyseText(before);
    expect(words(text).slice(0, want.length)).toEqual(want);
  });
  it('the glued form is a name then a particle', () => {
    analyseText('Their plan is more detailed than Halvorsen\'s.');
    const t = analyseText('Lena Halvorsen\'s brief said no.').tokens;
    expect(t.map((x) => [x.text, x.pos]).slice(1, 3)).toEqual([['Halvorsen', 'PROPN'], ['\'s', 'PART']]);
  });
});
