/**
 * A unit that is a round count of another: "four decades" is 40 years, "more than a century"
 * 100 years, so that outlets writing "four decades" and "40 years" state one value. Texts are
 * invented, on several topics (a product recall, a bridge, a prison sentence, a feud).
 */
import { describe, expect, it } from 'vitest';
import { expectQuantity, quantitiesIn } from './helpers.js';

describe('decades and centuries are counted in years', () => {
  it.each([
    { case: 'a recall', text: 'Some of the Corvel heaters have been on the market for more than four decades.', value: 40, qualifier: 'more than' },
    { case: 'a bridge', text: 'The Harlow bridge has carried heavy lorries for nearly two decades, the council said.', value: 20, qualifier: 'nearly' },
    { case: 'a church', text: 'The chapel at Tarwick has stood for more than three centuries.', value: 300, qualifier: 'more than' },
  ])('$case', ({ text, value, qualifier }) => expectQuantity(text, { value, unit: 'years', qualifier }));

  it.each([
    { case: 'must not: years stay years', text: 'Marrow was jailed for 12 years on Friday.', value: 12 },
    { case: 'must not: a decade as a period in time is no count', text: 'The feud between the two clans ran through the 1990s.', value: null },
  ])('$case', ({ text, value }) => {
    const years = quantitiesIn(text).filter((q) => q.unit === 'years').map((q) => q.value);
    expect(years).toEqual(value === null ? [] : [value]);
  });
});
