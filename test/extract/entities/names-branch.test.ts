/**
 * Names where the line gives no evidence (issue 16, "Names and types"): known places and
 * shouted headline names, results rows and lists of names, initials before a surname,
 * sides in a fixture, "and" inside an organisation's name. Each kind has a must-not case.
 * Texts are invented, on several topics (a regatta, a chess league, a hockey table, a
 * research institute, a cycling race, a flood, a trade fair).
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, expectEntityType, findEntity, surfaceNames } from './helpers.js';

describe('names in headlines, rows and lists', () => {
  const CASES: readonly { case: string; text: string; name: string; type: string | null }[] = [
    // a country from the data package, in an all-capitals headline
    { case: 'a known country in a shouted headline', text: 'REGATTA - ESTONIA EDGE PAST LATVIA IN FINAL.\nThe crews raced in a strong wind on Sunday.', name: 'ESTONIA', type: 'place' },
    { case: 'a shouted name the text writes in mixed case', text: 'CHESS - VARNELL TAKES EARLY LEAD.\nThe veteran Dora Varnell won her first three games on Monday, and Varnell said she felt rested.', name: 'VARNELL', type: 'person' },
    { case: 'must not: a shouted common word is no name', text: 'CHESS - VARNELL TAKES EARLY LEAD.\nThe veteran Dora Varnell won her first three games on Monday.', name: 'TAKES', type: null },
    { case: 'a side opening a standings row', text: 'Hockey standings after Saturday:\nOrbeck 4 3 1 0 12 5 10\nTallow Vale 4 2 1 1 8 6 7', name: 'Orbeck', type: 'organization' },
    { case: 'a town as a side in a results row is the club', text: 'Results on Saturday:\nLeeds 2 Orbeck 1\nTallow Vale 0 Dunmere 3', name: 'Leeds', type: 'organization' },
    { case: 'must not: a country as a side stays a place', text: 'Results on Saturday:\nKenya 2 Orbeck 1\nTallow Vale 0 Dunmere 3', name: 'Kenya', type: 'place' },
    { case: 'a side in "A v B" is a team', text: 'Fixtures for the weekend were confirmed on Friday.\nOrbeck v Dunmere will be played on Sunday.', name: 'Dunmere', type: 'organization' },
    { case: 'an initial before a surname is a person', text: 'Scores after the first day:\nOrbeck 212 (T. Halloran 64, R. Quist 51)', name: 'T. Halloran', type: 'person' },
    { case: 'a person in a list of riders', text: 'Leading riders after stage four:\n12 Pieter Vandaele, Marco Sestini (Italy), Lukas Brenner\n', name: 'Pieter Vandaele', type: 'person' },
    { case: 'must not: a list line does not make a capitalised verb a name', text: 'Leading riders after stage four:\n12 Pieter Vandaele, Marco Sestini (Italy), Lukas Brenner\n', name: 'Leading', type: null },
  ];
  it.each(CASES)('$case', ({ text, name, type }) => expectEntityType(text, name, type));
});

describe('organisation names with "and" and "for"', () => {
  it('keeps "and" inside an "<Institute> for …" name', () => {
    const layer = entitiesOf('Researchers at the Institute for Soil Studies and Evaluation (ISSE) measured the runoff after the flood.');
    expect(surfaceNames(layer)).toContain('Institute for Soil Studies and Evaluation');
    expect(findEntity(layer, 'ISSE')?.name).toBe('Institute for Soil Studies and Evaluation');
  });
  it('must not: two places in a list after "and" become one name', () => {
    const layer = entitiesOf('Flood water reached Nakuru and Kisumu on Tuesday, officials said.');
    expect(surfaceNames(layer)).toEqual(['Nakuru', 'Kisumu']);
  });
});

describe('types from context', () => {
  const CASES: readonly { case: string; text: string; name: string; type: string | null }[] = [
    { case: 'a given name before a surname that is also a town', text: 'The fair was opened by Manuel Medina, who flew in from Lima on Monday.', name: 'Manuel Medina', type: 'person' },
    { case: 'a known place then a plural is a team', text: 'The Houston Otters beat the visitors by two runs on Friday night.', name: 'Houston Otters', type: 'organization' },
    { case: 'must not: a known place alone after "in" stays a place', text: 'The trade fair opens in Houston on Friday with 400 exhibitors.', name: 'Houston', type: 'place' },
    { case: 'a name before "news agency" is an organisation', text: 'Farmers blocked the road for a second day, Kestrana news agency said on Monday.', name: 'Kestrana', type: 'organization' },
  ];
  it.each(CASES)('$case', ({ text, name, type }) => expectEntityType(text, name, type));

  it('a bare surname of a clear person joins an untyped full name', () => {
    const layer = entitiesOf('The trophy was presented by Georgia Holloway before the final. Holloway, 71, said she was delighted.');
    const e = findEntity(layer, 'Holloway');
    expect(e?.aliases).toContain('Georgia Holloway');
  });
  it('must not: an abbreviated military title is no name of its own', () => {
    const layer = entitiesOf('Rear Adm. Tessa Marlow said the search of the strait would go on for a third day.');
    expect(surfaceNames(layer)).toEqual(['Tessa Marlow']);
    expect(findEntity(layer, 'Tessa Marlow')?.type).toBe('person');
  });
  it('must not: two people sharing a surname are not merged', () => {
    const layer = entitiesOf('Ana Holloway won the sprint and her brother Tom Holloway came third. Holloway said the wind had helped.');
    expect(findEntity(layer, 'Ana Holloway')?.key).not.toBe(findEntity(layer, 'Tom Holloway')?.key);
  });
});
