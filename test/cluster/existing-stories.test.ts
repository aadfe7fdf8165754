import { describe, expect, it } from 'vitest';
import { clusterArticles, pairwiseScores } from '../../src/cluster/index.js';
import { ingestPaths } from '../../src/ingest/index.js';

// Our written corpora: three 4-article stories, the 5-article harbour-bridge example, golden singletons.
const STORIES = ['test/fixtures/stories/dunmore-mayoral-count', 'test/fixtures/stories/pinecrest-wildfire', 'test/fixtures/stories/veltrane-recall', 'examples/harbour-bridge'];
const SINGLES = ['acquisition-lumora', 'cup-final-harlow', 'earthquake-valdora', 'fraud-sentence-maybury', 'nurses-strike-eastfield', 'rate-cut-norrland', 'satellite-launch-orbis'].map((s) => `test/fixtures/golden/${s}/article.txt`);

describe('clusterArticles on our written stories', () => {
  it('groups each story and keeps singletons apart (pairwise F1 ≥ 0.95)', async () => {
    const gold = new Map<string, string>();
    const all = [];
    for (const p of [...STORIES, ...SINGLES]) {
      const { articles } = await ingestPaths([p]);
      for (const a of articles) {
        const id = `${p}#${a.id}`;
        gold.set(id, p);
        all.push({ ...a, id });
      }
    }
    const predicted = await clusterArticles(all);
    const s = pairwiseScores(predicted, gold);
    console.log(`stream of ${all.length}: P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} F1 ${s.f1.toFixed(3)}`);
    expect(s.items).toBe(all.length);
    expect(s.f1).toBeGreaterThanOrEqual(0.95);
  });
});
