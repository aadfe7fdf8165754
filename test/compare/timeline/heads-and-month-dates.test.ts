/**
 * Heads of dated events written around another event ("launched a strike on Thursday after
 * rejecting the offer", "blocked the merger in April", "gave its final nod on Friday"), and
 * articles dated only to a month, whose "on Thursday" is resolved against the story's reference day.
 */
import { describe, expect, it } from 'vitest';
import { eventHead } from '../../../src/compare/timeline/event-head.js';
import { timeline } from './timeline-helpers.js';

/** The head class of the event dated by `date` (its first occurrence) in one sentence. */
function headOf(sentence: string, date: string): string | null {
  const at = sentence.indexOf(date);
  return eventHead(sentence, { article: 'x', start: 0, end: sentence.length }, { article: 'x', start: at, end: at + date.length });
}

describe('event heads', () => {
  it.each([
    // a clause opened by "after"/"before"/"following" past the date tells another event
    { name: 'strike, then "after rejecting"', text: 'Workers launched a strike at 14 plants across the Midwest on Thursday after rejecting the contract.', date: 'Thursday', head: 'strike' },
    { name: 'library closure, then "following a vote"', text: 'The council closed the Elm Street library on Monday following a vote to approve its sale.', date: 'Monday', head: 'close' },
    { name: 'must-not: the rejection itself keeps its head', text: 'Union members rejected the offer on Sunday by a wide margin.', date: 'Sunday', head: 'reject' },
    { name: 'must-not: a head before "after" still counts', text: 'The bridge reopened on Monday, two weeks after the flood.', date: 'Monday', head: 'open' },
    // a class verb before an event noun says what happened to it
    { name: 'merger blocked', text: 'The competition authority had blocked the merger in April 2023 on competition grounds.', date: 'April 2023', head: 'block' },
    { name: 'acquisition completed', text: 'Harlan Foods completed its acquisition of the Brightwater dairy on Friday, the company said.', date: 'Friday', head: 'complete' },
    { name: 'appointment announced', text: 'The club announced the appointment of Ana Ruiz in June.', date: 'June', head: 'announce' },
    { name: 'must-not: an event noun with no verb keeps its class', text: 'The acquisition of the Port Ellen terminal in 2019 doubled the firm\u2019s capacity.', date: '2019', head: 'acquire' },
    { name: 'must-not: a verb outside the classes does not take over', text: 'Shareholders backed the merger in April by a large majority.', date: 'April', head: 'merge' },
    // a toll counts the dead; a revised figure is a revision
    { name: 'highest toll since a year', text: 'It was the highest toll from a storm in the province since 1931, when 212 people drowned in the delta.', date: '1931', head: 'die' },
    { name: 'toll revised', text: 'The ministry revised the number of displaced families to 4,000 on Sunday.', date: 'Sunday', head: 'revise' },
    { name: 'must-not: a toll road is no toll of the dead when a verb is nearer', text: 'The Ridgeway toll road opened in 1994 after years of delays.', date: '1994', head: 'open' },
    // "gave a final nod" is an approval
    { name: 'final nod', text: 'The regulator gave a final nod on Friday to the sale of the Castlebar mine.', date: 'Friday', head: 'approve' },
  ])('$name', ({ text, date, head }) => {
    expect(headOf(text, date)).toBe(head);
  });
});

const agreedDates = (m: ReturnType<typeof timeline>) =>
  m.claims.filter((c) => c.kind === 'date' && c.status === 'agreed').map((c) => [c.values[0]!.normalized ?? c.values[0]!.value, c.values[0]!.articles.join(',')]);

describe('articles dated only to a month', () => {
  it.each([
    {
      topic: 'a factory strike',
      dated: 'Workers at the Tolland tractor plant went on strike on Thursday after talks with the company failed.',
      monthly: 'Workers at the Tolland tractor plant walked out and went on strike on Thursday, the union said.',
      published: '2024-03-14', // a Thursday
      month: '2024-03',
      day: '2024-03-14',
    },
    {
      topic: 'a recall',
      dated: 'The safety agency announced on Tuesday the recall of 2 million Corvel space heaters.',
      monthly: 'The safety agency announced Tuesday the recall of Corvel space heaters that can overheat.',
      published: '2023-11-08', // a Wednesday: Tuesday is 2023-11-07
      month: '2023-11',
      day: '2023-11-07',
    },
  ])('$topic: the month-dated "weekday" agrees with the dated one, marked inferred', ({ dated, monthly, published, month, day }) => {
    const m = timeline(['a1', dated, published], ['a2', monthly, month]);
    expect(agreedDates(m)).toContainEqual([day, 'a1,a2']);
    const event = m.events.find((e) => e.date === day && e.articles?.includes('a2'));
    expect(event?.inferredIn).toEqual(['a2']);
    expect(m.diagnostics.map((d) => [d.rule, d.article])).toEqual([['timeline/story-reference-date', 'a2']]);
  });

  it.each([
    { topic: 'a factory strike', dated: 'Workers at the Tolland tractor plant went on strike on Thursday.', monthly: 'Workers at the Tolland tractor plant went on strike on Thursday.', published: '2024-03-14', month: '2024-02' },
    { topic: 'a recall', dated: 'The safety agency announced on Tuesday the recall of Corvel heaters.', monthly: 'The safety agency announced Tuesday the recall of Corvel heaters.', published: '2023-11-08', month: '2023-10' },
  ])('$topic: must not resolve a month-dated weekday against a reference day in another month', ({ dated, monthly, published, month }) => {
    const m = timeline(['a1', dated, published], ['a2', monthly, month]);
    expect(agreedDates(m)).toEqual([]);
    expect(m.events.some((e) => e.inferredIn !== undefined)).toBe(false);
    expect(m.diagnostics).toEqual([]);
  });

  it('must not mark a day written out in a month-dated article as inferred', () => {
    const m = timeline(['a1', 'The Harlow bridge reopened on March 4, officials said on Monday.', '2024-03-06'], ['a2', 'The Harlow bridge reopened on March 4 after repairs, and traffic returned on Tuesday.', '2024-03']);
    const written = m.events.find((e) => e.date === '2024-03-04');
    expect(written?.articles).toEqual(['a1', 'a2']);
    expect(written?.inferredIn).toBeUndefined();
  });
});
