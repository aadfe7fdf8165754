import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { renderJson } from '../../../src/report/json-report.js';
import { renderMarkdown } from '../../../src/report/markdown-report.js';
import { article } from '../../extract/quantities/helpers.js';
import { claimAbout, claimsOf } from './helpers.js';

/**
 * Update sequences in report-time order (issue 15): an undated report goes after the report of a
 * figure it gives as an earlier one ("revised to 41 from 45"), and right after a report of its own
 * figure; two reports of one day are ordered by the time of day they give ("as of 8 p.m."); the
 * JSON and Markdown reports list the sequence in that order whatever the input order.
 * Texts written for this test: a landslide, a stadium crush, a storm, a vote count, a mine rescue.
 */
const D1 = '2026-05-01T08:00:00Z';
const D2 = '2026-05-02T08:00:00Z';
const D3 = '2026-05-03T08:00:00Z';

type Report = readonly [id: string, published: string | null, text: string];

const CASES: readonly (readonly [name: string, reports: readonly Report[], topic: string, order: readonly string[]])[] = [
  ['landslide: a revision down follows the report of the figure it revises', [
    ['r1', D1, 'The landslide killed 12 people, officials said.'],
    ['r2', D2, 'The landslide has killed 45 people, officials said.'],
    ['u', null, 'The death toll was revised to 41 from 45 after some victims were counted twice, officials said.'],
    ['r3', D3, 'The landslide has killed 43 people, officials said.'],
  ], 'people dead', ['r1', 'r2', 'u', 'r3']],
  ['stadium crush: an undated report of a dated figure goes with that report, not after a later revision', [
    ['r1', D1, 'At least 30 people were injured in the crush, police said.'],
    ['r2', D2, 'A total of 135 people were injured in the crush, police said.'],
    ['r3', D3, 'Police now say 125 people were injured in the crush after a recount.'],
    ['u', null, 'A total of 135 people were injured in the crush, police said.'],
  ], 'people injured', ['r1', 'r2', 'u', 'r3']],
  ['vote count: an undated count equal to a dated one is that report', [
    ['r1', D1, 'Officials have counted 20,000 votes so far.'],
    ['r2', D2, 'Officials have counted 55,000 votes so far.'],
    ['u', null, 'Officials have counted 55,000 votes so far.'],
    ['r3', D3, 'Officials have counted 90,000 votes so far.'],
  ], 'votes counted', ['r1', 'r2', 'u', 'r3']],
  ['must not: mine rescue, an earlier figure no dated report gave leaves the undated report placed by value', [
    ['r1', D1, 'So far 4 miners have been rescued, the company said.'],
    ['u', null, 'So far 9 miners have been rescued, up from 6 in the morning, the company said.'],
    ['r2', D2, 'So far 11 miners have been rescued, the company said.'],
    ['r3', D3, 'So far 17 miners have been rescued, the company said.'],
  ], 'miners rescued', ['r1', 'u', 'r2', 'r3']],
  ['must not: landslide, an undated figure between two reports and equal to none is placed by value', [
    ['r1', D1, 'The landslide killed 12 people, officials said.'],
    ['r2', D2, 'The landslide has killed 45 people, officials said.'],
    ['u', null, 'The landslide has killed 30 people, officials said.'],
  ], 'people dead', ['r1', 'u', 'r2']],
];

describe('update sequences follow report time (undated reports placed by earlier figures and equal figures)', () => {
  it.each(CASES)('%s', (_name, reports, topic, order) => {
    const { claims } = claimsOf(reports.map(([id, published, text]) => ({ id, published, text })));
    const c = claimAbout(claims, topic);
    expect(c.status, c.why ?? '').toBe('updated');
    expect(c.updates?.map((u) => u.article)).toEqual(order);
  });
});

describe('"as of <time>" inside an article orders two reports of one day', () => {
  const SAME_DAY = '2026-05-01';
  it.each([
    ['storm: the toll as of noon, then as of 8 p.m.', 'As of noon, 12 people had died in the storm, officials said.', 'As of 8 p.m., 19 people had died in the storm, officials said.', 'people dead', 'updated'],
    ['election: votes counted by 9pm, then by 23:30', 'By 9pm officials had counted 41,000 votes.', 'By 23:30 officials had counted 77,000 votes.', 'votes counted', 'updated'],
    ['rescue: miners rescued by midday, then as at 6 p.m.', 'By midday rescuers had rescued 4 miners, the company said.', 'As at 6 p.m. rescuers had rescued 9 miners, the company said.', 'miners rescued', 'updated'],
    ['must not: two tolls of one day with no time of day still conflict', 'The storm killed 12 people, officials said.', 'The storm killed 19 people, officials said.', 'people dead', 'conflict'],
    ['must not: a toll that falls by the evening is no update', 'As of noon, 19 people had died in the storm, officials said.', 'As of 8 p.m., 12 people had died in the storm, officials said.', 'people dead', 'conflict'],
  ] as const)('%s', (_name, a, b, topic, status) => {
    // the evening report comes first in the input: the clock, not the order, decides
    const c = claimAbout(claimsOf([{ id: 'eve', published: SAME_DAY, text: b }, { id: 'noon', published: SAME_DAY, text: a }]).claims, topic);
    expect(c.status, c.why ?? '').toBe(status);
    if (status === 'updated') expect(c.updates?.map((u) => u.article)).toEqual(['noon', 'eve']);
  });
});

describe('the reports list an update sequence in report-time order whatever the input order', () => {
  const toll: readonly Report[] = [
    ['late', D3, 'The landslide has killed 43 people, officials said.'],
    ['first', D1, 'The landslide killed 12 people, officials said.'],
    ['middle', D2, 'The landslide has killed 45 people, officials said.'],
  ];
  const analysis = analyze({ articles: toll.map(([id, published, text]) => ({ ...article(text, id, published), outlet: `${id} outlet` })) });

  it('JSON: the claim\'s updates run from the first report to the last', () => {
    const json = JSON.parse(renderJson(analysis)) as { claims: { topic: string; status: string; updates?: { article: string; published: string }[] }[] };
    const c = json.claims.find((x) => x.topic === 'people dead' && x.status === 'updated');
    expect(c?.updates?.map((u) => u.article)).toEqual(['first', 'middle', 'late']);
    expect(c?.updates?.map((u) => u.published)).toEqual([D1, D2, D3]);
  });

  it('Markdown: the sequence line names the values in the same order', () => {
    const md = renderMarkdown(analysis);
    expect(md).toContain(`Sequence: 12 (first outlet, ${D1}) → 45 (middle outlet, ${D2}) → 43 (late outlet, ${D3})`);
  });
});
