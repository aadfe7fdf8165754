import { describe, expect, it } from 'vitest';
import { ACCURACY_CORPUS } from './accuracy-corpus.js';
import { quantitiesIn } from './helpers.js';

/**
 * Precision and recall of the quantity stage on the annotated corpus. A found figure is correct
 * when the gold has the same value; it is correct *with its topic* when the topic matches too.
 * The figures are printed so the README can quote them.
 */
describe('quantities: accuracy on the annotated corpus', () => {
  let goldCount = 0;
  let foundCount = 0;
  let valueHits = 0;
  let topicHits = 0;
  const misses: string[] = [];
  for (const { text, gold } of ACCURACY_CORPUS) {
    const found = quantitiesIn(text);
    goldCount += gold.length;
    foundCount += found.length;
    for (const f of found) {
      const g = gold.find((x) => x.value === f.value);
      if (g) valueHits++;
      if (g && g.topic === f.topic) topicHits++;
      else misses.push(`${f.text} → ${f.topic}${g ? ` (gold: ${g.topic})` : ' (not in gold)'}`);
    }
    for (const g of gold) if (!found.some((f) => f.value === g.value)) misses.push(`missed ${g.value} (${g.topic})`);
  }
  const p = valueHits / foundCount;
  const r = valueHits / goldCount;
  const pTopic = topicHits / foundCount;
  const rTopic = topicHits / goldCount;
  console.log(
    `quantities: ${goldCount} gold, ${foundCount} found; figures P=${p.toFixed(2)} R=${r.toFixed(2)}; with topic P=${pTopic.toFixed(2)} R=${rTopic.toFixed(2)}\n  ${misses.join('\n  ')}`,
  );
  it('finds the figures (precision and recall ≥ 0.85)', () => {
    expect(p).toBeGreaterThanOrEqual(0.85);
    expect(r).toBeGreaterThanOrEqual(0.85);
  });
  it('gives most of them the right topic (≥ 0.7)', () => {
    expect(pTopic).toBeGreaterThanOrEqual(0.7);
    expect(rTopic).toBeGreaterThanOrEqual(0.7);
  });
});
