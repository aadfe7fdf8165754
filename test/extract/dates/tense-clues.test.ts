/**
 * The clause's tense decides which way a bare weekday or month goes from the publication day.
 * Text written for these tests: a ferry strike, a football club, a court case, a bank merger,
 * a museum, a summit.
 */
import { describe, it } from 'vitest';
import { expectDate } from './date-helpers.js';

// 2025-03-05 is a Wednesday; 2025-03-10 a Monday; 2025-10-20 a Monday; 2025-10-26 a Sunday.
const WED = '2025-03-05';
const MON = '2025-03-10';
const OCT = '2025-10-20';

const cases: [string, Parameters<typeof expectDate>[1]][] = [
  // "next to" is a place, not a future
  ['Two people were hurt in a fire next to the stadium on Saturday.', { published: WED, date: '2025-03-01' }],
  ['A ferry ran aground next to the pier on Monday.', { published: WED, date: '2025-03-03' }],
  // a plan in the pluperfect is over
  ['The sale had been due to close on Friday.', { published: WED, date: '2025-02-28' }],
  ['The hearing had been scheduled for Tuesday before the judge fell ill.', { published: WED, date: '2025-03-04' }],
  // plans look ahead, even in a past clause
  ['Dockers planned a march through the port on Saturday.', { published: WED, date: '2025-03-08' }],
  ['The club was planning to unveil its new striker on Friday.', { published: WED, date: '2025-03-07' }],
  ['Fans were planning to gather outside the ground on Sunday.', { published: WED, date: '2025-03-09' }],
  // a looking-ahead word right before the date ("postponed until", "effective")
  ['The council postponed until Monday a vote on the harbour budget.', { published: WED, date: '2025-03-10' }],
  ['Judges adjourned the fraud trial until Thursday.', { published: WED, date: '2025-03-06' }],
  ['The harbour master resigned, effective March 31.', { published: WED, date: '2025-03-31' }],
  ['The fare cut, effective Jan. 1, was announced by the regulator.', { published: OCT, date: '2026-01-01' }],
  // …but the same verb with its own day is past
  ['The launch was postponed on Monday after a fault.', { published: WED, date: '2025-03-03' }],
  ['A club record set Tuesday still stands.', { published: WED, date: '2025-03-04' }],
  // a verb in the present before the date is a schedule
  ['The two leaders meet Monday in Geneva.', { published: WED, date: '2025-03-10' }],
  ['The appeal court hears the case on Thursday.', { published: WED, date: '2025-03-06' }],
  // a possessive day names an event that is over
  ['Fans are still angry about Saturday’s defeat and will protest at the next match.', { published: WED, date: '2025-03-01' }],
  ['Investors will study Tuesday’s results closely when trading opens.', { published: WED, date: '2025-03-04' }],
  // the nearest marker wins: the verb of a fronted date comes after its comma
  ['In January, a month after the merger was agreed, the two banks cut 300 jobs, and more cuts will follow.', { published: OCT, date: '2025-01' }],
  ['In March, the museum shut its west wing, and it will reopen in the spring.', { published: OCT, date: '2025-03', phrase: 'March' }],
  // a fronted date is the telling's date
  ['On Monday, the health ministry said the trial would resume.', { published: WED, date: '2025-03-03' }],
  ['Over the weekend, the coach said the striker would stay.', { published: MON, date: '2025-03', precision: 'month', period: '2025-W10-WE' }],
  ['The ambassador said over the weekend that talks had stalled.', { published: MON, date: '2025-03', precision: 'month', period: '2025-W10-WE' }],
  // "since" looks back whatever follows
  ['The plant has been shut since November and is expected to reopen.', { published: OCT, date: '2024-11' }],
  ['The ferry has run empty since August but is due to be sold.', { published: OCT, date: '2025-08' }],
  // "by" a month with no tense is a deadline ahead
  ['The lender must repay the loan by February.', { published: OCT, date: '2026-02' }],
  ['Builders aim to finish the bridge by June.', { published: OCT, date: '2026-06' }],
  // a month two away in a past clause is last year's; only the next month may be ahead
  ['The firm switched to a calendar year in December.', { published: '2025-10-27', date: '2024-12' }],
  ['The museum closed its west wing in December for repairs.', { published: '2025-10-15', date: '2024-12' }],
  ['The vote was moved to November.', { published: '2025-10-15', date: '2025-11' }],
  // "succeed" and "need" are not past forms; "would still be held" is no past
  ['She will succeed the founder Feb. 1, the board said.', { published: '2025-10-26', date: '2026-02-01' }],
  ['A ceremony would still be held in the square on April 24.', { published: '2025-02-10', date: '2025-04-24' }],
  // "would have" looks back at what did not happen
  ['Members rejected a contract offer on Sunday that would have raised pay by 5%.', { published: '2025-10-14', date: '2025-10-12' }],
  ['The council turned down a plan on Monday that would have closed the library.', { published: WED, date: '2025-03-03' }],
  // a comma after the date is not the next clause's ("talks that are supposed to end by May, resumed")
  ['The talks, which are supposed to end by May, resumed after a pause.', { published: '2025-03-22', date: '2025-05' }],
];

describe('the tense of the clause around a yearless date', () => {
  it.each(cases)('%s → %o', (text, want) => expectDate(text, want));
});
