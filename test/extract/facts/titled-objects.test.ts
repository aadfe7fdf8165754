/**
 * A place inside the title of the person named after it ("led by U.S. Special Envoy Jane Roe",
 * "chaired by Kenyan Trade Minister …") is part of the title: the person fills the role. A place
 * that is not inside a title fills nothing, and does not pass the role to a later name.
 * Texts are invented, on several topics (hostage talks, a trade summit, a rescue mission, an inquiry).
 */
import { describe, expect, it } from 'vitest';
import { factsIn, show, type FactRow as Row } from './helpers.js';

const FOUND: readonly Row[] = [
  { text: 'The talks, led by U.S. Special Envoy for Hostage Affairs Dana Whitlow, took place in Valmora.', predicate: 'leadership:led by', object: 'Dana Whitlow' },
  { text: 'The summit was chaired by Kenyan Trade Minister Joyce Wambui.', predicate: 'leadership:led by', object: 'Joyce Wambui' },
  { text: 'The rescue, led by Norway’s coast guard chief Per Holm, lasted two days.', predicate: 'leadership:led by', object: 'Per Holm' },
];

const NOT_FOUND: readonly Row[] = [
  // a country leading talks is no person, and the next name is not the leader
  { text: 'The talks, led by Norway, included envoy Dana Whitlow and two aides.', predicate: 'leadership:led by', object: 'Dana Whitlow' },
  { text: 'The inquiry was chaired by Canada, with Lena Marsh as its secretary.', predicate: 'leadership:led by', object: 'Lena Marsh' },
];

describe('a place inside a title before the name', () => {
  for (const row of FOUND) {
    it(`${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      expect(fs.find((f) => f.predicate === row.predicate && f.object === row.object), `found: ${show(fs)}`).toBeDefined();
    });
  }
  for (const row of NOT_FOUND) {
    it(`must not: ${row.predicate} = ${row.object} in "${row.text}"`, () => {
      const fs = factsIn(row.text);
      expect(fs.find((f) => f.predicate === row.predicate && f.object === row.object), `found: ${show(fs)}`).toBeUndefined();
    });
  }
});
