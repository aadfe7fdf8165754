/** Site and author tags are cut from page titles before clustering reads them; headlines stay whole. */
import { describe, expect, it } from 'vitest';
import { cleanTitle } from '../../src/cluster/text-keys.js';

const CASES: [title: string, expected: string][] = [
  ['Kellow dam spillway fails after week of rain | Marrick Herald', 'Kellow dam spillway fails after week of rain'],
  ['Tolsey Evening Post | Library reopens after eight months of roof repairs', 'Library reopens after eight months of roof repairs'],
  ['Harrowgate United sign striker Pavel Drozny - Sports Desk', 'Harrowgate United sign striker Pavel Drozny'],
  ['Orrin bus strike halts 40 routes – The Orrin Courier', 'Orrin bus strike halts 40 routes'],
  // must not cut: a dash inside the headline, followed by more than a short tag
  ['Quake toll rises - rescuers search the Sarnos hospital ruins for survivors', 'Quake toll rises - rescuers search the Sarnos hospital ruins for survivors'],
  ['Fenwick wins Arlan mayoral race', 'Fenwick wins Arlan mayoral race'],
  ['Self-driving buses start in Ashby', 'Self-driving buses start in Ashby'],
  // a section label before a colon says what kind of piece it is, not what it is about
  ['Opinion: The Ebbersley dam will drown a valley for nothing', 'The Ebbersley dam will drown a valley for nothing'],
  ['EDITORIAL: Quillon islanders deserve their ferries', 'Quillon islanders deserve their ferries'],
  ['First Take: Can Vallow win the water fight?', 'Can Vallow win the water fight?'],
  // must not cut: a speaker or a subject before the colon is what the headline is about
  ['Vallow: the reservoir belongs to the farmers', 'Vallow: the reservoir belongs to the farmers'],
  ['Storm Idris: Kellow harbour flooded', 'Storm Idris: Kellow harbour flooded'],
  ['Opinion', 'Opinion'],
];

describe('cleanTitle', () => {
  it.each(CASES)('%s', (title, expected) => expect(cleanTitle(title)).toBe(expected));
});
