import { describe, expect, it } from 'vitest';
import { expectNoQuantity, expectQuantity, type Expected } from '../../extract/quantities/helpers.js';
import { claimsOf, expectPair, type PairCase } from './helpers.js';

/**
 * Fourth round of issue 15: one figure under several wordings (claims step 4). Outlets that give
 * the same value name the counted thing with other words around it — a generic head ("units", "a
 * term of"), a longer compound, a maker's name, a state or none, a part of a stated whole — and
 * still agree. Each rule on at least two topics (a product recall, a strike, a tournament, a
 * licensing deal, a disaster, a survey), with must-not cases: equal values of different groups,
 * other events, small figures with nothing said about them, and different values never set
 * against each other by a loose match.
 */
const DAY1 = '2026-08-10T08:00:00Z';
const DAY2 = '2026-08-11T08:00:00Z';

const CASES: readonly PairCase[] = [
  // a generic head stands for the thing it counts
  { name: 'recall: "2.4 million units" and "2.4 million space heaters" agree', a: 'The company recalled about 2.4 million units in the United States.', b: 'The maker has recalled 2.4 million space heaters after reports of fires.', figure: 2400000, other: 2400000, status: 'agreed' },
  { name: 'licensing deal: "a term of 12 years" and "over the course of 12 years" agree', a: 'Rights to the games go to the rival studio for a term of 12 years.', b: 'The rival studio gets the games over the course of the next 12 years.', figure: 12, other: 12, status: 'agreed' },
  { name: 'must not: "2.4 million units" and "3 million space heaters" are not set against each other', a: 'The company recalled about 2.4 million units in the United States.', b: 'The maker has recalled 3 million space heaters after reports of fires.', figure: 2400000, other: 3000000, status: 'apart' },
  { name: 'must not: a term of 12 years and one of 15 years are not set against each other', a: 'Rights to the games go to the rival studio for a term of 12 years.', b: 'The rival studio gets the games over the course of the next 15 years.', figure: 12, other: 15, status: 'apart' },
  { name: 'must not: "two units" and "two hostages" freed are not one count', a: 'Police sent two units to the border crossing.', b: 'The militants freed two hostages at the border crossing.', figure: 2, other: 2, status: 'apart' },
  { name: 'must not: "a period of three years" and "jailed for three years" are not one duration', a: 'The deal covers a period of three years.', b: 'The former director was jailed for three years.', figure: 3, other: 3, status: 'apart' },
  // a longer compound and its last noun
  { name: 'safety recall: "1,250 smoke alarms" and "1,250 alarms" agree', a: 'Inspectors found 1,250 smoke alarms with faulty sensors.', b: 'Inspectors found 1,250 alarms with faulty sensors.', figure: 1250, other: 1250, status: 'agreed' },
  // a maker's or employer's name before the head
  { name: 'strike: "more than 3,000 Northwind employees" and "over 3,000 workers" agree', a: 'More than 3,000 Northwind employees walked out on Monday.', b: 'Over 3,000 workers at the carmaker walked out on Monday.', figure: 3000, other: 3000, status: 'agreed' },
  { name: 'must not: "12 Israeli hostages" and "12 Thai hostages" freed are two groups', a: 'The militants freed 12 Israeli hostages on Sunday.', b: 'The militants freed 12 Thai hostages on Sunday.', figure: 12, other: 12, status: 'apart' },
  // a state on one side only
  { name: 'product safety: "recalled 48,000 kettles" and "48,000 kettles" agree', a: 'The lab has recalled 48,000 kettles.', b: 'The recall covers 48,000 kettles sold since May.', figure: 48000, other: 48000, status: 'agreed' },
  // one group under several nouns
  { name: 'strike: "14 factories" and "14 plants" agree', a: 'The strike affects 14 factories in three states.', b: 'The walkout spread to 14 plants across the Midwest.', figure: 14, other: 14, status: 'agreed' },
  { name: 'strike: "12 facilities" and "14 plants" conflict', a: 'The strike affects 12 facilities in three states.', b: 'The walkout spread to 14 plants across the Midwest.', figure: 12, other: 14, status: 'conflict' },
  // people and a group of people
  { name: 'air crash: "52 people" and "52 passengers" killed agree', a: 'The crash killed 52 people, the airline said.', b: 'The crash killed 52 passengers, the airline said.', figure: 52, other: 52, status: 'agreed' },
  { name: 'must not: a share of men and an equal share of women are two groups', a: 'About 39 percent of men drink alcohol, the survey found.', b: 'The survey found that 39 percent of women drink alcohol.', figure: 39, other: 39, status: 'apart' },
  // a part of a stated whole and the same part in another outlet
  { name: 'tennis: seven of "10 matches — three in qualifying, seven in the main draw" and "seven matches in the main draw" agree', a: 'She won 10 matches in a row — three in qualifying, seven in the main draw.', b: 'She did not drop a set in seven matches in the main draw.', figure: 7, other: 7, status: 'agreed' },
  // a year that dates the story's own figure
  { name: 'must not: the 85 killed in a 2018 blaze and this fire\'s 85 dead are two events', a: 'Rescuers said 85 people died in the wildfire on Tuesday.', b: 'The wildfire is the deadliest since a 2018 blaze that killed 85 people.', figure: 85, other: 85, status: 'apart', published: [DAY1, DAY2] },
  // a small figure with nothing said about it
  { name: 'must not: "3 people" in two articles is no evidence of one fact', a: 'The meeting drew 3 people.', b: 'Only 3 people came to the meeting.', figure: 3, other: 3, status: 'apart' },
];

