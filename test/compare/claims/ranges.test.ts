import { describe, it } from 'vitest';
import { expectNoQuantity, expectQuantity } from '../../extract/quantities/helpers.js';
import { expectPair, type PairCase } from './helpers.js';

/**
 * Ranges as intervals (issue 15): "10 to 15 people", "between 5% and 6%" are one figure covering
 * the range, so a value inside it agrees and one outside conflicts. Texts written for this test
 * (a mountain rescue, a pay offer, a flood), with must-not cases: a change ("rose from 10 to 15")
 * is no range, and a lower end without the upper end's scale word is left alone.
 */
const CASES: readonly PairCase[] = [
  { name: 'rescue: "10 to 15 climbers missing" and "12 climbers missing" agree', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said 12 climbers were missing on the north face.', figure: 15, other: 12, status: 'agreed' },
  { name: 'pay offer: "between 5% and 6%" and "5.5%" agree', a: 'The offer included a pay rise of between 5% and 6% for all staff.', b: 'The offer included a pay rise of 5.5% for all staff.', figure: 6, other: 5.5, status: 'agreed' },
  { name: 'rescue: two overlapping ranges agree', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said between 12 and 20 climbers were missing on the north face.', figure: 15, other: 20, status: 'agreed' },
  { name: 'must not: "10 to 15 climbers" and "30 climbers" missing conflict', a: 'Officials said 10 to 15 climbers were missing on the north face.', b: 'Officials said 30 climbers were missing on the north face.', figure: 15, other: 30, status: 'conflict' },
  { name: 'must not: a pay rise of "5% to 6%" and one of 9% conflict', a: 'The offer included a pay rise of 5% to 6% for all staff.', b: 'The offer included a pay rise of 9% for all staff.', figure: 6, other: 9, status: 'conflict' },
];

describe('ranges are intervals', () => {
  it.each(CASES)('$name', (c) => expectPair(c));
  it('a range is one figure spanning both ends', () => expectQuantity('Officials said 10 to 15 climbers were missing.', { value: 15, text: '10 to 15', topic: 'climbers missing' }));
  it('must not: "rose from 10 to 15" is a change, not a range', () => expectNoQuantity('The flood toll rose from 10 to 15 on Monday.', '10 to 15'));
  it('must not: "5 to 6 million" (the lower end without its scale word) is not read as 5 to 6 million', () => expectNoQuantity('The flood cut power to 5 to 6 million homes.', '5 to 6 million'));
});
