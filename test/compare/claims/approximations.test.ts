import { describe, expect, it } from 'vitest';
import { claimsOf } from './helpers.js';

/**
 * Ranges and approximations across two outlets: a qualified figure agrees with an exact one
 * inside the qualifier's tolerance (docs/claims.md §3), a real difference is still a conflict.
 * Texts written for this test: a flood, an earthquake, an election turnout, a takeover price.
 * No publication times, so a running count is judged by its values alone.
 */
const CASES: readonly (readonly [string, string, string, 'agreed' | 'conflict'])[] = [
  // flood toll
  ['Nearly 400 people died in the floods, the ministry said.', 'The floods killed 391 people, the ministry said.', 'people dead', 'agreed'],
  ['Nearly 400 people died in the floods, the ministry said.', 'The floods killed 402 people, the ministry said.', 'people dead', 'conflict'],
  ['More than 380 people died in the floods.', 'The floods killed 391 people.', 'people dead', 'agreed'],
  // earthquake: collapsed buildings
  ['About 1,200 buildings were destroyed in the earthquake.', 'The earthquake destroyed 1,260 buildings.', 'buildings destroyed', 'agreed'],
  ['At least 1,200 buildings were destroyed in the earthquake.', 'Some 900 buildings were destroyed in the earthquake.', 'buildings destroyed', 'conflict'],
  // election turnout
  ['Turnout was about 56% in the regional election.', 'Turnout was 55.95% in the regional election.', 'turnout', 'agreed'],
  ['Turnout was 55.7% in the regional election.', 'Turnout was 55.95% in the regional election.', 'turnout', 'conflict'],
  ['Turnout was almost 60% in the regional election.', 'Turnout was 61.2% in the regional election.', 'turnout', 'conflict'],
  // takeover price
  ['The chipmaker agreed a takeover worth nearly $70 billion.', 'The chipmaker agreed a takeover worth $68.7 billion.', 'deal', 'agreed'],
  ['The chipmaker agreed a takeover worth about $60 billion.', 'The chipmaker agreed a takeover worth $68.7 billion.', 'deal', 'conflict'],
];

describe('approximations: agreed within the qualifier\'s tolerance, conflicts otherwise', () => {
  it.each(CASES)('"%s" vs "%s" → %s %s', (a, b, topic, status) => {
    const { claims } = claimsOf([{ id: 'x1', published: null, text: a }, { id: 'x2', published: null, text: b }]);
    const c = claims.find((x) => x.topic === topic && (x.articles ?? []).length === 2);
    expect(c, `no two-article claim on "${topic}"; topics: ${claims.map((x) => `${x.topic} [${x.status}] ${(x.articles ?? []).join(',')}`).join('; ')}`).toBeDefined();
    expect(c!.status).toBe(status);
  });
});
