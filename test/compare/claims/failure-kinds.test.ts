import { describe, expect, it } from 'vitest';
import { claimsOf, expectPair, type PairCase } from './helpers.js';

/**
 * Fifth round of issue 15 (numbers outlets disagree on), on articles written for this test: an
 * earthquake, a transfer and a wage, a mine rescue and a hostage's captivity, an election campaign.
 * Each rule with must-not cases:
 * - the same measure under different labels: a reading on a scale ("magnitude 7.5", "a
 *   7.8-magnitude quake", "7.8 on the Richter scale") is the scale's, whatever noun or verb
 *   surrounds it; an aftershock's is another event's;
 * - the same figure in two currencies from two outlets is a conflict of its own (never converted);
 * - the length of an ongoing state ("trapped for 17 days") grows with each report's day;
 * - one competition's count ("in the league") is a part of a season's ("in all competitions");
 * - money over two periods shows both values.
 * The other failure kinds of the issue are tested in numbers.test.ts (units, money per period,
 * durations in months and days, part vs whole, running counts), scope-and-rounding.test.ts
 * (populations, floors, rounding), approximations.test.ts, ranges.test.ts (ranges, terms until a
 * year), update-order.test.ts and report-times.test.ts (report-time order) and
 * test/extract/quantities/event-scope.test.ts (numbers about other events).
 */
const D1 = '2026-05-01T08:00:00Z';
const D2 = '2026-05-02T08:00:00Z';
const D4 = '2026-05-04T08:00:00Z';

