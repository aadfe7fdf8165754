import { describe, expect, it } from 'vitest';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { expectNoQuantity, expectQuantity } from '../../extract/quantities/helpers.js';
import { claimsOf, type PairCase } from './helpers.js';

/**
 * Third round of issue 15 (numbers outlets disagree on), on articles written for this test: shares
 * restricted to a population (a sex, an age band), two floors ("over 37 million" against "more than
 * 40 million"), a figure written two ways in a running count, a scale word left out ("$68.7"),
 * whole-point percentages, fractions as shares. Each kind on at least two topics, with must-not cases.
 */
type Case = PairCase;

const DAY1 = '2026-03-02T08:00:00Z';
const DAY3 = '2026-03-04T18:00:00Z';

const CASES: readonly Case[] = [
  // population scope: a share for one sex or age band is compared only with the same group's
  { name: 'health study: two shares for the same age band conflict', a: 'Smoking was tied to 10 percent of deaths among people aged 15 to 49, the study found.', b: 'Smoking accounted for 20 percent of deaths in the 15 to 49 age group, researchers said.', figure: 10, other: 20, status: 'conflict' },
  { name: 'must not: a share for one age band vs the share for everyone', a: 'Smoking was tied to 10 percent of deaths among people aged 15 to 49, the study found.', b: 'Smoking was tied to 6 percent of all deaths, the study found.', figure: 10, other: 6, status: 'apart' },
  { name: 'must not: a share of deaths in women vs one in men', a: 'Pollution caused 3 percent of deaths in women, the report said.', b: 'Pollution caused 8 percent of deaths in men, the report said.', figure: 3, other: 8, status: 'apart' },
  { name: 'election poll: the share of women agrees across outlets, the share of men apart', a: 'The mayor was backed by 52% of women and 61% of men, the exit poll showed.', b: 'According to the exit poll, 52 percent of women backed the mayor.', figure: 52, other: 52, status: 'agreed' },
  { name: 'must not: a parallel share for men ("and 61% among men") is not the women\'s', a: 'The exit poll showed 52% support among women and 61% among men.', b: 'The exit poll showed 52 percent support among women.', figure: 52, other: 61, status: 'apart' },
  { name: 'must not: the share of one age band over 50 vs under 30', a: 'The vaccine was refused by 12% of adults aged 50 and older, the survey found.', b: 'The vaccine was refused by 31% of adults aged 18 to 29, the survey found.', figure: 12, other: 31, status: 'apart' },
  { name: 'must not: a share of alcohol-related deaths vs a share of all deaths', a: 'Cancers caused 27 percent of alcohol-related deaths, the study said.', b: 'Alcohol caused 3 percent of deaths, the study said.', figure: 27, other: 3, status: 'apart' },
  // floors: each outlet's "more than" is the figure it rounded down
  { name: 'recall: "over 37 million" and "more than 40 million" are different floors', a: 'Over 37 million smoke alarms were recalled on Thursday.', b: 'More than 40 million smoke alarms were recalled on Thursday.', figure: 37000000, other: 40000000, status: 'conflict' },
  { name: 'housing: "over 2,600" and "more than 3,000" homes destroyed conflict', a: 'Over 2,600 homes were destroyed by the cyclone.', b: 'More than 3,000 homes were destroyed by the cyclone.', figure: 2600, other: 3000, status: 'conflict' },
  { name: 'must not: "more than 10,000" and "over 12,000" strikers can be one figure', a: 'More than 10,000 workers went on strike at the carmaker.', b: 'Over 12,000 workers went on strike at the carmaker.', figure: 10000, other: 12000, status: 'agreed' },
  { name: 'must not: "more than 380" and "more than 390" dead can be one figure', a: 'More than 380 people died in the floods.', b: 'More than 390 people died in the floods.', figure: 380, other: 390, status: 'agreed' },
  { name: 'must not: a floor against an exact figure above it still agrees', a: 'More than 380 people died in the floods.', b: 'The floods killed 391 people.', figure: 380, other: 391, status: 'agreed' },
  // one figure written two ways is not an update of a running count
  { name: 'study deaths: "2.8 million" then "nearly 3 million" agree, not an update', a: 'Alcohol was linked to 2.8 million deaths in the year studied.', b: 'Alcohol was linked to nearly 3 million deaths in the year studied.', figure: 2800000, other: 3000000, status: 'agreed', published: [DAY1, DAY3] },
  { name: 'flood toll: "about 400" then "402" agree, not an update', a: 'About 400 people died in the floods, the ministry said.', b: 'The floods killed 402 people, the ministry said.', figure: 400, other: 402, status: 'agreed', published: [DAY1, DAY3] },
  { name: 'must not: "at least 36" then "80" dead is still an update', a: 'At least 36 people died in the wildfire, the county said.', b: 'The wildfire killed 80 people, the county said.', figure: 36, other: 80, status: 'updated', published: [DAY1, DAY3] },
  // a scale word left out
  { name: 'takeover: "$68.7 deal" and "$68.7 billion deal" are one price', a: 'The software maker closed its $68.7 billion deal for the games studio.', b: 'The software maker closed the $68.7 deal for the games studio.', figure: 68.7, other: 68700000000, status: 'agreed' },
  { name: 'stadium: "€1.2 project" and "€1.2 billion project" are one cost', a: 'The city approved the €1.2 billion project for the stadium.', b: 'The city approved the €1.2 project for the stadium.', figure: 1.2, other: 1200000000, status: 'agreed' },
  { name: 'must not: a "$5 fee" and a "$5 million fee" are not one amount', a: 'The club paid a fee of $5 million for the defender.', b: 'The club paid a fee of $5 for the defender.', figure: 5, other: 5000000, status: 'conflict' },
  // whole-point percentages are rounded to the point
  { name: 'turnout: "7 percent" and "6.8%" agree within rounding', a: 'Turnout rose 7 percent in the by-election.', b: 'Turnout rose 6.8% in the by-election.', figure: 7, other: 6.8, status: 'agreed' },
  { name: 'pay: a 4 percent rise and a 4.4% rise agree within rounding', a: 'Nurses accepted a pay rise of 4 percent.', b: 'Nurses accepted a pay rise of 4.4%.', figure: 4, other: 4.4, status: 'agreed' },
  { name: 'must not: "7 percent" and "7.6%" do not agree', a: 'Turnout rose 7 percent in the by-election.', b: 'Turnout rose 7.6% in the by-election.', figure: 7, other: 7.6, status: 'conflict' },
  { name: 'must not: a 5% raise and a 6% raise do not touch', a: 'Nurses accepted a pay rise of 5 percent.', b: 'Nurses accepted a pay rise of 6 percent.', figure: 5, other: 6, status: 'conflict' },
  // fractions as shares, and "two dozen"
  { name: 'survey: "a quarter of women" and "25 percent of women" agree', a: 'The survey found that a quarter of women drink every week.', b: 'The survey found that 25 percent of women drink every week.', figure: 25, other: 25, status: 'agreed' },
  { name: 'parliament: "two-thirds of the seats" and "67% of the seats" agree', a: 'The coalition won two-thirds of the seats in the election.', b: 'The coalition won 67% of the seats in the election.', figure: 200 / 3, other: 67, status: 'agreed' },
  { name: 'a study of "two dozen" health problems and one of 23 agree', a: 'The study looked at two dozen health problems linked to drink.', b: 'The study looked at 23 health problems linked to drink.', figure: 24, other: 23, status: 'agreed' },
];

