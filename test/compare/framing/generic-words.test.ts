/**
 * Distinctive terms leave out the words all news prose uses routinely ("first", "part",
 * "past", "second": src/lexicon/news-register.ts) even when one outlet repeats them more,
 * and keep the words that carry the outlet's stance. Two stories written for this test.
 */
import { describe, expect, it } from 'vitest';
import { buildFraming } from '../../../src/compare/framing/index.js';
import type { Article } from '../../../src/contract/analysis-schema.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { article } from '../independence/fixtures.js';

const bare = (a: Article): ArticleExtraction => ({ article: a, entities: { mentions: [], entities: [] }, quotes: [], dates: [], events: [], quantities: [], diagnostics: [] });

const STORIES: Record<string, { readonly outlets: Record<string, string>; readonly stance: Record<string, string[]> }> = {
  // a council closing a village school
  school: {
    outlets: {
      'Valley Post': [
        'The council voted on Tuesday for the first part of a plan to shut the village school, a heartless decision parents called a betrayal.',
        'In the past the first vote on closures was only part of a longer process; the second vote comes in March, the second step after a heartless year.',
        'Parents say the betrayal began in the past, when the first cuts took part of the budget, and they fear the second heartless betrayal.',
      ].join('\n'),
      'County Ledger': [
        'The council approved a plan on Tuesday to consolidate the village school with a larger one nearby, citing falling rolls.',
        'Councillors said consolidation would save money and give pupils more subjects; a further vote is due in March.',
        'Officials said falling rolls had left classrooms half empty and consolidation was the prudent course.',
      ].join('\n'),
    },
    stance: { 'Valley Post': ['heartless', 'betrayal'], 'County Ledger': ['consolidation', 'falling rolls'] },
  },
  // water restrictions in a dry summer
  drought: {
    outlets: {
      'Harbour Times': [
        'For the first time in the past decade the water company imposed a hosepipe ban, part of what residents call a shambles of leaking pipes.',
        'The second ban in the past summer is the first sign of a shambles, and part of the blame lies with leaking pipes the company never fixed.',
        'A second official said the first reservoir was part full; residents said the shambles of leaking pipes was years in the making.',
      ].join('\n'),
      'Coast Gazette': [
        'The water company introduced temporary restrictions on garden hoses after a prolonged dry spell lowered reservoirs.',
        'Engineers said the temporary restrictions were a precaution while the dry spell lasts and that supplies to homes were secure.',
        'The company asked customers to save water until the dry spell ends and reservoirs recover.',
      ].join('\n'),
    },
    stance: { 'Harbour Times': ['shambles', 'leaking pipes'], 'Coast Gazette': ['temporary restrictions', 'dry spell'] },
  },
};

const GENERIC = ['first', 'part', 'past', 'second'];

describe('distinctive terms leave out the shared news register and keep stance words', () => {
  for (const [name, story] of Object.entries(STORIES)) {
    const extractions = Object.entries(story.outlets).map(([outlet, text], i) => bare(article(`${name}-${i}`, text, { outlet })));
    const framing = buildFraming(extractions, []);
    it.each(Object.keys(story.outlets))(`${name}: %s`, (outlet) => {
      const f = framing.find((x) => x.outlet === outlet)!;
      const terms = f.distinctiveTerms.map((t) => t.term);
      expect(terms).toEqual(expect.arrayContaining(story.stance[outlet]!));
      for (const g of GENERIC) expect(terms, g).not.toContain(g);
    });
  }
  it('the generic words are there to be found: the loud outlet uses each as often as its stance words, the other never', () => {
    for (const story of Object.values(STORIES)) {
      const [loud, quiet] = Object.values(story.outlets) as [string, string];
      for (const g of GENERIC) {
        expect(loud.match(new RegExp(`\\b${g}\\b`, 'gi'))?.length ?? 0, g).toBeGreaterThanOrEqual(2);
        expect(quiet.match(new RegExp(`\\b${g}\\b`, 'gi'))?.length ?? 0, g).toBe(0);
      }
    }
  });
});
