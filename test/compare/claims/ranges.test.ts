import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { article, expectNoQuantity, expectQuantity } from '../../extract/quantities/helpers.js';
import { expectPair, type PairCase } from './helpers.js';

/**
 * Ranges as intervals (issue 15): "10 to 15 people", "between 5% and 6%" are one figure covering
 * the range, so a value inside it agrees and one outside conflicts; a term given by its end year
 * ("a contract until 2030", written in 2026) is a length of 3.5 to 4.5 years. Texts written for
 * this test (a mountain rescue, a pay offer, a flood, a transfer, a lease), with must-not cases: a
 * change ("rose from 10 to 15") is no range, a lower end without the upper end's scale word is left
 * alone, an undated article gives no length.
 */
const CASES: readonly PairCase[] = [
  { name: 'rescue: "10 to 15 climbers missing" and "12 climbers missing" agree', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said 12 climbers were missing on the north face.', figure: 15, other: 12, status: 'agreed' },
  { name: 'pay offer: "between 5% and 6%" and "5.5%" agree', a: 'The offer included a pay rise of between 5% and 6% for all staff.', b: 'The offer included a pay rise of 5.5% for all staff.', figure: 6, other: 5.5, status: 'agreed' },
  { name: 'rescue: two overlapping ranges agree', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said between 12 and 20 climbers were missing on the north face.', figure: 15, other: 20, status: 'agreed' },
  { name: 'must not: "10 to 15 climbers" and "30 climbers" missing conflict', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said 30 climbers were missing on the north face.', figure: 15, other: 30, status: 'conflict' },
  { name: 'must not: a pay rise of "5% to 6%" and one of 9% conflict', a: 'The offer included a pay rise of 5% to 6% for all staff.', b: 'The offer included a pay rise of 9% for all staff.', figure: 6, other: 9, status: 'conflict' },
  // a term given by its end year, from the publication year
  { name: 'transfer: "a four-year contract" and "a contract until 2030" (2026) agree', a: 'The striker signed a four-year contract with the club.', b: 'The striker signed a contract with the club until 2030.', figure: 4, other: 4.5, status: 'agreed', published: ['2026-07-01T09:00:00Z', '2026-07-01T10:00:00Z'] },
  { name: 'property: "a 10-year lease" and "a lease running until 2036" (2026) agree', a: 'The retailer took a 10-year lease on the old depot.', b: 'The retailer took a lease on the old depot running until 2036.', figure: 10, other: 10.5, status: 'agreed', published: ['2026-03-01T09:00:00Z', '2026-03-02T09:00:00Z'] },
  { name: 'must not: "a two-year contract" and "a contract until 2030" (2026) conflict', a: 'The striker signed a two-year contract with the club.', b: 'The striker signed a contract with the club until 2030.', figure: 2, other: 4.5, status: 'conflict', published: ['2026-07-01T09:00:00Z', '2026-07-01T10:00:00Z'] },
];

describe('ranges are intervals', () => {
  it.each(CASES)('$name', (c) => expectPair(c));
  it('a range is one figure spanning both ends', () => expectQuantity('Officials said 10 to 15 climbers were missing.', { value: 15, text: '10 to 15', topic: 'climbers missing' }));
  it('must not: "rose from 10 to 15" is a change, not a range', () => expectNoQuantity('The flood toll rose from 10 to 15 on Monday.', '10 to 15'));
  it('must not: "5 to 6 million" (the lower end without its scale word) is not read as 5 to 6 million', () => expectNoQuantity('The flood cut power to 5 to 6 million homes.', '5 to 6 million'));
  it('must not: an undated article gives no length for "a contract until 2030"', () => {
    expect(extractArticle(article('The striker signed a contract with the club until 2030.', 'u1', null)).quantities.map((q) => q.topic)).toEqual([]);
  });
});
