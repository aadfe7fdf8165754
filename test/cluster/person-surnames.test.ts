/**
 * One person named two ways (person-surnames.ts): "Vallow" in one account and "Senator Maria
 * Vallow" in another (a title before a name marks a person) are a shared name when an article is scored against a story (similarity.ts).
 * Must-not cases: a place or body whose last word is a word of another name ("White House" and
 * "House"), and a holder of a single-holder office ("President Mara Holt" and "Holt"), whose
 * surname alone is the most-covered actor of the country, not evidence of one event.
 */
import { describe, expect, it } from 'vitest';
import { addToProfile, clusterFeatures, idfFrom, scoreProfile } from '../../src/cluster/index.js';
import { namesSamePerson, personSurname, surnamesOf } from '../../src/cluster/person-surnames.js';
import type { Article } from '../../src/contract/analysis-schema.js';

describe('personSurname', () => {
  const CASES: { key: string; surname: string | null }[] = [
    { key: 'senator maria vallow', surname: 'vallow' },
    { key: 'head coach ivo brandt', surname: 'brandt' },
    { key: 'governor tam okafor', surname: 'okafor' },
    // must not: bodies and places, single words, holders of single-holder offices
    { key: 'white house', surname: null },
    { key: 'supreme court', surname: null },
    { key: 'vallow', surname: null },
    { key: 'maria vallow', surname: null },
    { key: 'president mara holt', surname: null },
    { key: 'prime minister alva renko', surname: null },
  ];
  it.each(CASES)('$key', ({ key, surname }) => {
    expect(personSurname(key)).toBe(surname);
  });

  it('matches a surname with a full name, and two full names of one surname', () => {
    const story = { 'senator maria vallow': 1, 'white house': 2, 'head coach ivo brandt': 1 };
    const has = (k: string) => k in story;
    const surnames = () => surnamesOf(story);
    expect(namesSamePerson('vallow', has, surnames)).toBe(true);
    expect(namesSamePerson('governor maria vallow', has, surnames)).toBe(true);
    expect(namesSamePerson('brandt', has, surnames)).toBe(true);
    expect(namesSamePerson('house', has, surnames)).toBe(false);
    expect(namesSamePerson('holt', has, surnames)).toBe(false);
  });
});

const art = (id: string, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published: '2024-03-05', language: 'en', text, removed: [], wordCount: 0 });

describe('scores count one person named two ways as a shared name', () => {
  const CASES: { name: string; story: Article; next: Article; shared: string | null }[] = [
    {
      name: 'water bill: "Vallow" against "Senator Maria Vallow"',
      story: art('s', 'Water bill clears committee', 'Senator Maria Vallow steered the river water bill through the committee on Tuesday, promising farmers a bigger share of the Tarrow basin.'),
      next: art('n', 'Why the water bill will fail', 'The bill Vallow wrote hands the Tarrow basin to the farms and leaves the towns downstream with nothing, and Vallow knows it.'),
      shared: 'vallow',
    },
    {
      name: 'club: "Brandt" against "Head Coach Ivo Brandt"',
      story: art('s', 'Orrin Rovers sack their manager', 'Orrin Rovers dismissed Head Coach Ivo Brandt on Monday after six defeats in a row, the club said.'),
      next: art('n', 'A sacking that came too late', 'Six defeats in a row told the board what the fans knew in August, that Brandt had lost the dressing room at Orrin.'),
      shared: 'brandt',
    },
    {
      name: 'a head of government by surname (must not be shared)',
      story: art('s', 'Pension age rises to 68', 'President Mara Holt signed a law raising the pension age to 68 on Thursday, and unions called a strike.'),
      next: art('n', 'Holt opens the Lisk bridge', 'Holt cut the ribbon on the Lisk bridge on Thursday, two years late and 40 million over budget.'),
      shared: null,
    },
  ];
  it.each(CASES)('$name', ({ story, next, shared }) => {
    const fs = clusterFeatures(story);
    const fn = clusterFeatures(next);
    const reason = scoreProfile(fn, addToProfile(undefined, fs, 1), idfFrom(new Map(), 2));
    if (shared) expect(reason.sharedEntities).toContain(shared);
    else expect(reason.sharedEntities).toEqual([]);
  });
});