const CASES: readonly PairCase[] = [
  // labels: a reading on a scale
  { name: 'quake: "a magnitude of 7.8" and "the magnitude 7.5 tremor" conflict', a: 'The earthquake had a magnitude of 7.8, the survey said.', b: 'The magnitude 7.5 tremor struck before dawn, the agency said.', figure: 7.8, other: 7.5, status: 'conflict' },
  { name: 'quake: "the magnitude 7.8 quake injured hundreds" and "measured magnitude 7.5" conflict', a: 'The magnitude 7.8 quake injured hundreds in the city.', b: 'The earthquake measured magnitude 7.5, officials said.', figure: 7.8, other: 7.5, status: 'conflict' },
  { name: 'quake: "a 7.8-magnitude quake" and "7.8 on the Richter scale" agree', a: 'A 7.8-magnitude quake flattened the old town.', b: 'The earthquake measured 7.8 on the Richter scale.', figure: 7.8, other: 7.8, status: 'agreed' },
  { name: 'quake: "a 6.4 magnitude earthquake" and "a magnitude 6.4 temblor" agree', a: 'A 6.4 magnitude earthquake hit the coast on Friday.', b: 'A magnitude 6.4 temblor hit the coast on Friday.', figure: 6.4, other: 6.4, status: 'agreed' },
  { name: 'must not: an aftershock\'s magnitude is not the main shock\'s', a: 'A magnitude 6.1 aftershock shook the valley on Sunday.', b: 'The earthquake had a magnitude of 7.8, the survey said.', figure: 6.1, other: 7.8, status: 'apart' },
  { name: 'must not: "two-storey" stays a compound adjective beside a quake', a: 'The quake brought down 40 two-storey homes.', b: 'The quake brought down 40 homes.', figure: 40, other: 40, status: 'agreed' },
  // currencies: one figure in two currencies
  { name: 'transfer: a fee of $45m and a fee of €45m conflict', a: 'The club paid a fee of $45m for the winger.', b: 'The club paid a fee of €45m for the winger.', figure: 45000000, other: 45000000, status: 'conflict', why: /different currency/ },
  { name: 'election: campaign spending of $12.5 million and €12.5 million conflict', a: 'The campaign spent $12.5 million on television advertising.', b: 'The campaign spent €12.5 million on television advertising.', figure: 12500000, other: 12500000, status: 'conflict', why: /different currency/ },
  { name: 'must not: relief of $20m and of €18m are never compared (no exchange rate is guessed)', a: 'The government pledged $20m in relief for the quake zone.', b: 'The government pledged €18m in relief for the quake zone.', figure: 20000000, other: 18000000, status: 'apart' },
  { name: 'must not: a round $5m and €5m are too round to tell a wrong currency', a: 'The club paid a fee of $5m for the defender.', b: 'The club paid a fee of €5m for the defender.', figure: 5000000, other: 5000000, status: 'apart' },
  // lengths of an ongoing state, counted to each report's day
  { name: 'mine rescue: trapped for 17 days, then for 18 days the next day, is an update', a: 'The miners have been trapped for 17 days, the company said.', b: 'The miners have been trapped for 18 days, the company said.', figure: 17, other: 18, status: 'updated', published: [D1, D2] },
  { name: 'hostage: held captive for 100 days, then for 103 days three days later, is an update', a: 'The aid worker has been held captive for 100 days, her family said.', b: 'The aid worker has been held captive for 103 days, her family said.', figure: 100, other: 103, status: 'updated', published: [D1, D4] },
  { name: 'must not: two lengths on the same day conflict', a: 'The miners have been trapped for 17 days, the company said.', b: 'The miners have been trapped for 18 days, the company said.', figure: 17, other: 18, status: 'conflict', published: [D1, D1] },
  { name: 'must not: a length that grows faster than the days between reports conflicts', a: 'The miners have been trapped for 17 days, the company said.', b: 'The miners have been trapped for 30 days, the company said.', figure: 17, other: 30, status: 'conflict', published: [D1, D2] },
  { name: 'must not: a length that shrinks later conflicts', a: 'The aid worker has been held captive for 100 days, her family said.', b: 'The aid worker has been held captive for 90 days, her family said.', figure: 100, other: 90, status: 'conflict', published: [D1, D4] },
  { name: 'must not: a prison sentence does not grow with report time', a: 'The smuggler was jailed for six years, the court said.', b: 'The smuggler was jailed for seven years, the court said.', figure: 6, other: 7, status: 'conflict', published: [D1, D4] },
  // one competition of a season
  { name: 'must not: transfer, 12 goals in the league vs 20 in all competitions', a: 'The striker scored 12 goals in the league this season.', b: 'The striker scored 20 goals in all competitions this season.', figure: 12, other: 20, status: 'apart' },
  { name: 'transfer: 12 and 15 goals in the league still conflict', a: 'The striker scored 12 goals in the league this season.', b: 'The striker scored 15 goals in the league this season.', figure: 12, other: 15, status: 'conflict' },
  { name: 'election: seats in one region alone vs seats in all stay apart', a: 'The party won 41 seats in the northern region alone.', b: 'The party won 120 seats in the election.', figure: 41, other: 120, status: 'apart' },
  // sixth round: a place part stated before the figure's clause; an undated later report
  { name: 'flood: "In Ravel alone, 12 people died" is one town\u2019s toll, apart from the province\u2019s 40', a: 'In Ravel alone, 12 people died when the river burst its banks.', b: 'The floods killed 40 people across the province, officials said.', figure: 12, other: 40, status: 'apart' },
  { name: 'storm: "In Harlow County, nine people died" is apart from the state toll', a: 'In Harlow County, nine people died as the storm passed.', b: 'The storm killed 30 people in the state, the governor said.', figure: 9, other: 30, status: 'apart' },
  { name: 'must not: a fronted town with no part word ("In Ravel, 12 people died") still meets another toll', a: 'In Ravel, 12 people died when the river burst its banks.', b: 'The floods killed 40 people, officials said.', figure: 12, other: 40, status: 'conflict' },
  { name: 'quake: a higher toll in an undated report stays a conflict (its weekday is not read as a report time)', a: 'The quake killed 120 people, officials said on Monday.', b: 'The death toll from the quake rose to 310 on Wednesday, officials said.', figure: 120, other: 310, status: 'conflict', published: [D1, null] },
  // sixth round: a span opened by "for" and followed by "before …" is how long, not when
  { name: 'mine rescue: "trapped for 25 days before rescuers reached them" agrees with "trapped underground for 25 days"', a: 'The miners were trapped for 25 days before rescuers reached them.', b: 'The miners were trapped underground for 25 days.', figure: 25, other: 25, status: 'agreed' },
  { name: 'hostage: "held for 40 days before their release" and "held for 60 days" conflict', a: 'The sailors were held for 40 days before their release.', b: 'The sailors were held for 60 days, the shipping firm said.', figure: 40, other: 60, status: 'conflict' },
  { name: 'must not: "resigned 25 days before the vote" is when, not how long', a: 'The minister resigned 25 days before the vote.', b: 'The minister was in office for 25 days.', figure: 25, other: 25, status: 'apart' },
  // sixth round: people aboard and people killed are two measures (two counts aboard are not yet compared: "on board" is no state)
  { name: 'must not: 72 people on board against 68 people killed are never compared', a: 'There were 72 people on board the plane, the airline said.', b: 'At least 68 people were killed in the crash, police said.', figure: 72, other: 68, status: 'apart' },
  { name: 'must not: a ferry\u2019s 410 passengers aboard against 35 dead are never compared', a: 'The ferry was carrying 410 passengers when it sank.', b: 'The sinking killed 35 people, the coast guard said.', figure: 410, other: 35, status: 'apart' },
];

describe('labels, currencies, ongoing lengths and competitions (issue 15, fifth round)', () => {
  it.each(CASES)('$name', (c) => expectPair(c));
});

describe('money over two periods shows both values', () => {
  it.each([
    ['wage: £600 a week and £600 a month', 'The nurse earns £600 a week, the union said.', 'The nurse earns £600 a month, the union said.', ['£600 a month', '£600 a week']],
    ['election: a mayor paid $9,000 a month and $9,000 a year', 'The mayor is paid $9,000 a month.', 'The mayor is paid $9,000 a year.', ['$9,000 a month', '$9,000 a year']],
  ] as const)('%s', (_name, a, b, values) => {
    const { claims } = claimsOf([{ id: 'w1', published: null, text: a }, { id: 'w2', published: null, text: b }]);
    const c = claims.find((x) => x.kind === 'quantity' && (x.articles ?? []).length === 2);
    expect(c?.status, claims.map((x) => `${x.topic} [${x.status}]`).join('; ')).toBe('conflict');
    expect(c?.values.map((v) => v.value)).toEqual(values);
    expect(c?.why).toMatch(/per year/);
  });
});
