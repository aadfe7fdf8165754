/**
 * Datelines (issue 16, recall on real news): the capitals that open a story's first
 * paragraph before a date, a news agency in brackets or a dash name the place it was
 * filed from. Must not: a topic slug before an all-capitals headline, or a capitalised
 * word the article also writes in lower case. Texts are invented (a port strike, a
 * vaccine trial, a cycling race, a court ruling).
 */
import { describe, it } from 'vitest';
import { expectEntityType } from './helpers.js';

const CASES: readonly { topic: string; text: string; name: string; type: 'place' | null }[] = [
  { topic: 'port strike', text: 'MOMBASA 2024-03-12\nDockers stayed away from the container terminal for a third day on Tuesday.', name: 'MOMBASA', type: 'place' },
  { topic: 'vaccine trial', text: 'GENEVA (Reuters) - A second trial of the malaria vaccine will start in the autumn, its makers said.', name: 'GENEVA', type: 'place' },
  { topic: 'court ruling', text: 'NEW DELHI — The top court struck down the rule on Friday, saying it went beyond the law.', name: 'NEW DELHI', type: 'place' },
  // must not: a slug before a shouted headline, a word the article writes in lower case
  { topic: 'cycling', text: 'CYCLING - VARNHOLM TAKES YELLOW JERSEY.\nThe race resumed after a rest day, and cycling fans lined the climb.', name: 'CYCLING', type: null },
  { topic: 'cycling', text: 'RESULTS - The stage was won in a sprint. Full results follow below.', name: 'RESULTS', type: null },
];

describe('datelines', () => {
  it.each(CASES.map((c) => [c.topic, c.name, c.type, c.text] as const))('%s: %s → %s', (_topic, name, type, text) => expectEntityType(text, name, type));
});

// Results tables: a short capitalised line with several figures is a row of names, not a headline.
const ROWS: readonly { topic: string; text: string; name: string; type: 'person' | 'organization' | 'place' | null }[] = [
  { topic: 'cricket scores', text: 'Scores on the second day at the ground:\nTarwick 214 and 96-3 (Peter Bankole 52, Ivo Marsh 4-38)\nPlay resumes at 11 tomorrow.', name: 'Peter Bankole', type: 'person' },
  { topic: 'league table', text: 'League standings after Saturday:\nCorvale Rovers 12 9 2 1 29\nThe top two go up.', name: 'Corvale Rovers', type: 'organization' },
  // must not: a capitalised headline with a single figure stays a headline
  { topic: 'budget', text: 'Budget Shortfall Grows To 40 Billion\nThe finance ministry said on Monday that spending had run ahead of plans.', name: 'Budget Shortfall Grows', type: null },
];

describe('results-table rows', () => {
  it.each(ROWS.map((c) => [c.topic, c.name, c.type, c.text] as const))('%s: %s → %s', (_topic, name, type, text) => expectEntityType(text, name, type));
});
