/** Fact claims read as plain sentences, one row per predicate kind (invented values). */
import { describe, expect, it } from 'vitest';
import type { Claim } from '../../src/contract/analysis-schema.js';
import { factSentence } from '../../src/report/model/fact-sentence.js';

const claim = (predicate: string, value: string, subject = 'the event'): Claim => ({
  id: 'c1', kind: 'fact', topic: predicate, status: 'agreed', subject, articles: ['a1', 'a2'], independentSources: 2,
  values: [{ value, normalized: value.toLowerCase(), qualifier: null, unit: null, articles: ['a1', 'a2'], evidence: [], independentSources: 2, modality: 'asserted' }],
  fact: { subject: { entity: null, name: subject }, predicate, single: false },
});

const ROWS: readonly [predicate: string, value: string, subject: string, sentence: string][] = [
  ['event:place', 'Port Elsby', 'the event', 'In Port Elsby'],
  ['time:onset', '19:20', 'the event', 'It happened at 19:20'],
  ['time:deadline', '23:59', 'the event', 'The deadline was 23:59'],
  ['contest:score', '6-4 6-3', 'the contest', 'The score was 6-4 6-3'],
  ['collision:involved', 'Northern Star', 'the collision', 'Northern Star was involved'],
  ['announcement:announced by', 'Food Standards Agency', 'the announcement', 'Announced by Food Standards Agency'],
  ['affiliation', 'Orvell Institute', 'Lena Marsh', 'Lena Marsh is with Orvell Institute'],
  ['workers:union', 'Allied Dockworkers Union', 'the workers', 'The workers’ union is Allied Dockworkers Union'],
  ['study:lead author', 'Lena Marsh', 'the study', 'Lena Marsh is the lead author'],
  ['verdict:convicted', 'Dana Whitfield', 'the verdict', 'Dana Whitfield was convicted'],
  ['attack:perpetrator', 'Grey Lantern', 'the attack', 'Carried out by Grey Lantern'],
  ['contest:manner', 'no set dropped', 'the contest', 'How it was won: no set dropped'],
  ['record:distinction', 'first qualifier', 'the event', 'A record: the first qualifier'],
  ['vote:rejected by', 'vast majority', 'the vote', 'Rejected by a vast majority'],
  ['recall:hazard', 'fire hazard', 'the recall', 'The hazard: fire hazard'],
];

describe('fact sentences', () => {
  for (const [predicate, value, subject, sentence] of ROWS) {
    it(`${predicate} → "${sentence}"`, () => {
      expect(factSentence(claim(predicate, value, subject))).toBe(sentence);
    });
  }
  it('is null for claims that are not facts', () => {
    expect(factSentence({ ...claim('event:place', 'X'), kind: 'quantity' })).toBeNull();
  });
});
