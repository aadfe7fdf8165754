import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

/**
 * Report times of undated articles (claims step 5): an undated report's place in one running count
 * dates its other figures, so a second count it gives is read as an update, not a conflict. Texts
 * written for this test (a flood, a vote count), with must-not cases.
 */
const DAY1 = '2026-04-01T08:00:00Z';
const DAY3 = '2026-04-03T08:00:00Z';

const CASES: readonly (readonly [string, string, string, string, string, 'updated' | 'conflict'])[] = [
  ['flood: bodies identified in an undated report placed between two dated tolls', 'The flood killed 12 people, officials said.', 'The flood has killed 30 people. Rescuers have identified 8 bodies.', 'The flood killed 41 people. So far 25 bodies have been identified.', 'people identified', 'updated'],
  ['vote count: ballots rejected in an undated report placed between two dated counts', 'Officials have counted 20,000 votes so far.', 'Officials have counted 55,000 votes so far. They have rejected 120 ballots.', 'Officials have counted 90,000 votes so far. They have rejected 310 ballots.', 'votes rejected', 'updated'],
  ['must not: a growing count that falls by half stays a conflict', 'The flood killed 12 people, officials said.', 'The flood has killed 30 people. So far 80 bodies have been identified.', 'The flood killed 41 people. So far 25 bodies have been identified.', 'people identified', 'conflict'],
];

describe('undated reports take their place in a running count (claims step 5)', () => {
  it.each(CASES)('%s', (_name, first, undated, last, topic, status) => {
    const { claims } = claimsOf([{ id: 'r1', published: DAY1, text: first }, { id: 'r2', published: null, text: undated }, { id: 'r3', published: DAY3, text: last }]);
    const listed = claims.map((c) => `${c.topic} [${c.status}]`).join('; ');
    const claim = claims.find((c) => c.topic === topic);
    expect(claim?.status, listed).toBe(status);
    if (status === 'updated') expect(claim!.updates!.map((u) => u.article)).toEqual(['r2', 'r3']);
  });
});
