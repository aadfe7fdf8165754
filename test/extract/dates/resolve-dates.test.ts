/**
 * Date expressions resolved against the publication date, on text written for
 * these tests (an earthquake relief effort, an election count, a company takeover).
 */
import { describe, expect, it } from 'vitest';
import { expectDate, runDates } from './date-helpers.js';

// 2023-02-10 is a Friday; 2024-11-08 is a Friday; 2022-06-30 is a Thursday; 2025-03-05 is a Wednesday.
const QUAKE = '2023-02-10';
const COUNT = '2024-11-08';
const TAKEOVER = '2022-06-30';

const cases: [string, Parameters<typeof expectDate>[1]][] = [
  // earthquake relief
  ['Rescuers pulled a girl from the rubble on Tuesday night, officials said.', { published: QUAKE, date: '2023-02-07' }],
  ['The quake struck before dawn on Monday, flattening thousands of buildings.', { published: QUAKE, date: '2023-02-06' }],
  ['The first tremor came on Friday at dawn and shook the coast.', { published: QUAKE, date: '2023-02-10' }],
  ['Aid convoys will reach the border town on Sunday, the agency said.', { published: QUAKE, date: '2023-02-12' }],
  ['A second convoy arrived yesterday with blankets and tents.', { published: QUAKE, date: '2023-02-09' }],
  ['Two days ago the airport reopened to relief flights.', { published: QUAKE, date: '2023-02-08' }],
  ['The region was last hit by a major quake in 1999.', { published: QUAKE, date: '1999' }],
  ['The relief agency, founded in 1987, sent 400 tents.', { published: QUAKE, date: '1987' }],
  ['A state of emergency has been in force since February 6 across ten provinces.', { published: QUAKE, date: '2023-02-06' }],
  ['The ministry said earlier this month that shelters were full.', { published: QUAKE, date: '2023-02', precision: 'month' }],
  ['Donations doubled last month after the appeal.', { published: QUAKE, date: '2023-01' }],
  ['The quake struck on February 6, 2023, at 4.17am local time.', { published: null, date: '2023-02-06' }],
  ['Rescue teams from 24 countries arrived on 7 February 2023 in the worst-hit towns.', { published: QUAKE, date: '2023-02-07' }],
  // election count
  ['Voters went to the polls on Tuesday in record numbers.', { published: COUNT, date: '2024-11-05' }],
  ['The count resumed on Thursday morning in the largest county.', { published: COUNT, date: '2024-11-07' }],
  ['The results will be certified on Monday, the board said.', { published: COUNT, date: '2024-11-11' }],
  ['In November 2020, turnout was the highest in a century.', { published: COUNT, date: '2020-11', precision: 'month' }],
  ['Recounts were ordered in 2000 and 2004 in the same state.', { published: COUNT, date: '2004', phrase: '2004' }],
  ['Recounts were ordered in 2000 and 2004 in the same state.', { published: COUNT, date: '2000', phrase: '2000' }],
  ['In 2019 elections were held under the old rules.', { published: COUNT, date: '2019' }],
  ['Since 1997 the group has been banned.', { published: COUNT, date: '1997' }],
  ['The summer of 1969 was the hottest on record.', { published: COUNT, date: '1969' }],
  ['The margin was wider than in the 2020 election, officials said.', { published: COUNT, date: '2020' }],
  ['The polls closed on 5 November 2024 at 8pm.', { published: COUNT, date: '2024-11-05' }],
  ['The electoral commission certified the 2024-11-05 vote.', { published: COUNT, date: '2024-11-05' }],
  ['Mail ballots sent last week are still arriving.', { published: COUNT, date: '2024-11', precision: 'month' }],
  // company takeover
  ['The board approved the offer on June 28, 2022, after a long meeting.', { published: TAKEOVER, date: '2022-06-28' }],
  ['The deal was first floated in February by the bidder.', { published: TAKEOVER, date: '2022-02', precision: 'month' }],
  ['Shares in the target jumped 12% on Wednesday.', { published: TAKEOVER, date: '2022-06-29' }],
  ['Regulators are expected to rule by March 2023.', { published: TAKEOVER, date: '2023-03' }],
  ['Shareholders will vote on Friday in London.', { published: TAKEOVER, date: '2022-07-01' }],
  ['The deal is due to close on Aug. 15, the companies said.', { published: TAKEOVER, date: '2022-08-15' }],
  ['The retailer made a loss last year on weak sales.', { published: TAKEOVER, date: '2021', precision: 'year' }],
  ['The chief executive resigned last Thursday.', { published: TAKEOVER, date: '2022-06-23' }],
  ['The takeover panel ruled on Tuesday, March 4, that the bid could go ahead.', { published: '2025-03-05', date: '2025-03-04' }],
  // a yearless date soon after publication, most of a year after its last occurrence, is the coming one
  ['Analysts expect results on Jan. 30 from the chipmaker.', { published: '2024-01-03', date: '2024-01-30' }],
  ['A leadership contest should conclude before the summer recess in late July.', { published: '2019-05-24', date: '2019-07' }],
  ['The bidding war began in March with a lower offer.', { published: '2022-06-30', date: '2022-03' }],
  ['The firm’s fiscal 2024 revenue rose by a third.', { published: TAKEOVER, date: '2024' }],
  ['Talks on the merger resume in mid-March.', { published: '2025-03-10', date: '2025-03' }],
  ['By the end of March the reservoir was full again.', { published: '2025-04-10', date: '2025-03', precision: 'month' }],
  ['The recount ended on the 5th of March.', { published: '2025-03-10', date: '2025-03-05' }],
  // ranges: both ends are dates
  ['The cave was open to visitors from November to April.', { published: '2018-07-09', date: '2017-11', phrase: 'November' }],
  ['The cave was open to visitors from November to April.', { published: '2018-07-09', date: '2018-04', phrase: 'April' }],
  ['Members will vote on the contract from Oct. 2 to Oct. 9.', { published: '2023-09-29', date: '2023-10-09', phrase: 'Oct. 9' }],
  ['Flights were suspended on March 3-5 across the region.', { published: '2025-03-10', date: '2025-03-05', phrase: '5' }],
  // a two-year span gives both years, each on its own digits.
  ['The last strike, in 2007-08, lasted 100 days.', { published: '2023-09-29', date: '2007', phrase: '2007' }],
  ['The last strike, in 2007-08, lasted 100 days.', { published: '2023-09-29', date: '2008', phrase: '08' }],
  ['The club struggled in the 2023-24 season.', { published: '2024-08-01', date: '2023', phrase: '2023' }],
  ['The club struggled in the 2023-24 season.', { published: '2024-08-01', date: '2024', phrase: '24' }],
  ['Officials said the last boys could be out by Wednesday.', { published: '2018-07-09', date: '2018-07-11' }],
  // tense of the clause: present schedules and "set for" look ahead, past verbs look back
  ['The winners earn a place in the continental cup, which begins in August.', { published: '2025-05-25', date: '2025-08' }],
  ['The trophy was first won by the club in August.', { published: '2025-05-25', date: '2024-08' }],
  ['A hearing on the confiscation of his assets is set for June 12.', { published: '2025-03-28', date: '2025-06-12' }],
  ['Thousands of fans are expected at a parade through the town on Monday.', { published: '2025-05-25', date: '2025-05-26' }],
  ['Consumer prices rose 2.6% in the year to December, official figures showed.', { published: '2025-02-06', date: '2024-12', phrase: 'December' }],
  ['Candidates have until November 14 to ask for a recount, the clerk confirmed.', { published: '2025-11-07', date: '2025-11-14' }],
  ['Forecasters have issued a red flag warning for the valley until Thursday evening.', { published: '2025-08-12', date: '2025-08-14' }],
  ['The road was closed until Thursday, when crews reopened one lane.', { published: '2025-08-12', date: '2025-08-07' }],
  ['Engineers had rated the span safe at its last “full” inspection in March.', { published: '2025-09-17', date: '2025-03' }],
  // weekday rules: the publication day itself, reported future, "next"
  ['The board met on Wednesday to approve the bid.', { published: '2025-03-05', date: '2025-03-05' }],
  ['The union said it would strike on Thursday unless talks resumed.', { published: '2025-03-05', date: '2025-03-06' }],
  ['The minister will tour the flooded towns next Tuesday.', { published: '2025-03-05', date: '2025-03-11' }],
  ['Results are expected this weekend.', { published: '2025-03-05', date: '2025-03', precision: 'month' }],
  ['Fans gathered last weekend outside the stadium.', { published: '2025-04-02', date: '2025-03', precision: 'month' }],
  // the rule from the brief: a Wednesday piece
  ['He called off the visit on Tuesday night, citing slow progress.', { published: '2025-03-05', date: '2025-03-04' }],
  ['The truce expired on Saturday after talks failed.', { published: '2025-03-05', date: '2025-03-01' }],
  ['Since January 19, the border crossing has stayed open.', { published: '2025-03-05', date: '2025-01-19' }],
  // a date-time reference: only the day counts
  ['Voters went to the polls on Tuesday in record numbers.', { published: '2024-11-08T23:30:00-05:00', date: '2024-11-05' }],
];

