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
