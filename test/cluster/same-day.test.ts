/**
 * The same-day bar (sameDayJoinThreshold, decide.ts): a dated article published on a day its story
 * already runs, sharing at least two names with it, joins at a lower score than the general bar —
 * two accounts of one event told in different words (issue 17). Must-not cases: one shared name
 * only (another event of the same actor or place that day), and the same pair two days apart.
 * Every join case is checked both ways: it joins with the default options and opens a new story
 * when the same-day bar is raised to the general one, so it is this rule that joins it.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide, type ClusterOptions } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, published: string, title: string, text: string): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

const BACKGROUND = [
  art('bg1', '2022-06-07', 'Tolsey library reopens after roof repairs', 'The Tolsey public library reopened on Tuesday after eight months of roof repairs. The Tolsey council spent 1.2 million on the work, the librarian said.'),
  art('bg2', '2022-06-07', 'Marl Valley cheese wins national prize', 'A blue cheese made by the Hobb family farm in Marl Valley won the national cheese prize on Tuesday, beating 400 entries.'),
];

const CRANE = art('a', '2022-06-07', 'Crane collapses at Port Seltry container terminal', 'A gantry crane collapsed at Port Seltry on Tuesday morning, injuring two dock workers. The Seltry Harbour Board halted loading at the container terminal while engineers inspected the other cranes.');
const FESTIVAL = art('a', '2022-06-07', 'Storm cancels Brackwater music festival', 'Organisers cancelled the Brackwater Fields festival on Tuesday after a storm flattened the main stage. About 30,000 ticket holders will get refunds, said the festival director Ines Morrow.');

const CRANE_UNION = ['Dock union demands answers over Seltry accident', "The dockers' union said it had warned the Seltry Harbour Board about worn cables for a year. Members at Port Seltry will refuse overtime until an independent inspection is published, a union official said."] as const;

const CASES: { name: string; story: Article; next: Article; joins: boolean }[] = [
  { name: 'crane collapse, the union’s account the same day', story: CRANE, next: art('b', '2022-06-07', ...CRANE_UNION), joins: true },
  {
    name: 'festival storm, the traders’ account the same day',
    story: FESTIVAL,
    next: art('b', '2022-06-07', 'Traders count cost of lost weekend', 'Cafe owners and campsite operators near Brackwater Fields said the lost weekend would cost them dearly after the storm. Ines Morrow said the stage needed weeks of repairs before any new date could be set.'),
    joins: true,
  },
  { name: 'crane collapse, the union’s account two days later (must not join at the same-day bar)', story: CRANE, next: art('b', '2022-06-09', ...CRANE_UNION), joins: false },
  {
    name: 'same harbour board, another event that day (must not join)',
    story: CRANE,
    next: art('b', '2022-06-07', 'New ferry timetable for the islands', 'The Seltry Harbour Board published a summer ferry timetable on Tuesday with two extra sailings a day to the outer islands. Dock fees for yachts will rise by 4%.'),
    joins: false,
  },
  {
    name: 'same town, another event that day (must not join)',
    story: FESTIVAL,
    next: art('b', '2022-06-07', 'Brackwater council approves skate park', 'The Brackwater council approved a skate park beside the river on Tuesday after a storm of objections from residents. Work on the 300,000 park starts in the autumn, a council spokesman said.'),
    joins: false,
  },
];

async function decision(story: Article, next: Article, options?: ClusterOptions) {
  const index = new MemoryClusterIndex();
  for (const a of [...BACKGROUND, story]) {
    const f = clusterFeatures(a);
    index.add(a.id, f, await decide(f, index));
  }
  return decide(clusterFeatures(next), index, options);
}

describe('same-day accounts of one event', () => {
  it.each(CASES)('$name', async ({ story, next, joins }) => {
    const d = await decision(story, next);
    expect(d.kind).toBe(joins ? 'join' : 'new');
    if (d.kind !== 'join') return;
    expect(d.reason.score).toBeLessThan(0.3);
    expect(d.reason.sharedEntities.length).toBeGreaterThanOrEqual(2);
    // the reason is recorded as for any join, and without the same-day bar the article opens a story.
    expect((await decision(story, next, { sameDayJoinThreshold: 0.3, sameDayTwiceVouchedThreshold: 0.3 })).kind).toBe('new');
  });
});
