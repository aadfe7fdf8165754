/** `crosscheck story`'s "why these articles" lines: opener, joiners with shared terms and entities, merges. */
import { describe, expect, it } from 'vitest';
import { whyLines } from '../../src/cli/commands/story.js';

describe('whyLines', () => {
  it('says who opened the story, why the others joined, and which story merged in through which article', () => {
    const lines = whyLines(
      [
        { articleId: 'dam-1', reason: null },
        { articleId: 'dam-2', reason: { score: 0.734, sharedTerms: ['spillway', 'crack'], sharedEntities: ['Lake Orm'] } },
        { articleId: 'dam-3', reason: { score: 0.5, sharedTerms: [], sharedEntities: [] } },
      ],
      [{ into: 4, from: 9, articleId: 'dam-3', reason: { score: 0.61, sharedTerms: ['reservoir'], sharedEntities: ['Orm Water Board'] } }],
    );
    expect(lines).toEqual([
      'dam-1: opened the story',
      'dam-2: joined (score 0.73; terms: spillway, crack; entities: Lake Orm)',
      'dam-3: joined (score 0.50; terms: -; entities: -)',
      'story 9 merged in, bridged by dam-3 (entities: Orm Water Board; terms: reservoir)',
    ]);
  });

  it('tells a repaired split (story-to-story basis) from a bridge', () => {
    const lines = whyLines(
      [{ articleId: 'ferry-1', reason: null }],
      [
        { into: 2, from: 7, articleId: 'ferry-4', reason: { score: 0.33, sharedTerms: ['ferry', 'strike'], sharedEntities: ['Skerrow Line'], basis: 'story' } },
        { into: 2, from: 8, articleId: 'ferry-5', reason: { score: 0.47, sharedTerms: ['ferry'], sharedEntities: [] } },
      ],
    );
    expect(lines.slice(1)).toEqual([
      'story 7 merged in, converged with this story when ferry-4 joined (story score 0.33; entities: Skerrow Line; terms: ferry, strike)',
      'story 8 merged in, bridged by ferry-5 (entities: -; terms: ferry)',
    ]);
  });

  it('lists no merge lines when nothing merged', () => {
    expect(whyLines([{ articleId: 'cup-1', reason: null }], []).some((l) => l.includes('merged'))).toBe(false);
  });
});
