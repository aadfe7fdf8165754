/**
 * Entity typing and name boundaries (H10): the cues that type an unknown name as a
 * person, organisation or place, and the cuts that keep role words and possessives
 * out of names. Texts are invented, on several topics (a ferry company, a cup
 * match, a clinic strike, a volcano, a bank).
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity, surfaceNames } from './helpers.js';

const FERRY = [
  'Holt & Varga, the shipping brokers, said on Monday that the ferry firm Parvel Lines would stop sailing to Cape Merrow.',
  'Shares in Tessaly fell 12% after the logistics group said it would sell the route. The property portal Domuslink reported weaker demand.',
  'Figures from Statistics Aldmark showed freight volumes fell 4%. The Aldmark krona weakened against the euro.',
  'Insurer Brenna Marine said it could cover the sailings from Lake Tivan. His rival Ostrowski was not convinced.',
].join('\n');

const MATCH = [
  'Goalkeeper Ivan Petrov saved two penalties as Corvale Rovers beat Dunnick 2-1 on Saturday.',
  'Substitute Ama Owusu-Banda scored the winner. "I just hit it," Owusu-Banda said afterwards.',
  'The fee was twice as much as Petrov\'s, according to the club.',
].join('\n');

const CLINIC = [
  'Nurses at St Agatha\'s Hospital and the Norwick Infirmary walked out on Tuesday.',
  'The hospital trust, Greyford Health Partnership, said operations were postponed. The Partnership\'s chief executive, Lena Hartley, urged calm.',
  'Pickets gathered outside St Agatha\'s before dawn. The patients\' group Greyford Health Watch called for talks.',
  'Staff in Harwick joined the strike, the Harwick Health Trust said. Harwick\'s mayoral candidates backed the nurses.',
].join('\n');

const VOLCANO = [
  'Ash from the Korvia highlands closed two airports on Friday. The volcano last erupted in 1921.',
  'The institute\'s director, volcanologist Ilse Varnholm, said the eruption was weakening. Later, Varnholm flew over the crater.',
  'Dario Fenz, 41, a farmer who fled his house, said the sky turned black. The charity Safe Harbour sent blankets to the Korvia region.',
].join('\n');

const TRADE = [
  'Trade with Ostrel grew by a fifth last year, the customs office said on Thursday.',
  'Exporters welcomed the figures, and Ostrelian buyers signed new contracts. The new terminal lies north of Dravin.',
].join('\n');

interface Case {
  readonly topic: string;
  readonly name: string;
  readonly type: string;
  readonly text: string;
  readonly role?: RegExp;
}

const c = (topic: string, name: string, type: string, text: string, role?: RegExp): Case => (role ? { topic, name, type, text, role } : { topic, name, type, text });

const TYPED: readonly Case[] = [
  c('ferry', 'Holt & Varga', 'organization', FERRY),
  c('ferry', 'Parvel Lines', 'organization', FERRY),
  c('ferry', 'Cape Merrow', 'place', FERRY),
  c('ferry', 'Tessaly', 'organization', FERRY),
  c('ferry', 'Domuslink', 'organization', FERRY),
  c('ferry', 'Statistics Aldmark', 'organization', FERRY),
  c('ferry', 'Aldmark', 'place', FERRY),
  c('ferry', 'Brenna Marine', 'organization', FERRY),
  c('ferry', 'Lake Tivan', 'place', FERRY),
  c('ferry', 'Ostrowski', 'other', FERRY),
  c('match', 'Ivan Petrov', 'person', MATCH, /Goalkeeper/),
  c('match', 'Ama Owusu-Banda', 'person', MATCH, /Substitute/),
  c('clinic', "St Agatha's Hospital", 'organization', CLINIC),
  c('clinic', 'Norwick Infirmary', 'organization', CLINIC),
  c('clinic', 'Greyford Health Partnership', 'organization', CLINIC),
  c('clinic', 'Greyford Health Watch', 'organization', CLINIC),
  c('clinic', 'Harwick', 'place', CLINIC),
  c('clinic', 'Harwick Health Trust', 'organization', CLINIC),
  c('clinic', 'Lena Hartley', 'person', CLINIC, /chief executive/),
  c('volcano', 'Korvia', 'place', VOLCANO),
  c('trade', 'Ostrel', 'place', TRADE),
  c('trade', 'Dravin', 'place', TRADE),
  c('volcano', 'Ilse Varnholm', 'person', VOLCANO, /volcanologist/),
  c('volcano', 'Dario Fenz', 'person', VOLCANO),
  c('volcano', 'Safe Harbour', 'organization', VOLCANO),
];

describe('typing of unknown names', () => {
  it.each(TYPED)('$topic: $name → $type', ({ name, type, text, role }) => {
    const e = findEntity(entitiesOf(text), name);
    expect(e, `${name} not found`).toBeDefined();
    expect(e!.type).toBe(type);
    if (role) expect(e!.roles.map((r) => r.text).join('; ')).toMatch(role);
  });
});

/** [topic, short form, full name, text]: the short form is an alias of the full name's entity. */
const JOINED: readonly (readonly [string, string, string, string])[] = [
  ['match', 'Owusu-Banda', 'Ama Owusu-Banda', MATCH],
  ['clinic', "St Agatha's", "St Agatha's Hospital", CLINIC],
  ['clinic', 'Partnership', 'Greyford Health Partnership', CLINIC],
  ['volcano', 'Varnholm', 'Ilse Varnholm', VOLCANO],
];

describe('short forms join their full names', () => {
  it.each(JOINED)('%s: %s → %s', (_topic, short, full, text) => {
    const layer = entitiesOf(text);
    const e = layer.entities.find((x) => x.name === full);
    expect(e, `${full} not found`).toBeDefined();
    expect(e!.aliases).toContain(short);
    expect(layer.entities.filter((x) => x.aliases.includes(short))).toHaveLength(1);
  });
});

/** [topic, surface form that must not be a name, text]. */
const NOT_NAMES: readonly (readonly [string, string, string])[] = [
  ['match', 'Goalkeeper Ivan Petrov', MATCH],
  ['match', 'Substitute Ama Owusu-Banda', MATCH],
  ['match', "Petrov's", MATCH],
  ['clinic', 'St Agatha', CLINIC],
  ['clinic', 'Greyford Health', CLINIC],
  ['clinic', "Harwick's", CLINIC],
];

describe('name boundaries', () => {
  it.each(NOT_NAMES)('%s: "%s" is not a name', (_topic, wrong, text) => {
    expect(surfaceNames(entitiesOf(text))).not.toContain(wrong);
  });

  it('a place lends its name to a body without being merged with it', () => {
    const layer = entitiesOf(CLINIC);
    const town = layer.entities.find((e) => e.name === 'Harwick');
    expect(town?.type).toBe('place');
    expect(town?.aliases).not.toContain('Harwick Health Trust');
  });

  it('a verb after the comma is no appositive ("X, said the region …")', () => {
    const e = findEntity(entitiesOf('The agency\'s head, geologist Marta Oberg, said the region was stable.\nOberg spoke on Monday.'), 'Marta Oberg');
    expect(e?.type).toBe('person');
  });
});
