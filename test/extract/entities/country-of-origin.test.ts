/**
 * "Fernandez of Canada": a surname, "of" and a country is a person and where they come from
 * (sport, tournaments, rankings), not one name. A body or a place head before "of"
 * keeps the country inside the name ("Bank of Canada", "Republic of Korea", "Church of England").
 * Texts are invented, on several topics (a tennis final, a swimming heat, a chess round, central
 * banking, diplomacy, a church synod).
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, surfaceNames } from './helpers.js';

describe('a surname and the country after "of"', () => {
  it.each([
    { case: 'a tennis final', text: 'The 18-year-old Marlow overcame 19-year-old Dussault of Canada 6-4 6-3 in the final.', names: ['Dussault', 'Canada'], not: 'Dussault of Canada' },
    { case: 'a swimming heat', text: 'In the second heat, Okonkwo of Nigeria touched first ahead of two Australians.', names: ['Okonkwo', 'Nigeria'], not: 'Okonkwo of Nigeria' },
    { case: 'a chess round', text: 'Grandmaster Varga drew with Lindqvist of Sweden in the fourth round.', names: ['Lindqvist', 'Sweden'], not: 'Lindqvist of Sweden' },
  ])('$case', ({ text, names, not }) => {
    const found = surfaceNames(entitiesOf(text));
    for (const n of names) expect(found).toContain(n);
    expect(found).not.toContain(not);
  });

  it.each([
    { case: 'must not: a central bank', text: 'The Bank of Canada held its key rate at 5 percent on Wednesday.', name: 'Bank of Canada' },
    { case: 'must not: a state\u2019s formal name', text: 'Officials from the Republic of Korea met the delegation in Geneva.', name: 'Republic of Korea' },
    { case: 'must not: a church', text: 'The synod of the Church of England voted on the measure in York.', name: 'Church of England' },
  ])('$case', ({ text, name }) => {
    expect(surfaceNames(entitiesOf(text))).toContain(name);
  });
});
