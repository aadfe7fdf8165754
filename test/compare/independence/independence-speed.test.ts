import { describe, expect, it } from 'vitest';
import { detectIndependence } from '../../../src/compare/independence/index.js';
import { article } from './fixtures.js';

/** A seeded generator so the synthetic corpus is the same on every run. */
function lcg(seed: number) {
  let s = seed >>> 0;
  return () => (s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 2 ** 32;
}

/** n synthetic articles of ~500 words from a 3,000-word vocabulary; every 10th is a trimmed copy of the one before. */
function corpus(n: number) {
  const rnd = lcg(n);
  const vocab = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
  const texts: string[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 10 === 9) texts.push(texts[i - 1]!.split(' ').slice(50, 400).join(' '));
    else texts.push(Array.from({ length: 500 }, () => vocab[Math.floor(rnd() * vocab.length)]!).join(' '));
  }
  return texts.map((t, i) => article(`s${String(i).padStart(5, '0')}`, t));
}

describe('detectIndependence speed (printed, not asserted)', () => {
  it.each([100, 500, 2000])('%i synthetic articles', (n) => {
    const articles = corpus(n);
    const t0 = performance.now();
    const groups = detectIndependence(articles);
    const ms = performance.now() - t0;
    console.log(`independence: ${n} articles (~500 words) in ${ms.toFixed(1)} ms, ${groups.length} groups`);
    // correctness, not speed: exactly the planted copies are found
    expect(groups).toHaveLength(Math.floor(n / 10));
    expect(groups.every((g) => g.articles.length === 2 && g.reason === 'contained-copy')).toBe(true);
  });
});
