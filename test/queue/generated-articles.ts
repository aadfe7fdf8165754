/**
 * Generated articles for queue and crash tests: two topics (a storm, a cup match) written for
 * these tests, each article with its own figures, keyed by the title's first word for the
 * title-word clusterer.
 */
import type { Article } from '../../src/contract/analysis-schema.js';
import { testArticle } from '../store/title-word-clusterer.js';

const TOPICS = [
  (i: number) => ({
    title: `storm coast damage ${i}`,
    text: `Officials said ${10 + i} homes were damaged when the storm reached the coast on Tuesday. ` +
      `"We expect the clean-up to take ${2 + (i % 5)} weeks," said Maria Keller, the regional emergency manager. ` +
      `About ${300 + i * 7} people spent the night in shelters, according to the Red Cross.`,
  }),
  (i: number) => ({
    title: `cup final result ${i}`,
    text: `Northfield won the cup final ${2 + (i % 3)}-1 on Saturday in front of ${40000 + i * 13} fans. ` +
      `"It was the best night of my career," said Daniel Osei, who scored twice. ` +
      `The club last lifted the trophy in ${1990 + (i % 20)}, the league said.`,
  }),
];

/** `n` articles alternating between the two topics, each with a distinct URL and text; `from` shifts the figures. */
export function generatedArticles(n: number, prefix = 'g', from = 0): Article[] {
  return Array.from({ length: n }, (_, k) => {
    const i = from + k;
    const { title, text } = TOPICS[i % TOPICS.length]!(i);
    return testArticle(`${prefix}-${String(i).padStart(4, '0')}`, title, text, { url: `https://news.example/${prefix}/${i}`, outlet: i % 3 === 0 ? 'Coastal Times' : 'Daily Ledger' });
  });
}
