/**
 * Fourth round on names (issue 16): month abbreviations and clock abbreviations are
 * dates, not names; a closing number belongs to a title ("Starfall 4", "Local 412"); a
 * comma inside an organisation's name before "and"; an acronym in brackets after a
 * possessive; "<Institute> for …" names an organisation. Each kind has a must-not case.
 * Texts are invented, on several topics (a recall, an election night, a video game, a
 * strike, a farm ministry, a research institute, a treaty).
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, expectEntityType, findEntity, surfaceNames } from './helpers.js';

describe('dates and clock times are not names', () => {
  const CASES: readonly { case: string; text: string; name: string; type: string | null }[] = [
    { case: 'a dotted month before a day', text: 'The recall covers heaters sold from Jan. 4, 2019 through Aug. 15 at Brill Hardware stores.', name: 'Jan.', type: null },
    { case: 'a dotted month before a day, second one', text: 'The recall covers heaters sold from Jan. 4, 2019 through Aug. 15 at Brill Hardware stores.', name: 'Aug.', type: null },
    { case: 'a month abbreviation before a year', text: 'The festival in Tarwick was last held in Sept. 2017, the organisers said.', name: 'Sept.', type: null },
    { case: 'must not: a given name that is a month abbreviation', text: 'Jan Kowalski, the festival director, said the stage would be ready.', name: 'Jan Kowalski', type: 'person' },
    { case: 'a time zone after a.m./p.m.', text: 'Owners can call Brill Hardware between 9 a.m. and 5 p.m. ET on weekdays.', name: 'ET', type: null },
    { case: 'a clock word and a time zone after a time', text: 'Polls in Marlow County closed at 8:00 PM CDT, and counting began at once.', name: 'PM CDT', type: null },
    { case: 'a time zone after a time in a dateline', text: 'Rescuers reached the wreck near Kesra at 10:30 IST on Saturday.', name: 'IST', type: null },
    { case: 'must not: capitals that spell a time zone inside a name', text: 'The trucks of CST Logistics ran late all week, a manager said.', name: 'CST Logistics', type: 'organization' },
  ];
  it.each(CASES)('$case', ({ text, name, type }) => expectEntityType(text, name, type));
  it('must not: no clock word is taken from a time-stamped sentence', () => {
    expect(surfaceNames(entitiesOf('Polls in Marlow County closed at 8:00 PM CDT, and counting began at once.'))).toEqual(['Marlow County']);
  });
});

describe('a closing number belongs to the name', () => {
  it.each([
    { case: 'a sequel number', text: 'Fans queued overnight for Starfall 4 in Tarwick, and Starfall 4 sold out by noon.', name: 'Starfall 4' },
    { case: 'a union local', text: 'On Monday, members of Local 412 voted to strike, the union said.', name: 'Local 412' },
    { case: 'a station number before a stop', text: 'One worker told Kessel News 8.', name: 'Kessel News 8' },
    { case: 'a title in quotation marks', text: 'The studio listed “Starfall 4,” “Moon Harbour” and two older games.', name: 'Starfall 4' },
  ])('$case', ({ text, name }) => expect(surfaceNames(entitiesOf(text))).toContain(name));
  const MUST_NOT: readonly { case: string; text: string; names: string[] }[] = [
    { case: 'a count after a name', text: 'By the close, Brill Holdings had 12 offices in Tarwick.', names: ['Brill Holdings', 'Tarwick'] },
    { case: 'a score line without a stop', text: 'Second innings\nThe scorer wrote c Quist b Marrow 13', names: ['Quist', 'Marrow'] },
    { case: 'a known place before a score', text: 'In the final, Kenya 3, Uganda 1 was the score after extra time.', names: ['Kenya', 'Uganda'] },
    { case: 'a year after a name', text: 'The plan, Vision Tarwick 2030, was unveiled on Monday.', names: ['Vision Tarwick'] },
  ];
  it.each(MUST_NOT)('must not: $case', ({ text, names }) => expect(surfaceNames(entitiesOf(text))).toEqual(names));
});

describe('a comma inside an organisation name', () => {
  it.each([
    { case: 'a ministry of three portfolios', text: 'The Ministry of Agriculture, Fisheries and Food issued the order on Tuesday.', name: 'Ministry of Agriculture, Fisheries and Food' },
    { case: 'a union of several trades', text: 'The Amalgamated Textile, Garment and Leather Workers of Ontario called the strike.', name: 'Amalgamated Textile, Garment and Leather Workers of Ontario' },
  ])('$case', ({ text, name }) => {
    const layer = entitiesOf(text);
    expect(surfaceNames(layer)).toEqual([name]);
    expect(findEntity(layer, name)?.type).toBe('organization');
  });
  it.each([
    { case: 'three countries', text: 'Kenya, Uganda and Tanzania signed the pact in Arusha.', names: ['Kenya', 'Uganda', 'Tanzania', 'Arusha'] },
    { case: 'a firm then two others', text: 'Acme Foods, Brill Marine and Holt of Tarwick bid for the site.', names: ['Acme Foods', 'Brill Marine', 'Holt of Tarwick'] },
    { case: 'three people of one town', text: 'Maria Rossi, Ana Holt and Tom Brill of Tarwick won the prize.', names: ['Maria Rossi', 'Ana Holt', 'Tom Brill', 'Tarwick'] },
  ])('must not: $case', ({ text, names }) => expect(surfaceNames(entitiesOf(text))).toEqual(names));
});

describe('names and their acronyms, and organisation leads', () => {
  it('an acronym in brackets after a possessive is the name', () => {
    const layer = entitiesOf('According to the Amalgamated Textile, Garment and Leather Workers of Ontario’s (ATGLW) website, talks failed. The ATGLW said more talks were planned.');
    expect(findEntity(layer, 'ATGLW')?.name).toBe('Amalgamated Textile, Garment and Leather Workers of Ontario');
  });
  it('must not: an acronym in brackets after a possessive of another kind of word', () => {
    const layer = entitiesOf('The union’s (ATGLW) website went down, and Maria Rossi’s (MR) blog too.');
    expect(findEntity(layer, 'Maria Rossi')?.aliases ?? []).not.toContain('MR');
  });
  it.each([
    { case: 'an institute for a subject', text: 'The Institute for Coastal Studies and Evaluation published the figures on Monday.', name: 'Institute for Coastal Studies and Evaluation', type: 'organization' },
    { case: 'a centre for a subject', text: 'Researchers at the Centre for Rural Health said the clinics were full.', name: 'Centre for Rural Health', type: 'organization' },
  ])('$case', ({ text, name, type }) => expectEntityType(text, name, type));
});

describe('a route or pair before a name', () => {
  it.each([
    { case: 'a train named with its route', text: 'The Tarwick-Marlow Coastal Express left the rails on Friday.', names: ['Tarwick-Marlow Coastal Express'] },
    { case: 'a ferry named with its route', text: 'The Orvik-Hale Island Ferry was cancelled on Monday.', names: ['Orvik-Hale Island Ferry'] },
    { case: 'must not: a double nationality before a person', text: 'The Kenyan-American runner Jane Roe won the race.', names: ['Jane Roe'] },
    { case: 'must not: a hyphenated given name', text: 'Jean-Pierre Marlow Dupont said the race was fair.', names: ['Jean-Pierre Marlow Dupont'] },
  ])('$case', ({ text, names }) => expect(surfaceNames(entitiesOf(text))).toEqual(names));
  it('must not: a route is no person though its first part is a given name', () => {
    expect(findEntity(entitiesOf('The Shirley-Leeds Coastal Express left the rails on Friday.'), 'Shirley-Leeds Coastal Express')?.type).not.toBe('person');
  });
});

describe('a name ending in an acronym is a body', () => {
  const CASES: readonly { case: string; text: string; name: string; type: string | null }[] = [
    { case: 'a state disaster agency', text: 'Teams from Kessel SDMA reached the villages on Sunday.', name: 'Kessel SDMA', type: 'organization' },
    { case: 'a town health centre', text: 'The injured were taken to Marlow CHC and later to Tarwick.', name: 'Marlow CHC', type: 'organization' },
    { case: 'a union local by its number', text: 'Pickets from UAW Local 412 stood at the gate, a spokesman said.', name: 'UAW Local 412', type: 'organization' },
    { case: 'must not: a Roman sequel number', text: 'Fans queued overnight to buy Starfall XII in the shops.', name: 'Starfall XII', type: 'other' },
    { case: 'must not: a person with post-nominals', text: 'The prize went to Jane Roe OBE, the rower, on Friday.', name: 'Jane Roe OBE', type: 'person' },
  ];
  it.each(CASES)('$case', ({ text, name, type }) => expectEntityType(text, name, type));
});

describe('a romanised given name with a hyphen', () => {
  it.each([
    { case: 'a diplomat', text: 'The envoy Pak Ji-won met the minister in Tarwick on Monday.', names: ['Pak Ji-won', 'Tarwick'] },
    { case: 'a skater', text: 'Gold went to Choi Min-jun, who skated last.', names: ['Choi Min-jun'] },
    { case: 'must not: an English compound after a two-word name', text: 'The New York-based Brill Fund sold its stake.', names: ['New York', 'Brill Fund'] },
    { case: 'must not: a compound that goes on', text: 'She met Tom Brill-in-waiting, as the press called him, in Tarwick.', names: ['Tom Brill', 'Tarwick'] },
  ])('$case', ({ text, names }) => expect(surfaceNames(entitiesOf(text))).toEqual(names));
});
