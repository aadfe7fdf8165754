import { describe, expect, it } from 'vitest';
import { hasChanges, tokenizeWords, wordDiff } from '../../src/report/word-diff.js';

/** Render a diff as text with [-removed-] and {+added+} so cases read at a glance. */
const show = (from: string, to: string) => wordDiff(from, to).map((p) => (p.op === 'eq' ? p.text : p.op === 'del' ? `[-${p.text}-]` : `{+${p.text}+}`)).join('');

describe('wordDiff', () => {
  const cases: [string, string, string, string][] = [
    ['insertion (flood quote)', 'the water is rising fast', 'the water is still rising fast', 'the water is {+still+} rising fast'],
    ['deletion (transfer quote)', 'I am very happy to join the club', 'I am happy to join the club', 'I am [-very-] happy to join the club'],
    ['substitution (merger quote)', 'the deal creates value for shareholders', 'the deal creates jobs for shareholders', 'the deal creates [-value-]{+jobs+} for shareholders'],
    ['two separate changes', 'we will count every vote today', 'we must count each vote today', 'we [-will-]{+must+} count [-every-]{+each+} vote today'],
    ['case and curly apostrophe are not changes', "We Can't stop", 'we can’t stop', 'we can’t stop'],
    ['identical', 'no change here', 'no change here', 'no change here'],
    ['empty to text', '', 'new words', '{+new words+}'],
  ];
  for (const [name, from, to, expected] of cases) it(name, () => expect(show(from, to), name).toBe(expected));

  it('joining the kept and added parts gives the new wording back', () => {
    const to = 'Officials said 15, not 12, people died on Tuesday.';
    const parts = wordDiff('Officials said 12 people died on Monday.', to);
    expect(parts.filter((p) => p.op !== 'del').map((p) => p.text).join('')).toBe(to);
  });
  it('hasChanges ignores pure spacing', () => {
    expect(hasChanges(wordDiff('a  b', 'a b'))).toBe(false);
    expect(hasChanges(wordDiff('a b', 'a c'))).toBe(true);
  });
  it('very long inputs fall back to remove-all/add-all instead of a huge table', () => {
    const long = Array.from({ length: 700 }, (_, i) => `w${i}`).join(' ');
    const parts = wordDiff(long, `${long} end`);
    expect(parts.map((p) => p.op)).toEqual(['del', 'ins']);
  });
  it('tokenizes words with inner apostrophes and hyphens as one token', () => {
    expect(tokenizeWords("state-run can't stop.")).toEqual(['state-run', ' ', "can't", ' ', 'stop', '.']);
  });
});
