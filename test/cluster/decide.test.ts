import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string, published = '2026-03-02'): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

const STORM_A = art('a1', 'Storm Brenna floods Harrowgate valley', 'Storm Brenna flooded the Harrowgate valley on Monday. The Ostler River burst its banks and 400 homes in Harrowgate were evacuated, the Kelmark County emergency office said.');
const TRANSFER = art('t1', 'Lindqvist joins Porto Vale in record transfer', 'Striker Emil Lindqvist signed for Porto Vale on Monday for a club-record fee. Porto Vale coach Ana Serrano said Lindqvist would start on Saturday.');

const CASES: { name: string; article: Article; joins: boolean }[] = [
  { name: 'same storm, other outlet', article: art('a2', 'Harrowgate clears up after Storm Brenna floods', 'Residents of Harrowgate returned on Tuesday after Storm Brenna flooded the valley. The Ostler River fell overnight, Kelmark County officials said; 400 homes had been evacuated.'), joins: true },
  { name: 'other storm, other region (must not join)', article: art('b1', 'Storm Tavi floods Pellmouth harbour', 'Storm Tavi flooded Pellmouth harbour on Monday. The Wenn estuary overtopped its walls and 250 homes in Pellmouth were evacuated, the Dorvane Coast council said.'), joins: false },
  { name: 'same transfer', article: art('t2', 'Porto Vale confirm Lindqvist signing', 'Porto Vale confirmed the signing of striker Emil Lindqvist, a club record. Coach Ana Serrano welcomed Lindqvist at the training ground.'), joins: true },
  { name: 'storm story a month later (must not join)', article: art('a3', 'Storm Brenna floods Harrowgate valley again', STORM_A.text, '2026-04-10'), joins: false },
];

describe('decide', () => {
  it.each(CASES)('$name', async ({ article, joins }) => {
    const index = new MemoryClusterIndex();
    for (const seed of [STORM_A, TRANSFER]) {
      const f = clusterFeatures(seed);
      index.add(seed.id, f, await decide(f, index));
    }
    const d = await decide(clusterFeatures(article), index);
    expect(d.kind === 'join').toBe(joins);
    if (d.kind === 'join') expect(d.reason.sharedTerms.length + d.reason.sharedEntities.length).toBeGreaterThan(0);
  });
});