describe('dates resolved against the publication date', () => {
  it.each(cases)('%s → %o', (text, want) => expectDate(text, want));
});

describe('articles without a publication date', () => {
  const unanchored: [string, string][] = [
    ['The quake struck on Monday before dawn.', 'Monday'],
    ['Rescue teams arrived yesterday from abroad.', 'yesterday'],
    ['The count ended on November 7 in the last county.', 'November 7'],
    ['The bidder raised its offer last week.', 'last week'],
  ];
  it.each(unanchored)('%s: "%s" is unanchored and reported', (text, phrase) => {
    const run = runDates(text, null);
    expectDate(text, { published: null, date: null, phrase, anchored: false });
    const d = run.diagnostics.filter((x) => x.rule === 'date-unanchored');
    expect(d.length, 'one diagnostic').toBe(1);
    expect(d[0]!.message).toContain(phrase);
    expect(['info', 'warning']).toContain(d[0]!.severity);
    expect(run.events, 'no event for an unanchored date').toEqual([]);
  });

  it('absolute dates still count, relative ones do not', () => {
    const text = 'The quake struck on February 6, 2023. Aftershocks continued on Tuesday. The agency was set up in 1987.';
    const run = runDates(text, null);
    expect(run.dates.map((d) => [d.text, d.date, d.anchored])).toEqual([
      ['February 6, 2023', '2023-02-06', true],
      ['Tuesday', null, false],
      ['1987', '1987', true],
    ]);
  });
});