const has = (c: Claim, n: number) => c.values.some((v) => Math.abs((v.normalized as number) - n) < 1e-6 || v.value.replace(/,/g, '').includes(String(n)));

describe('scope, floors and rounding across outlets', () => {
  it.each(CASES)('$name', ({ a, b, figure, other, status, published }) => {
    const { claims } = claimsOf([{ id: 'p1', published: published?.[0] ?? null, text: a }, { id: 'p2', published: published?.[1] ?? null, text: b }]);
    const listed = claims.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => `${v.value}@${(v.articles ?? []).join('+')}`).join(' / ')}`).join('; ');
    if (status === 'apart') {
      const both = claims.filter((c) => c.kind === 'quantity' && has(c, figure) && has(c, other));
      expect(both, `${figure} and ${other} should be in different claims; got ${listed}`).toEqual([]);
      return;
    }
    const both = claims.filter((c) => c.kind === 'quantity' && has(c, figure) && has(c, other) && (c.articles ?? []).length === 2);
    expect(both.length, `no two-article claim with ${figure} and ${other}: ${listed}`).toBe(1);
    expect(both[0]!.status, listed).toBe(status);
  });
});

describe('figures the extraction reads with their scope', () => {
  it.each([
    ['an age band is who is counted, not a figure', 'Alcohol was the leading risk in the 15 to 49 age group, accounting for a tenth of deaths.', '15'],
    ['an age band with "between the ages of"', 'Drowning killed 40 children between the ages of 5 and 14 last year.', '5'],
    ['must not: "half of the match" is no share', 'The visitors dominated half of the match before the storm.', 'half'],
  ])('%s', (_name, text, figure) => expectNoQuantity(text, figure));
  it.each([
    ['"reported injured" counts the injured', 'So far, 288 people have died and over 800 have been reported injured in the collision.', { value: 800, topic: 'people injured' }],
    ['"were reported dead" counts the dead', 'After the landslide, 41 villagers were reported dead by the district office.', { value: 41, topic: 'villagers dead' }],
    ['the age band is in the topic of a share', 'Road crashes caused 12 percent of deaths in males between the ages of 15 and 49.', { value: 12, topic: 'people dead (men, aged 15-49)' }],
    ['a coordinated share takes the verb after the second one', 'Worldwide, 2.2% of women and 6.8% of men die from drink-related illness each year.', { value: 2.2, topic: 'women dead' }],
    ['a fraction of a group is a share', 'A third of voters stayed at home during the referendum.', { value: 100 / 3, unit: '%' }],
    ['a part that says what holds of it keeps its own topic', 'Of the 40 bodies recovered from the ferry, 25 have been identified while 15 are yet to be identified.', { value: 25, topic: 'people identified' }],
    ['a part with nothing of its own takes the whole\'s topic', 'The floods killed 12 people: eight in the town and four on the coast.', { value: 8, topic: 'people dead (part)' }],
  ] as const)('%s', (_name, text, want) => expectQuantity(text, want));
});

describe('parts that add up to a whole, and counts a list of places implies', () => {
  const statusOf = (texts: readonly string[], figure: number, other: number) => {
    const { claims } = claimsOf(texts.map((text, i) => ({ id: `q${i + 1}`, published: null, text })));
    const both = claims.filter((c) => c.kind === 'quantity' && has(c, figure) && has(c, other));
    return { both, listed: claims.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => `${v.value}@${(v.articles ?? []).join('+')}`).join(' / ')}`).join('; '), claims };
  };
  it.each([
    ['tennis: seven main-draw matches vs 10 in all, when one outlet gives 10 as three plus seven', [
      'She won seven matches in the main draw without dropping a set.',
      'She did not drop a set in 10 matches at the tournament.',
      'She won 10 matches in a row at the tournament — three in qualifying, seven in the main draw.',
    ], 7, 10],
    ['floods: four dead on the coast vs 12 in all, when one outlet gives 12 as eight plus four', [
      'Four people died on the coast as the river burst its banks.',
      'The floods killed 12 people, the agency said.',
      'The floods killed 12 people: eight in the town and four on the coast.',
    ], 4, 12],
  ] as const)('must not conflict: %s', (_name, texts, part, whole) => {
    const { both, listed } = statusOf(texts, part, whole);
    expect(both.filter((c) => c.status === 'conflict'), listed).toEqual([]);
  });
  it('must not: parts that do not add up to the whole leave a real difference a conflict', () => {
    const { both, listed } = statusOf([
      'Four people died on the coast as the river burst its banks.',
      'The floods killed 12 people, the agency said.',
      'The floods killed 12 people: five in the town and three on the coast.',
    ], 4, 12);
    expect(both.map((c) => c.status), listed).toContain('conflict');
  });
  it.each([
    ['strike: three states listed vs "5 states"', ['Workers walked out at plants in Iowa, Illinois and Kansas.', 'The strike covers workers across 5 states.'], 3, 5, 'conflict'],
    ['protests: three countries listed vs "three countries"', ['Farmers blocked roads in France, Spain and Italy this week.', 'Farmers blocked roads in three countries this week.'], 3, 3, 'agreed'],
  ] as const)('%s', (_name, texts, a, b, status) => {
    const { both, listed } = statusOf(texts, a, b);
    expect(both.map((c) => c.status), listed).toEqual([status]);
  });
  it('must not: a list of places with no written count is never a claim of its own', () => {
    const { claims } = claimsOf([
      { id: 'l1', published: null, text: 'Storms hit Ohio, Indiana and Kentucky overnight.' },
      { id: 'l2', published: null, text: 'The storms hit Ohio, Indiana and Kentucky on Monday.' },
    ]);
    expect(claims.filter((c) => c.kind === 'quantity').map((c) => c.topic)).toEqual([]);
  });
  it.each([
    ['two places are a pair, not a count', 'Talks were held in France and Germany.', 'Talks were held in 5 countries.'],
    ['places people came from are not where it happened', 'Leaders came from France, Spain and Italy for the talks.', 'Leaders of 27 countries came for the talks.'],
    ['places given as examples are not the whole set', 'Prices rose in many places, including in France, Spain and Italy.', 'Prices rose in 27 countries.'],
  ])('must not: %s', (_name, a, b) => {
    const { claims, listed } = statusOf([a, b], 2, 5);
    expect(claims.filter((c) => (c.articles ?? []).includes('q1')), listed).toEqual([]);
  });
  it('must not: a list mixing a state and a country is no count', () => {
    const { claims, listed } = statusOf(['Flights to Texas, Mexico and Canada were cancelled.', 'Flights to 3 states were cancelled.'], 3, 3);
    expect(claims.filter((c) => (c.articles ?? []).includes('q1')), listed).toEqual([]);
  });
});