describe('one figure under several wordings (claims step 4)', () => {
  it.each(CASES)('$name', (c) => expectPair(c));
});

describe('a year that dates the story\'s own figure', () => {
  it.each([
    ['heater recall', 'One person died in 2019 when a heater caught fire.', 'The recall follows one death, the regulator said.', 'The maker said one person had died. One person died in 2019 when a heater caught fire.'],
    ['bridge collapse', 'Two workers were killed in 2021 when the old span gave way.', 'Two workers were killed, the inquiry found.', 'The inquiry found that two workers were killed in 2021. Two workers were killed when the span gave way.'],
  ])('%s: a figure dated to an earlier year meets the undated one when some outlet states both', (_topic, a, b, both) => {
    const { claims } = claimsOf([{ id: 'y1', published: DAY1, text: a }, { id: 'y2', published: DAY1, text: b }, { id: 'y3', published: DAY2, text: both }]);
    const listed = claims.map((c) => `${c.topic} [${c.status}] ${c.articles?.join('+')}`).join('; ');
    expect(claims.filter((c) => c.kind === 'quantity' && c.status === 'agreed' && c.articles?.join('+') === 'y1+y2+y3'), listed).toHaveLength(1);
  });
});

describe('words outlets use for one count', () => {
  it.each<[string, Expected]>([
    ['Kidde recalls 37.8 million extinguishers after 391 reports of failure, 1 death.', { value: 1, topic: 'people dead' }],
    ['The crash caused one fatality on the motorway.', { value: 1, topic: 'people dead' }],
    ['She came through three qualifying encounters without losing a set.', { value: 3, topic: 'matches' }],
    // what is done with the dead, said by the verb before the count
    ['Doctors have identified 88 bodies at the school.', { value: 88, topic: 'people identified' }],
    ['Morgues kept 110 bodies overnight in the city.', { value: 110, topic: 'people kept' }],
    // a maker's name ending in s before the noun is not a group of people
    ['More than 40 million Acme Industries fire extinguishers were recalled.', { value: 40000000, topic: 'Acme Industries fire extinguishers recalled' }],
    ['The firm sold 200 Delta Systems routers last year.', { value: 200, topic: 'Delta Systems routers sold' }],
    // a figure with no noun, then "died" or "were injured", counts people
    ['The ferry capsized near the island, where at least 85 died.', { value: 85, topic: 'people dead' }],
    ['The roof gave way during the concert and 12 were injured.', { value: 12, topic: 'people injured' }],
    // a figure noun far before a generic "people" says what the people are
    ['The death toll from the storm on the coast has risen to 36 people, officials said.', { value: 36, topic: 'people dead' }],
    ['The number of injured in the stampede outside the stadium reached 140 people on Sunday.', { value: 140, topic: 'people injured' }],
  ])('%s → %j', (text, want) => expectQuantity(text, want));
  it.each<[string, Expected]>([
    ['The 400 Palestinians crossed at dawn.', { value: 400, topic: 'Palestinians' }],
    ['Divers recovered 12 bodies from the river.', { value: 12, topic: 'people dead' }],
  ])('must not: %s → %j', (text, want) => expectQuantity(text, want));
  it('must not: a bare figure that went missing is not counted as people', () => expectNoQuantity('About 30 went missing at sea.', '30'));
});

describe('the topic of a merged claim', () => {
  it.each([
    ['recall', 'The company recalled 2.4 million items.', 'The maker recalled 2.4 million kettles.', 'kettles recalled'],
    ['licensing deal', 'The studio holds the rights over the course of 15 years.', 'The studio holds the rights for a lease of 15 years.', 'lease duration'],
  ])('%s: a specific head names the claim before a generic one', (_topic, a, b, topic) => {
    const { claims } = claimsOf([{ id: 't1', published: null, text: a }, { id: 't2', published: null, text: b }]);
    expect(claims.filter((c) => c.kind === 'quantity').map((c) => `${c.topic} [${c.status}]`)).toEqual([`${topic} [agreed]`]);
  });
});
