/** Dated clauses become timeline events: date, short description, entities, evidence. */
import { describe, expect, it } from 'vitest';
import { MAX_DESCRIPTION_WORDS } from '../../../src/extract/dates/description.js';
import { runDates } from './date-helpers.js';

interface EventExpectation {
  readonly published: string | null;
  readonly date: string;
  readonly description: string;
  /** names whose entity keys must be on the event */
  readonly names?: readonly string[];
  readonly weak?: boolean;
}

function expectEvent(text: string, want: EventExpectation): void {
  const run = runDates(text, want.published);
  const ev = run.events.filter((e) => e.date === want.date);
  expect(ev.length, `one event on ${want.date} in: ${text}\n got ${JSON.stringify(run.events.map((e) => [e.date, e.description]))}`).toBe(1);
  const e = ev[0]!;
  expect(e.description, `description for ${want.date}`).toBe(want.description);
  const evidence = text.slice(e.evidence.start, e.evidence.end);
  expect(evidence, 'evidence holds the date').toContain(text.slice(e.dateSpan.start, e.dateSpan.end));
  for (const name of want.names ?? []) {
    const keys = run.entities.mentions.filter((m) => m.text === name).map((m) => m.entity);
    expect(keys.length, `"${name}" is a mention`).toBeGreaterThan(0);
    expect(e.entities, `entity ${name} on the event`).toContain(keys[0]);
  }
  if (want.weak !== undefined) expect(e.weak === true, 'weak').toBe(want.weak);
}

const cases: [string, EventExpectation][] = [
  ['On Monday, rescuers pulled 12 people from a collapsed hotel in Antakya.', { published: '2023-02-10', date: '2023-02-06', description: 'On Monday, rescuers pulled 12 people from a collapsed hotel in Antakya', names: ['Antakya'], weak: false }],
  ['The Red Crescent opened a field hospital in Gaziantep on Wednesday.', { published: '2023-02-10', date: '2023-02-08', description: 'The Red Crescent opened a field hospital in Gaziantep on Wednesday', names: ['Gaziantep'] }],
  ['The mayor resigned on Monday; the council met on Wednesday to choose a successor.', { published: '2023-02-10', date: '2023-02-08', description: 'The council met on Wednesday to choose a successor' }],
  ['In November 2020, Maria Lopez won the seat by 312 votes.', { published: '2024-11-08', date: '2020-11', description: 'In November 2020, Maria Lopez won the seat by 312 votes', names: ['Maria Lopez'] }],
  ['Northwind Foods agreed on June 28, 2022, to buy Harbor Dairy for $2.1bn.', { published: '2022-06-30', date: '2022-06-28', description: 'Northwind Foods agreed on June 28, 2022, to buy Harbor Dairy for $2.1bn', names: ['Harbor Dairy'] }],
  ['The company’s June 28, 2022, filing showed a steep loss.', { published: '2022-06-30', date: '2022-06-28', description: 'The company’s June 28, 2022, filing showed a steep loss' }],
  ['The bidder, which was founded in 1987, employs 9,000 people.', { published: '2022-06-30', date: '1987', description: 'The bidder, which was founded in 1987, employs 9,000 people', weak: true }],
  ['“We will rebuild every school,” the governor said on Thursday.', { published: '2023-02-10', date: '2023-02-09', description: 'The governor said on Thursday' }],
  ['Founded in 1921, the dairy now supplies 400 shops.', { published: '2022-06-30', date: '1921', description: 'Founded in 1921, the dairy now supplies 400 shops', weak: true }],
  ['However, the club sacked its coach on Sunday after a fifth defeat.', { published: '2024-10-02', date: '2024-09-29', description: 'The club sacked its coach on Sunday after a fifth defeat' }],
  ['Sunday’s vote was the closest in a decade.', { published: '2024-11-08', date: '2024-11-03', description: 'Sunday’s vote was the closest in a decade' }],
  ['Turnout has risen in every election since 2008 in the county.', { published: '2024-11-08', date: '2008', description: 'Turnout has risen in every election since 2008 in the county', weak: true }],
];

describe('events', () => {
  it.each(cases)('%s', (text, want) => expectEvent(text, want));

  it('descriptions are capped in length', () => {
    const text = `On Tuesday the regional council, after a long and often bitter debate that ran late into the night and well past midnight, finally voted to approve the emergency housing plan for the displaced families.`;
    const run = runDates(text, '2023-02-10');
    expect(run.events).toHaveLength(1);
    const d = run.events[0]!.description;
    // the cut is marked, and the words kept are the clause's own, date first.
    expect(d.replace(/ …$/, '').split(' ').length).toBeLessThanOrEqual(MAX_DESCRIPTION_WORDS);
    expect(d.startsWith('On Tuesday the regional council')).toBe(true);
    expect(d.endsWith(' …')).toBe(true);
  });

  it('a date late in a long clause is described by the words before it', () => {
    const text = 'The retailer, which had struggled for years with falling sales and rising debts in its home market and across Europe, was finally bought by a rival chain in 2019.';
    const run = runDates(text, '2022-06-30');
    const d = run.events[0]!.description;
    expect(d).toContain('was finally bought by a rival chain');
    expect(d.split(' ').length).toBeLessThanOrEqual(MAX_DESCRIPTION_WORDS);
  });

  // issue 20 point 6: a label is a readable clause — the date stays in it, nothing dangles.
  it.each([
    ['The central span of the viaduct gave way at about 9:40 p.m. yesterday, plunging two lorries into the river.', '2025-09-17', '2025-09-16', 'The central span of the viaduct gave way at about 9:40 p.m. yesterday, plunging two lorries into the river'],
    ['The stadium, which opened in 1974, was last fully renovated in March, when no fault was found, the club said.', '2025-09-17', '2025-03', 'The stadium, which opened in 1974, was last fully renovated in March, when no fault was found, the club said'],
    ['At least nine miners were trapped and 30 rescued when a gallery of the old Harlow pit in the north valley flooded on Tuesday night, the regional mine rescue service said early on Wednesday.', '2025-09-18', '2025-09-17', '…the regional mine rescue service said early on Wednesday'],
  ])('a label keeps its date: %s', (text, published, date, description) => {
    const ev = runDates(text, published).events.filter((e) => e.date === date);
    expect(ev.map((e) => e.description)).toEqual([description]);
    expect(description).not.toMatch(/\b(?:at about|which opened|early),\s/);
  });

  it('unanchored dates make no events, absolute ones do', () => {
    const run = runDates('The board met on Friday. The merger closed on 1 July 2022.', null);
    expect(run.events.map((e) => e.date)).toEqual(['2022-07-01']);
  });
});
