/**
 * Given-name evidence from the name data package (issue 16, "Types"): a two-word name
 * that opens with a given name the package lists is a person even with no title, verb
 * or age near it; a given name that is also a place, a month or a firm's partner is
 * not taken for a person. Texts are invented, on several topics (a cricket match, a
 * factory closure, a school board, a flood, a bank).
 */
import { describe, expect, it } from 'vitest';
import { FIRST_NAMES, RARE_FIRST_NAMES } from '../../../src/lexicon/first-names.js';
import { expectEntityType } from './helpers.js';

interface Case {
  readonly topic: string;
  readonly text: string;
  readonly name: string;
  readonly type: 'person' | 'organization' | 'place' | 'other' | null;
}

const CASES: readonly Case[] = [
  // people named bare, with only a given name to show it
  { topic: 'cricket', text: 'Rain stopped play at Tarwick after Glenn Ashdown and Nasser Qadri had put on 90 for the third wicket.', name: 'Glenn Ashdown', type: 'person' },
  { topic: 'cricket', text: 'Rain stopped play at Tarwick after Glenn Ashdown and Nasser Qadri had put on 90 for the third wicket.', name: 'Nasser Qadri', type: 'person' },
  { topic: 'factory', text: 'The closure of the Belmonte plant was confirmed in a letter from Maggie Orwin to the works council on Friday.', name: 'Maggie Orwin', type: 'person' },
  { topic: 'school board', text: 'A vote on the new timetable was postponed until the next meeting, when Rolf Vandermeer will present the budget.', name: 'Rolf Vandermeer', type: 'person' },
  // must not: a given name that is also a place, a month, a firm's partners or a place-name head
  { topic: 'flood', text: 'Water levels rose in Jordan and in Georgia overnight, and pumps were sent to Cedar Hollow on the river.', name: 'Cedar Hollow', type: 'place' },
  { topic: 'flood', text: 'Water levels rose in Jordan and in Georgia overnight, and pumps were sent to Cedar Hollow on the river.', name: 'Jordan', type: 'place' },
  { topic: 'bank', text: 'Mortgage rates rose again, according to the broker Kestrel & Lund, and the bank will report in May.', name: 'Kestrel & Lund', type: 'organization' },
  { topic: 'bank', text: 'Mortgage rates rose again, according to the broker Kestrel & Lund, and the bank will report in May.', name: 'May', type: null },
];

describe('given names from the name data package', () => {
  it.each(CASES.map((c) => [c.topic, c.name, c.type, c.text] as const))('%s: %s → %s', (_topic, name, type, text) => expectEntityType(text, name, type));

  it('reads the package: thousands of common given names, and the long tail apart', () => {
    expect(FIRST_NAMES.size).toBeGreaterThan(10_000);
    expect(RARE_FIRST_NAMES.size).toBeGreaterThan(40_000);
    for (const n of ['Glenn', 'Nasser', 'Maggie', 'Rolf']) expect(FIRST_NAMES.has(n), n).toBe(true);
    // words a name register lists that news uses as something else are dropped
    for (const n of ['Paris', 'May', 'The', 'London', 'Kent']) expect(FIRST_NAMES.has(n) || RARE_FIRST_NAMES.has(n), n).toBe(false);
  });
});
