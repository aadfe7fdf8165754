/**
 * Precision and recall of date extraction on short news texts written for this
 * test (four topics), each annotated with every date expression and its value.
 * The figures are printed; the thresholds keep them from silently dropping.
 */
import { describe, expect, it } from 'vitest';
import { runDates } from './date-helpers.js';

interface Annotated {
  readonly topic: string;
  readonly published: string | null;
  readonly text: string;
  /** [expression as written, resolved date or null when unanchored] */
  readonly gold: readonly (readonly [string, string | null])[];
}

const corpus: Annotated[] = [
  {
    topic: 'earthquake relief',
    published: '2023-02-10',
    text: [
      'Rescuers in the border province pulled a nine-year-old girl from the rubble on Thursday night, 80 hours after the quake struck.',
      'The 7.8-magnitude earthquake hit before dawn on Monday, February 6, and was followed by a second tremor nine hours later.',
      'More than 2,000 buildings collapsed in the city alone, and at least 12,000 people were killed, officials said yesterday.',
      'The region was last hit by a quake of this size in 1939, when 33,000 people died.',
      'Aid agencies said convoys would cross the border on Sunday, but a damaged road delayed the first trucks for 24 hours.',
      'The government declared a three-month state of emergency in ten provinces last week.',
      'Donations to the Red Crescent, which was founded in 1868, have tripled since Monday.',
      'A protest march is planned in the capital, organisers said; the minister may visit the area at 3pm.',
    ].join(' '),
    gold: [
      ['Thursday night', '2023-02-09'], ['Monday, February 6', '2023-02-06'], ['yesterday', '2023-02-09'], ['1939', '1939'],
      ['Sunday', '2023-02-12'], ['last week', '2023-02'], ['1868', '1868'], ['Monday', '2023-02-06'],
    ],
  },
  {
    topic: 'election count',
    published: '2024-11-08',
    text: [
      'Counting in the governor’s race resumed on Thursday morning after a 12-hour pause.',
      'Voters went to the polls on Tuesday, and turnout reached 64%, the highest since 1992.',
      'The secretary of state said on Wednesday that 300,000 mail ballots remained, and results will be certified on November 22.',
      'In the 2020 election the same county took 11 days to finish, and a recount in December 2020 changed 87 votes.',
      'Candidate Rosa May told supporters she may ask for a recount if the margin is below 0.5%.',
      'The Sunday Herald first reported the error in the count.',
    ].join(' '),
    gold: [
      ['Thursday morning', '2024-11-07'], ['Tuesday', '2024-11-05'], ['1992', '1992'], ['Wednesday', '2024-11-06'],
      ['November 22', '2024-11-22'], ['2020', '2020'], ['December 2020', '2020-12'],
    ],
  },
  {
    topic: 'company takeover',
    published: '2022-06-30',
    text: [
      'Northwind Foods agreed on Tuesday to buy Harbor Dairy for $2.1bn, ending a bidding war that began in March.',
      'Harbor Dairy, founded in 1921 by two brothers, rejected a lower offer two months ago.',
      'Shares in the target rose 14% on Wednesday to 1,250 pence, their highest since October 2019.',
      'Shareholders will vote on the deal on July 21, and regulators are expected to rule by the end of 2022.',
      'The companies said 400 jobs would go over the next 18 months.',
    ].join(' '),
    gold: [
      ['Tuesday', '2022-06-28'], ['March', '2022-03'], ['1921', '1921'], ['two months ago', '2022-04'], ['Wednesday', '2022-06-29'],
      ['October 2019', '2019-10'], ['July 21', '2022-07-21'], ['2022', '2022'],
    ],
  },
  {
    topic: 'football transfer (no publication date)',
    published: null,
    text: [
      'The striker completed his move on Friday after passing a medical on Thursday.',
      'He joined the club’s academy in 2011 and made his debut on 14 August 2016, scoring twice in a 3-1 win.',
      'The 24-year-old signed a five-year contract worth £180,000 a week, the club said yesterday.',
      'His previous club had rejected a bid last month.',
    ].join(' '),
    gold: [
      ['Friday', null], ['Thursday', null], ['2011', '2011'], ['14 August 2016', '2016-08-14'], ['yesterday', null], ['last month', null],
    ],
  },
];

describe('date extraction accuracy on annotated texts', () => {
  it('finds the annotated dates with high precision and recall', () => {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    let wrongValue = 0;
    const report: string[] = [];
    for (const doc of corpus) {
      const found = runDates(doc.text, doc.published).dates.map((d) => ({ text: d.text, date: d.date }));
      const unmatched = [...found];
      for (const [phrase, date] of doc.gold) {
        const k = unmatched.findIndex((f) => f.text === phrase || f.text.includes(phrase) || phrase.includes(f.text));
        if (k < 0) {
          fn++;
          report.push(`${doc.topic}: missed "${phrase}"`);
          continue;
        }
        const f = unmatched.splice(k, 1)[0]!;
        if (f.date === date) tp++;
        else {
          wrongValue++;
          report.push(`${doc.topic}: "${phrase}" → ${f.date}, expected ${date}`);
        }
      }
      for (const f of unmatched) {
        fp++;
        report.push(`${doc.topic}: spurious "${f.text}" → ${f.date}`);
      }
    }
    const precision = tp / (tp + fp + wrongValue);
    const recall = tp / (tp + fn + wrongValue);
    console.log(`dates: precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)} (tp ${tp}, fp ${fp}, fn ${fn}, wrong value ${wrongValue})\n${report.join('\n')}`);
    expect(precision, report.join('\n')).toBeGreaterThanOrEqual(0.9);
    expect(recall, report.join('\n')).toBeGreaterThanOrEqual(0.9);
  });
});
