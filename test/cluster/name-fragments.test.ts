/**
 * Name keys of one or two characters ("g" from "5G", "u" from "U.S.", "co" from "& Co", "f1") are
 * fragments, not names: they must not become index keys, shared names in a join reason, or
 * evidence that two stories are one. A real name the two articles share still is.
 */
import { describe, expect, it } from 'vitest';
import { MemoryClusterIndex, clusterFeatures, decide, idfFrom, scoreProfile, type StoryProfile } from '../../src/cluster/index.js';
import type { Article } from '../../src/contract/analysis-schema.js';

const art = (id: string, title: string, text: string, published = '2026-05-11'): Article => ({ id, source: `${id}.txt`, url: null, outlet: null, outletFrom: null, title, author: null, published, language: 'en', text, removed: [], wordCount: 0 });

// Two telecom stories and two bakery stories and two motor-racing stories: each pair is the same kind
// of news about different companies and places, sharing only the fragment tokens.
const MASTS_BRACKWELL = art('tel-a1', 'Tessary Mobile switches on 5G in Brackwell', 'Tessary Mobile switched on its 5G network in Brackwell on Monday, with 40 new masts covering the town centre and the Orrin industrial park. Customers with a 5G phone will see download speeds up to ten times faster, the operator said. The masts use U.S. equipment, and the rollout cost the operator about 30 million.');
const MASTS_BRACKWELL_2 = art('tel-a2', 'Brackwell gets 5G as Tessary Mobile lights up masts', 'Brackwell residents can now use 5G after Tessary Mobile lit up 40 masts across the town and the Orrin industrial park. Tessary Mobile said customers would notice faster downloads at once; the U.S. equipment maker supplied the antennas.');
const MASTS_FENNICK = art('tel-b1', 'Orlin Telecom brings 5G to Fennick Bay', 'Orlin Telecom switched on its 5G network in Fennick Bay on Monday, with 25 new masts covering the harbour and the old town. Customers with a 5G phone will see download speeds up to ten times faster, the operator said. The masts use U.S. equipment, and the rollout cost the operator about 18 million.');

const RYE_STOKE = art('bak-a1', 'In Stoke Marrow, Hollin & Co bets on rye', 'Hollin & Co opened a rye bakery in Stoke Marrow on Saturday, its first shop outside the capital. The family bakery chain will bake rye loaves, pastries and croissants on site, and plans four more shops this year if the trial goes well, owner Dessa Hollin said.');
const RYE_STOKE_2 = art('bak-a2', 'Queues at the Hollin & Co rye bakery', 'Shoppers queued outside the new Hollin & Co bakery in Stoke Marrow on its first Saturday. Dessa Hollin said the rye loaves sold out by noon and the chain would decide on four more shops after the trial.');
const RYE_CARRICK = art('bak-b1', 'Carrick gets a rye bakery from Pellam & Co', 'Pellam & Co opened a rye bakery in Carrick on Saturday. The chain, run by Ivo Pellam, bakes rye loaves and pastries in the shop and will open more shops in the region if the trial goes well.');

const CAR_SELBRIDGE = art('f1-a1', 'Vantor Racing unveils its F1 car at Selbridge', 'Vantor Racing unveiled its new F1 car at the Selbridge circuit on Monday. Team principal Mara Okonjo said the car is lighter and faster in slow corners, and the team hopes to score points in the first F1 race of the season next month.');
const CAR_SELBRIDGE_2 = art('f1-a2', 'Okonjo: new Vantor Racing car faster in slow corners', 'The car Vantor Racing showed at Selbridge is faster in slow corners, team principal Mara Okonjo said, after the launch on Monday. Vantor Racing wants points in the opening race next month.');
const CAR_ALDOVA = art('f1-b1', 'Kestrel GP unveils its F1 car at Aldova', 'Kestrel GP unveiled its new F1 car at the Aldova circuit on Monday. Team principal Rune Halvorsen said the team had cut weight over the winter and hoped to score points early in the season; the car was faster in testing than last year.');

const FRAGMENTS = ['g', 'u', 's', 'co', 'f1'];

describe('name fragments are not names', () => {
  it.each([
    { text: MASTS_FENNICK, names: ['orlin telecom', 'fennick bay'] },
    { text: RYE_CARRICK, names: ['ivo pellam', 'carrick'] },
    { text: CAR_ALDOVA, names: ['kestrel gp', 'aldova', 'rune halvorsen'] },
  ])('features of $text.id keep the names and drop the fragments', ({ text, names }) => {
    const f = clusterFeatures(text);
    expect(f.entities).toEqual(expect.arrayContaining(names));
    for (const frag of FRAGMENTS) {
      expect(f.entities).not.toContain(frag);
      expect(f.indexKeys).not.toContain(`e:${frag}`);
    }
  });

  it.each([
    { name: '5G / U.S. telecom rollouts of two operators (must not join)', first: MASTS_BRACKWELL, next: MASTS_FENNICK, joins: false },
    { name: '& Co bakery chains in two towns (must not join)', first: RYE_STOKE, next: RYE_CARRICK, joins: false },
    { name: 'F1 car launches of two teams (must not join)', first: CAR_SELBRIDGE, next: CAR_ALDOVA, joins: false },
    { name: 'same 5G rollout, shared operator name', first: MASTS_BRACKWELL, next: MASTS_BRACKWELL_2, joins: true },
    { name: 'same bakery opening, shared bakery name', first: RYE_STOKE, next: RYE_STOKE_2, joins: true },
    { name: 'same F1 car launch, shared team name', first: CAR_SELBRIDGE, next: CAR_SELBRIDGE_2, joins: true },
  ])('$name', async ({ first, next, joins }) => {
    // The store already holds the first article of each topic, so document frequencies are not flat.
    const index = new MemoryClusterIndex();
    const storyOf = new Map<string, number>();
    for (const a of [MASTS_BRACKWELL, RYE_STOKE, CAR_SELBRIDGE]) {
      const f = clusterFeatures(a);
      storyOf.set(a.id, index.add(a.id, f, await decide(f, index)));
    }
    const d = await decide(clusterFeatures(next), index);
    expect(d.kind === 'join' && d.storyId === storyOf.get(first.id)).toBe(joins);
    if (d.kind === 'join') {
      expect(d.reason.sharedEntities.length).toBeGreaterThan(0);
      for (const frag of FRAGMENTS) expect(d.reason.sharedEntities).not.toContain(frag);
    }
  });

  // Profiles and features stored before fragments were dropped may still hold them: scoring ignores them.
  it.each([
    { name: 'a story profile holding "g" and "u"', fragments: { g: 3, u: 2 } },
    { name: 'a story profile holding "co"', fragments: { co: 4 } },
  ])('scoreProfile ignores fragments in $name', ({ fragments }) => {
    const profile: StoryProfile = { storyId: 1, articleCount: 4, firstDay: 20580, lastDay: 20581, terms: { rollout: 4, mast: 6 }, entities: { brackwell: 4, ...fragments } };
    const idf = idfFrom(new Map([['rollout', 30], ['mast', 12], ['brackwell', 2]]), 500);
    const features = { day: 20581, terms: [['mast', 2]] as const, indexKeys: [] };
    const without = scoreProfile({ ...features, entities: ['brackwell', 'selmer quay'] }, profile, idf);
    const withFragments = scoreProfile({ ...features, entities: ['brackwell', 'selmer quay', ...Object.keys(fragments)] }, profile, idf);
    expect(withFragments).toEqual(without);
    expect(withFragments.sharedEntities).toEqual(['brackwell']);
  });
});