describe('time taken before an ending, however it is worded', () => {
  it.each([
    ['takeover: "completed after 20 months of battles" vs "sealed after it was announced 21 months ago"', 'The merger was completed after 20 months of regulatory battles.', 'The merger was finally sealed after it was first announced 21 months ago.', 20, 21, 'conflict'],
    ['hostage: "freed after 471 days in captivity" vs "released after being held for 16 months"', 'The nurse was freed after 471 days in captivity, her family said.', 'The nurse was released after being held for 16 months, her family said.', 471, 16, 'agreed'],
    ['rescue: "rescued after 17 days" vs "rescued after more than two weeks"', 'The miners were rescued after 17 days underground.', 'The miners were rescued after more than two weeks underground.', 17, 2, 'agreed'],
  ] as const)('%s', (_name, a, b, x, y, status) => {
    const { claims } = claimsOf([{ id: 't1', published: null, text: a }, { id: 't2', published: null, text: b }]);
    const both = claims.filter((c) => c.kind === 'quantity' && has(c, x) && has(c, y));
    expect(both.map((c) => c.status), claims.map((c) => `${c.topic} [${c.status}]`).join('; ')).toEqual([status]);
  });
  it.each([
    ['must not: "announced 21 months ago" with no ending is a relative time', 'The company announced the plan 21 months ago.', '21 months'],
    ['must not: "three days ago" after a plain verb is a relative time', 'The storm made landfall three days ago near the port.', 'three days'],
  ])('%s', (_name, text, figure) => expectNoQuantity(text, figure));
  it('must not: a duration after "after" with no word of ending keeps its own topic', () => {
    const { claims } = claimsOf([
      { id: 'u1', published: null, text: 'The strike began after 20 months of talks.' },
      { id: 'u2', published: null, text: 'The merger was completed after 21 months of regulatory battles.' },
    ]);
    expect(claims.filter((c) => c.kind === 'quantity' && (c.articles ?? []).length === 2)).toEqual([]);
  });
});

