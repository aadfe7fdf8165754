/**
 * Fourth round on name variants across articles (issue 16): a route or pair before a name
 * ("Tarwick-Marlow Coastal Express" / "Coastal Express"), a sequel number in Roman and
 * Arabic figures now that a closing number stays in the name, and a long organisation name
 * with a comma and its acronym. Must-not cases: a two-letter fragment never merges two
 * entities; two people sharing a surname stay apart; a town is no short form of a route.
 * Texts are invented, on several topics (a rail crash, a ferry line, a video game, a strike,
 * a family firm).
 */
import { describe, expect, it } from 'vitest';
import { routeCoreKeys } from '../../../src/compare/entities/name-variants.js';
import type { OneEntityCase } from './merge-helpers.js';
import { merge, withAlias, expectOneEntity } from './merge-helpers.js';

const RAIL = merge(
  'The Tarwick-Marlow Coastal Express left the rails near Kessel on Friday night.',
  'Rescuers reached the Coastal Express within an hour, officials in Tarwick said.',
  'On Saturday, passengers of the Tarwick-Marlow Central Coastal Express were moved to buses in Tarwick.',
);
const FERRY = merge(
  'The Orvik-Hale Island Ferry was cancelled on Monday because of the storm.',
  'The Island Ferry will sail again on Wednesday, the operator said.',
);
const GAME = merge(
  'Fans queued overnight for Starfall IV in Tarwick on Friday.',
  'By Sunday, sales of Starfall 4 passed two million copies, the studio said.',
);
const STRIKE = merge(
  'According to the Amalgamated Textile, Garment and Leather Workers of Ontario’s (ATGLW) website, talks failed on Monday.',
  'The ATGLW said its members would strike at midnight.',
);
const FAMILY = merge(
  'Ana Holloway won the sprint, and her brother Tom Holloway came third. Holloway said the wind had helped.',
  'Tom Holloway, 24, said he would race again in May.',
);
const TRACTORS = merge(
  'Thousands of workers walked out at plants that build John Harrow tractors on Thursday.',
  'Harrow & Co. said its plants in Moline would stay open during the strike.',
);
const CARS = merge(
  'The museum in Dearborn holds the first car Henry Lorde built, the curator said.',
  'Lorde Motor Co. said sales rose 4% in the quarter.',
);
const BAKERY = merge(
  'Chairman Peter Vell said the bakery would hire 40 people in Tarwick.',
  'Vell & Co. opened its second bakery in Marlow on Monday.',
);
const FRAGMENTS = merge(
  'The EU and the Brill Group signed the deal. The EU said talks took a year.',
  'The EU Council and Brill Group officials met in Tarwick on Monday.',
);

describe('route names, numbers and long names merge across articles', () => {
  const ONE: readonly OneEntityCase[] = [
    { case: 'a train with its route and without', merged: RAIL, aliases: ['Tarwick-Marlow Coastal Express', 'Coastal Express', 'Tarwick-Marlow Central Coastal Express'] },
    { case: 'a ferry with its route and without', merged: FERRY, aliases: ['Orvik-Hale Island Ferry', 'Island Ferry'] },
    { case: 'a sequel number in Roman and Arabic figures', merged: GAME, aliases: ['Starfall IV', 'Starfall 4'] },
    { case: 'a firm named by its founder\'s full name', merged: TRACTORS, aliases: ['Harrow & Co.', 'John Harrow'] },
    { case: 'a long union name with a comma and its acronym', merged: STRIKE, aliases: ['Amalgamated Textile, Garment and Leather Workers of Ontario', 'ATGLW'] },
  ];
  it.each(ONE)('$case', expectOneEntity);

  it('must not: a town on the route is no short form of the train', () => {
    const town = withAlias(RAIL.entities, 'Tarwick');
    expect(town).toHaveLength(1);
    expect(town[0]!.aliases).not.toContain('Coastal Express');
  });
  it.each([
    { case: 'a founder whose firm has a longer name', merged: CARS, a: 'Henry Lorde', b: 'Lorde Motor Co.' },
    { case: 'a chairman who shares the firm\'s name', merged: BAKERY, a: 'Peter Vell', b: 'Vell & Co.' },
  ])('must not: $case', ({ merged, a, b }) => {
    expect(withAlias(merged.entities, a)).toHaveLength(1);
    expect(withAlias(merged.entities, a)[0]!.aliases).not.toContain(b);
  });
  it('must not: two people sharing a surname stay two entities', () => {
    expect(withAlias(FAMILY.entities, 'Ana Holloway')[0]!.aliases).not.toContain('Tom Holloway');
    expect(withAlias(FAMILY.entities, 'Tom Holloway')).toHaveLength(1);
  });
  it('must not: a two-letter fragment never merges two entities', () => {
    const eu = withAlias(FRAGMENTS.entities, 'EU');
    expect(eu).toHaveLength(1);
    expect(eu[0]!.aliases).not.toContain('Brill Group');
    expect(eu[0]!.aliases).not.toContain('EU Council');
  });
  it.each([
    { name: 'Tarwick-Marlow Central Coastal Express', keys: ['central coastal express', 'coastal express'] },
    { name: 'Jean-Pierre Dupont', keys: [] },
    { name: 'Coastal Express', keys: [] },
  ])('route core keys of $name', ({ name, keys }) => expect(routeCoreKeys(name)).toEqual(keys));
});
