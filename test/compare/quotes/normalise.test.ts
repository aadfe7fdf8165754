import { describe, expect, it } from 'vitest';
import { faithfulTo, normaliseQuote } from '../../../src/compare/quotes/01-normalise.js';
import { sameUtterance } from '../../../src/compare/quotes/02-match.js';


describe('normaliseQuote', () => {
  const cases: { name: string; input: string; words: string; segments: number }[] = [
    { name: 'curly vs straight apostrophe', input: 'We don’t give up', words: "we don't give up", segments: 1 },
    { name: 'case and punctuation', input: 'WE WILL REBUILD, every street!', words: 'we will rebuild every street', segments: 1 },
    { name: 'bracketed insertion dropped', input: 'the end [of the season] might be close', words: 'the end might be close', segments: 1 },
    { name: 'unicode ellipsis breaks', input: 'we kept going… and we won', words: 'we kept going and we won', segments: 2 },
    { name: 'three dots break', input: 'we kept going... and we won', words: 'we kept going and we won', segments: 2 },
    { name: 'bracketed ellipsis [...]', input: 'we kept going [...] and we won', words: 'we kept going and we won', segments: 2 },
    { name: 'bracketed ellipsis [..]', input: 'we kept going [..] and we won', words: 'we kept going and we won', segments: 2 },
    { name: 'bracketed ellipsis […]', input: 'we kept going […] and we won', words: 'we kept going and we won', segments: 2 },
    { name: 'inner marks dropped', input: 'he told me ‘never again’ and meant it', words: "he told me never again and meant it", segments: 1 },
  ];
  it.each(cases)('$name', ({ input, words: want, segments }) => {
    const n = normaliseQuote(input);
    expect(n.words.join(' ')).toBe(want);
    expect(n.segments).toHaveLength(segments);
  });

  it('makes no 3-gram across an ellipsis', () => {
    expect(normaliseQuote('one two three … four five six').shingles.has('three four five')).toBe(false);
    expect(normaliseQuote('one two three four five six').shingles.has('three four five')).toBe(true);
  });
});

describe('sameUtterance and faithfulTo', () => {
  const full = 'We are asking everyone in the low streets to leave now, before the evening tide comes in.';
  const cases: { name: string; a: string; same: boolean; faithful: boolean }[] = [
    { name: 'identical up to marks and case', a: 'WE ARE ASKING EVERYONE IN THE LOW STREETS TO LEAVE NOW, BEFORE THE EVENING TIDE COMES IN', same: true, faithful: true },
    { name: 'a truncated fragment', a: 'We are asking everyone in the low streets to leave now,', same: true, faithful: true },
    { name: 'elided with […]', a: 'We are asking everyone […] to leave now, before the evening tide comes in.', same: true, faithful: true },
    { name: 'with a bracketed insertion', a: 'We are asking everyone in the low streets [of Quay Lane] to leave now, before the evening tide comes in.', same: true, faithful: true },
    { name: 'one word changed', a: 'We are telling everyone in the low streets to leave now, before the evening tide comes in.', same: true, faithful: false },
    { name: 'a different utterance sharing a phrase', a: 'We are asking the government for more pumps before the winter storms arrive.', same: false, faithful: false },
    { name: 'unrelated', a: 'The pumps have been running for three days without a break.', same: false, faithful: false },
  ];
  it.each(cases)('$name', ({ a, same, faithful }) => {
    const na = normaliseQuote(a);
    const nb = normaliseQuote(full);
    expect(sameUtterance(na, nb)).toBe(same);
    expect(sameUtterance(nb, na)).toBe(same);
    expect(faithfulTo(na, nb)).toBe(faithful);
  });

  it('accepts a full rendering against an elided one, either way round', () => {
    const elided = normaliseQuote('We kept the ball […] and we won');
    const full = normaliseQuote('We kept the ball for ninety minutes and we won');
    expect(faithfulTo(full, elided)).toBe(true);
    expect(faithfulTo(elided, full)).toBe(true);
    expect(faithfulTo(normaliseQuote('We kept the ball for ninety minutes and we lost'), elided)).toBe(false);
  });

  it('counts elisions in different places as altered (a documented limit)', () => {
    const a = normaliseQuote('We kept the ball […] and we won the game in the end, as we always do');
    const b = normaliseQuote('We kept the ball for ninety minutes and we won the game');
    expect(faithfulTo(b, a)).toBe(false);
  });

  it('matches a three-word quote only to the identical wording', () => {
    expect(sameUtterance(normaliseQuote('achieve our objectives'), normaliseQuote('achieve our objectives,'))).toBe(true);
    expect(sameUtterance(normaliseQuote('achieve our objectives'), normaliseQuote('we will achieve our objectives this year'))).toBe(false);
  });
});
