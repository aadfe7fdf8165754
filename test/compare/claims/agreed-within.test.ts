import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import type { Claim } from '../../../src/contract/analysis-schema.js';
import { article } from '../../extract/quantities/helpers.js';
import { claimsOf } from './helpers.js';

/**
 * Step 7 (issue 14): a figure two or more articles give alike inside a conflict or a running count
 * is an agreement of its own, beside the conflict or update. Texts written for this test: a
 * flood's toll, a ferry fire, a factory strike, a heatwave, a bus crash, a harvest.
 */
const D1 = '2026-03-01T08:00:00Z';
const D2 = '2026-03-02T08:00:00Z';
const D3 = '2026-03-03T08:00:00Z';

type Report = readonly [id: string, published: string | null, text: string];

/** The agreed claims made inside a conflict or update: "value@articles" per claim, in claim order. */
function agreedInside(claims: readonly Claim[]): string[] {
  return claims
    .filter((c) => c.status === 'agreed' && c.within !== undefined)
    .map((c) => `${c.topic}: ${c.values.map((v) => v.value).join(' / ')}@${(c.articles ?? []).join('+')}`);
}

const CASES: readonly (readonly [name: string, reports: readonly Report[], expected: readonly string[]])[] = [
  ['flood: the earlier and the latest count each given by two outlets', [
    ['r1', D1, 'The floods have killed 50 people, officials said.'],
    ['r2', D2, 'The floods have killed 200 people, officials said.'],
    ['r3', D2, 'Officials said the floods have killed 200 people.'],
    ['r4', D3, 'The floods have killed 288 people, officials said.'],
    ['r5', D3, 'The floods have now killed 288 people, the ministry said.'],
  ], ['people dead (earlier count): 200@r2+r3', 'people dead (latest count): 288@r4+r5']],
  ['ferry fire: "36" and "at least 36" are one reading of the earlier count', [
    ['r1', D1, 'At least 36 people died in the ferry fire, the coastguard said.'],
    ['r2', D1, 'The ferry fire killed 36 people, the coastguard said.'],
    ['r3', D2, 'The ferry fire has killed 71 people, the coastguard said.'],
  ], ['people dead (earlier count): 36 / At least 36@r1+r2']],
  ['factory strike: two outlets against one agree on their figure', [
    ['a', D1, 'Workers walked off the job at 14 plants on Monday, the union said.'],
    ['b', D1, 'Workers walked off the job at 14 plants on Monday.'],
    ['c', D1, 'Workers walked off the job at 12 plants on Monday.'],
  ], ['plants (disputed): 14@a+b']],
  ['must not: heatwave, every count of the running toll from one outlet only', [
    ['r1', D1, 'The heatwave has killed 12 people, officials said.'],
    ['r2', D2, 'The heatwave has killed 40 people, officials said.'],
    ['r3', D3, 'The heatwave has killed 65 people, officials said.'],
  ], []],
  ['must not: bus crash, an early "at least 20" is not the later 45 it does not rule out', [
    ['r1', D1, 'At least 20 passengers were injured in the bus crash, police said.'],
    ['r2', D2, 'The bus crash injured 45 passengers, police said.'],
    ['r3', D3, 'The bus crash injured 52 passengers, police said.'],
  ], []],
  ['must not: grain ships, "more than 40" against "40" is the conflict itself, not one figure', [
    ['a', D1, 'More than 40 grain ships were seized, the navy said.'],
    ['b', D1, '40 grain ships were seized, the navy said.'],
    ['c', D1, '40 grain ships were seized.'],
  ], ['grain ships seized (disputed): 40@b+c']],
  ['must not: harvest, a conflict where each figure is one outlet\'s', [
    ['a', D1, 'Farmers harvested 400 tonnes of grapes this year.'],
    ['b', D1, 'Farmers harvested 520 tonnes of grapes this year.'],
  ], []],
];

describe('a figure several outlets give inside a conflict or a running count is also an agreement', () => {
  it.each(CASES)('%s', (_name, reports, expected) => {
    const { claims } = claimsOf(reports.map(([id, published, text]) => ({ id, published, text })));
    const listed = claims.map((c) => `${c.topic} [${c.status}] ${c.values.map((v) => `${v.value}@${v.articles.join('+')}`).join(' / ')}`).join('; ');
    expect(agreedInside(claims), listed).toEqual(expected);
    // the conflict or update itself stays, with every value
    if (expected.length) expect(claims.some((c) => c.status === 'conflict' || c.status === 'updated'), listed).toBe(true);
  });
});

describe('the analysis links each such agreement to its conflict or update, and the summary leaves it to them', () => {
  const analysis = analyze({
    articles: [
      { ...article('The floods have killed 50 people, officials said.', 'r1', D1), outlet: 'North Post' },
      { ...article('The floods have killed 200 people, officials said.', 'r2', D2), outlet: 'Valley Times' },
      { ...article('Officials said the floods have killed 200 people.', 'r3', D2), outlet: 'Coast Herald' },
      { ...article('The floods have killed 260 people, officials said.', 'r4', D3), outlet: 'Hill Gazette' },
    ],
  });
  const inside = analysis.claims.filter((c) => c.within !== undefined);

  it('within is the id of the update claim that holds the same values', () => {
    expect(inside.map((c) => c.topic)).toEqual(['people dead (earlier count)']);
    const parent = analysis.claims.find((c) => c.id === inside[0]!.within);
    expect(parent?.status).toBe('updated');
    expect(parent?.values.map((v) => v.value)).toContain('200');
  });

  it('must not: the summary does not state the earlier count as an agreement', () => {
    expect(analysis.summary.some((s) => /agree on the number of people dead/.test(s.text)), analysis.summary.map((s) => s.text).join(' | ')).toBe(false);
  });
});
