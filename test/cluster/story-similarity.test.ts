/** scoreStories: the story-to-story score behind split repair (src/cluster/story-similarity.ts). */
import { describe, expect, it } from 'vitest';
import { idfFrom, scoreStories, type StoryProfile } from '../../src/cluster/index.js';

const profile = (storyId: number, articleCount: number, terms: Record<string, number>, entities: Record<string, number>): StoryProfile => ({ storyId, articleCount, firstDay: 20000, lastDay: 20001, terms, entities });
const idf = idfFrom(new Map([['recall', 40], ['heater', 6], ['plug', 5], ['fire', 8], ['brightmoor', 3], ['wexley', 2]]), 200);

const HEATER_RECALL = profile(1, 3, { recall: 3, heater: 6, plug: 4, brightmoor: 5, refund: 2 }, { brightmoor: 3, 'selma quist': 2, co: 3 });
const FIRE_REPORT = profile(2, 1, { heater: 2, fire: 3, kitchen: 2, brightmoor: 1, wexley: 2 }, { brightmoor: 1, wexley: 1, co: 1 });
const SEAT_RECALL = profile(3, 2, { recall: 2, buckle: 4, seat: 5, refund: 1 }, { carrowdale: 2, co: 2, u: 2 });

const CASES = [
  { name: 'same product, shared maker name', a: HEATER_RECALL, b: FIRE_REPORT, shared: ['brightmoor'] },
  { name: 'two recalls sharing only fragments ("co", "u") share no name', a: HEATER_RECALL, b: SEAT_RECALL, shared: [] },
];

describe('scoreStories', () => {
  it.each(CASES)('$name', ({ a, b, shared }) => {
    const ab = scoreStories(a, b, idf);
    expect(ab.sharedEntities).toEqual(shared);
    // symmetric: the order the stories are compared in does not matter
    expect(scoreStories(b, a, idf).score).toBe(ab.score);
  });

  it('scores the same-product pair above the two different recalls', () => {
    expect(scoreStories(HEATER_RECALL, FIRE_REPORT, idf).score).toBeGreaterThan(scoreStories(HEATER_RECALL, SEAT_RECALL, idf).score);
  });
});
