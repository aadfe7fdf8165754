import { describe, expect, it } from 'vitest';
import { MAX_WINK_RUN, analyseText, maskLongRuns } from '../../src/nlp/nlp-doc.js';

describe('maskLongRuns: overlong non-space runs are hidden from wink, offsets kept', () => {
  const long = 'q'.repeat(MAX_WINK_RUN + 1);
  const cases: { name: string; text: string; masked: boolean }[] = [
    { name: 'ordinary prose untouched', text: 'The ferry left Dunmore at 9.30 on Tuesday.', masked: false },
    { name: 'a long URL at the limit untouched', text: `See https://example.org/${'a'.repeat(MAX_WINK_RUN - 24)} now.`, masked: false },
    { name: 'one run past the limit masked', text: `Before ${long} after.`, masked: true },
    { name: 'a run of punctuation and letters past the limit masked', text: `x ${'ab.'.repeat(200)} y`, masked: true },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const out = maskLongRuns(c.text);
      expect(out.length).toBe(c.text.length);
      expect(out !== c.text).toBe(c.masked);
      // everything outside the long runs is unchanged
      expect(out.replace(/0{257,}/g, '')).toBe(c.masked ? c.text.replace(/\S{257,}/g, '') : c.text);
    });
  }

  it('tokens keep the original text and offsets around and inside a masked run', () => {
    const text = `The council met on Monday. ${'z'.repeat(5000)} The mayor said "we will rebuild".`;
    const doc = analyseText(text);
    for (const t of doc.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(doc.tokens.some((t) => t.text === 'z'.repeat(5000))).toBe(true);
    expect(doc.tokens.map((t) => t.text)).toContain('mayor');
  });
});
