/**
 * Professions written before a name (issue 16, "Title-prefixed forms merge with the bare
 * name; titles become roles"): "actor Jason Roe", "chef Ama Boateng". Invented texts on a film
 * premiere and a cookery show; must-not: a body whose name starts with such a word.
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity } from './helpers.js';

describe('a profession before a name is a role, not part of the name', () => {
  const PEOPLE: readonly { case: string; text: string; name: string; role: string }[] = [
    { case: 'actor (film premiere)', text: 'Actor Jason Verlaine arrived at the premiere on Friday, and fans cheered.', name: 'Jason Verlaine', role: 'Actor' },
    { case: 'chef (cookery show)', text: 'The show is hosted by chef Ama Boateng, who opened her first restaurant in 2019.', name: 'Ama Boateng', role: 'chef' },
    { case: 'singer (concert)', text: 'Singer Lotte Maren cancelled the concert after a storm hit Tarwick.', name: 'Lotte Maren', role: 'Singer' },
  ];
  it.each(PEOPLE)('$case', ({ text, name, role }) => {
    const e = findEntity(entitiesOf(text), name);
    expect(e?.type).toBe('person');
    expect(e?.aliases.some((a) => a.toLowerCase().startsWith(role.toLowerCase()))).toBe(false);
    expect(e?.roles.map((r) => r.text.toLowerCase())).toContain(role.toLowerCase());
  });

  it('must not: cut a body whose name opens with such a word', () => {
    const layer = entitiesOf('Shoppers queued outside the Tarwick Designer Outlet on Saturday.');
    expect(findEntity(layer, 'Tarwick Designer Outlet')).toBeDefined();
  });
});
