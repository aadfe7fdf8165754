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

describe('maskLongRuns finds a run wherever it stands (only every 257th offset is looked at first)', () => {
  // every length around the limit, at every offset around the sampled ones, with the separators /\s/ knows
  const separators = [' ', '\n', '\t', '\u00a0', '\u2009', '\u3000', '\ufeff'];
  const cases: { text: string }[] = [];
  for (const len of [MAX_WINK_RUN - 1, MAX_WINK_RUN, MAX_WINK_RUN + 1, MAX_WINK_RUN + 2, 2 * MAX_WINK_RUN + 3]) {
    for (const lead of [0, 1, 2, MAX_WINK_RUN - 1, MAX_WINK_RUN, MAX_WINK_RUN + 1, MAX_WINK_RUN + 2, 600]) {
      const sep = separators[(len + lead) % separators.length]!;
      const before = lead === 0 ? '' : `${'w'.repeat(Math.max(0, lead - 1))}${sep}`.slice(-lead);
      cases.push({ text: `${before}${'é'.repeat(len)}${sep}tail` });
    }
  }
  it.each(cases.map((c, k) => [k, c] as const))('case %i', (_k, c) => {
    const out = maskLongRuns(c.text);
    expect(out).toBe(c.text.replace(/\S{257,}/g, (run) => '0'.repeat(run.length)));
    expect(out !== c.text).toBe(/\S{257,}/.test(c.text));
  });
  it('must-not: ordinary words separated by each kind of space stay as they are', () => {
    for (const sep of separators) {
      const text = Array.from({ length: 400 }, (_, i) => `word${i}`).join(sep);
      expect(maskLongRuns(text)).toBe(text);
    }
  });
});
