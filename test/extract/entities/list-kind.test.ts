/**
 * "X, Y and other <noun>" (issue 16, "Names and types": firms typed as places): a list closed
 * by "and other stores / cities / officials" says what each name in it is. Invented texts on
 * a product recall, a concert tour and a budget row; must-not cases: a list without "and
 * other", and "and other" that closes something else than the list.
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity } from './helpers.js';

const RECALL = 'The heaters were sold online and at Brightmart, Hollis & Pym, Caddo and other stores for about $40.';
const TOUR = 'The band will play Tarwick, Ellesby and other cities before the tour ends in March.';
const BUDGET = 'Pellow, Okafor and other officials walked out of the budget meeting on Monday.';
const NO_OTHER = 'The heaters were sold at Brightmart and Caddo for about $40.';
const ELSEWHERE = 'Caddo was where the band began, and other cities followed.';

describe('a list closed by "and other <noun>" types its names', () => {
  const TYPED: readonly { case: string; text: string; name: string; type: string }[] = [
    { case: 'stores (first of the list)', text: RECALL, name: 'Brightmart', type: 'organization' },
    { case: 'stores (last of the list)', text: RECALL, name: 'Caddo', type: 'organization' },
    { case: 'cities', text: TOUR, name: 'Ellesby', type: 'place' },
    { case: 'officials', text: BUDGET, name: 'Pellow', type: 'person' },
  ];
  it.each(TYPED)('$case', ({ text, name, type }) => {
    expect(findEntity(entitiesOf(text), name)?.type).toBe(type);
  });

  it('must not: a list without "and other"', () => {
    expect(findEntity(entitiesOf(NO_OTHER), 'Caddo')?.type).not.toBe('organization');
  });

  it('must not: "and other" after words that are no list of names', () => {
    expect(findEntity(entitiesOf(ELSEWHERE), 'Caddo')?.type).not.toBe('place');
  });
});
