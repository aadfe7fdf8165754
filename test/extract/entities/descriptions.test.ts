/**
 * Lower-case descriptions of an organisation the article names (issue 16, "Names and
 * types": "the federal safety commission" for the agency named in full). Invented texts on
 * three topics (a strike, an earthquake, a water price rise), with must-not cases: a head
 * word alone, a tail two bodies share, a description of a body the article does not name.
 * Also an acronym's lower-case expansion (a flood board, a relief commissioner, a river
 * services office), never for two-letter acronyms or words that do not end in a head word.
 */
import { describe, expect, it } from 'vitest';
import { entitiesOf, findEntity } from './helpers.js';
import { merge, withAlias } from '../../compare/entities/merge-helpers.js';

const STRIKE = 'The Harbour Pilots Union voted to strike on Monday. The pilots union said talks had failed.';
const QUAKE = 'Xinhua News Agency reported the quake first. The state news agency said 12 people died.';
const WATER = 'The Marlow Water Services Authority raised prices by 8%. The regional services authority said costs had risen.';
const TWO_BODIES = 'The Marlow Water Services Authority raised prices. The Kessel Valley Services Authority did not. The services authority gave no reason.';
const HEAD_ALONE = 'The Harbour Pilots Union voted to strike on Monday. The union said talks had failed.';
const NOT_NAMED = 'Dockers walked out in Tarwick on Monday. The pilots union said talks had failed.';

describe('lower-case descriptions of a named organisation', () => {
  const ONE: readonly { case: string; text: string; name: string; description: string }[] = [
    { case: 'a union described by its last words', text: STRIKE, name: 'Harbour Pilots Union', description: 'pilots union' },
    { case: 'a news agency with a modifier ("state") before its last words', text: QUAKE, name: 'Xinhua News Agency', description: 'state news agency' },
    { case: 'a water authority with a modifier ("regional")', text: WATER, name: 'Marlow Water Services Authority', description: 'regional services authority' },
  ];
  it.each(ONE)('$case', ({ text, name, description }) => {
    const layer = entitiesOf(text);
    const e = findEntity(layer, name);
    expect(e?.aliases).toContain(description);
    // a description is an alias with its span, not a name mention for the quote stage
    expect(layer.mentions.map((m) => m.text)).not.toContain(description);
    const start = text.indexOf(description);
    expect(e?.mentions.some((s) => s.start === start && s.end === start + description.length)).toBe(true);
  });

  const NONE: readonly { case: string; text: string; description: string }[] = [
    { case: 'a head word alone ("the union")', text: HEAD_ALONE, description: 'union' },
    { case: 'a tail two bodies share ("the services authority")', text: TWO_BODIES, description: 'services authority' },
    { case: 'a body the article does not name', text: NOT_NAMED, description: 'pilots union' },
  ];
  it.each(NONE)('must not: $case', ({ text, description }) => {
    expect(entitiesOf(text).entities.flatMap((e) => e.aliases)).not.toContain(description);
  });

  it('carries the description into the merged entity, and never merges two bodies on a description alone', () => {
    const merged = merge(STRIKE, 'The pilots union of Kessel, the Kessel Pilots Union, joined the strike. The pilots union said it would last a week.');
    const harbour = withAlias(merged.entities, 'Harbour Pilots Union');
    const kessel = withAlias(merged.entities, 'Kessel Pilots Union');
    expect(harbour).toHaveLength(1);
    expect(kessel).toHaveLength(1);
    expect(harbour[0]!.id).not.toBe(kessel[0]!.id);
    expect(harbour[0]!.aliases).toContain('pilots union');
  });
});

describe('lower-case expansions of an acronym', () => {
  const ONE: readonly { case: string; text: string; acronym: string; expansion: string }[] = [
    { case: 'spelled out before it in brackets, sentence-initial', text: 'Roads were shut on Friday. Regional flood control board (RFCB) said levels were falling.', acronym: 'RFCB', expansion: 'Regional flood control board' },
    { case: 'spelled out elsewhere in lower case', text: 'Crews were sent by the chief relief commissioner on Sunday. The CRC said 40 camps were open.', acronym: 'CRC', expansion: 'chief relief commissioner' },
    { case: 'with a function word inside', text: 'The national office of river services warned swimmers. The NORS said two beaches were closed.', acronym: 'NORS', expansion: 'national office of river services' },
  ];
  it.each(ONE)('$case', ({ text, acronym, expansion }) => {
    expect(findEntity(entitiesOf(text), acronym)?.aliases).toContain(expansion);
  });

  const NONE: readonly { case: string; text: string; alias: string }[] = [
    { case: 'a two-letter acronym', text: 'The water board met on Monday. The WB said prices would rise.', alias: 'water board' },
    { case: 'words that do not end in a head word', text: 'Rescue crews searched the ruins. The RCS said 12 people were missing after rescue crews searched.', alias: 'rescue crews searched' },
    { case: 'initials that do not match', text: 'The flood relief commissioner spoke on Monday. The CRC said 40 camps were open.', alias: 'flood relief commissioner' },
  ];
  it.each(NONE)('must not: $case', ({ text, alias }) => {
    expect(entitiesOf(text).entities.flatMap((e) => e.aliases)).not.toContain(alias);
  });
});