describe('ranks outlets state', () => {
  const pair = (a: string, b: string) => claimsOf([{ id: 'k1', published: null, text: a }, { id: 'k2', published: null, text: b }]).claims.filter((c) => c.kind === 'quantity');
  const show = (cs: readonly Claim[]) => cs.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => v.value).join(' / ')}`).join('; ');
  it.each([
    ['health: "the leading cause" vs "the seventh leading cause" for one age band', 'Drink was the leading cause of death for people aged 15 to 49, the study said.', 'Drink was the seventh leading cause of death for people aged 15 to 49, the study said.', 'conflict'],
    ['business: "the third-largest carmaker" vs "the world\'s third largest carmaker"', 'The merger makes the group the third-largest carmaker by sales.', 'The merger makes the group the world\'s third largest carmaker by sales.', 'agreed'],
    ['sport: "the second-highest scorer" vs "the fourth highest scorer"', 'She finished the season as the second-highest scorer in the league.', 'She finished the season as the fourth highest scorer in the league.', 'conflict'],
  ] as const)('%s', (_name, a, b, status) => {
    const cs = pair(a, b).filter((c) => c.topic.startsWith('rank as') && (c.articles ?? []).length === 2);
    expect(cs.map((c) => c.status), show(pair(a, b))).toEqual([status]);
  });
  it.each([
    ['must not: a rank worldwide vs a rank for one age band', 'Drink was the seventh leading risk factor for death worldwide.', 'Drink was the leading risk factor for death for people aged 15 to 49.'],
    ['must not: "one of the largest" and "a leading cause" are no ranks', 'The group is one of the largest carmakers, and drink is a leading cause of death.', 'The group is the third-largest carmaker, and drink is the seventh leading cause of death.'],
    ['must not: "the leading opposition party" is prominence, not a rank', 'The leading opposition party won 40 seats.', 'The second leading opposition party won 40 seats.'],
    ['must not: a superlative with no ordinal in both outlets is not listed as a claim', 'It was the deadliest wildfire in the state.', 'It was the deadliest wildfire in the state, officials said.'],
  ])('%s', (_name, a, b) => {
    expect(pair(a, b).filter((c) => c.topic.startsWith('rank as') && (c.articles ?? []).length === 2), show(pair(a, b))).toEqual([]);
  });
});
