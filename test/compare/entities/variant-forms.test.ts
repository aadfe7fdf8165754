/**
 * Third-round name variants across articles (issue 16, "Names and types"): a name one word
 * longer than another, an acronym with its expansion's head word, a state and its news-style
 * abbreviation, a sequel number in Roman and Arabic figures, a given name written as
 * initials, two romanisations of one surname, a title abbreviation before a name. Each kind on two invented topics, with
 * must-not cases.
 */
import { describe, expect, it } from 'vitest';
import { acronymHeadKey, expansionKey, givenFits, initialledGiven, numeralKey, oneWordShorter, sameRomanisation, stateOf } from '../../../src/compare/entities/name-variants.js';
import type { OneEntityCase } from './merge-helpers.js';
import { merge, withAlias, expectOneEntity } from './merge-helpers.js';

const GAMES = merge(
  'Shares in Harrowgate Interactive rose 4% after the deal closed, and the Pellan Quest service gained members.',
  'Harrowgate Interactive Entertainment confirmed the release date. The Pellan Quest Club grew by half.',
);
const WARDS = merge(
  'Patients were moved to the Calder Royal Infirmary on Tuesday, the health board said.',
  'Staff at the Royal Infirmary worked overnight as patients arrived.',
);
const TWO_WARDS = merge(
  'Patients were moved to the Calder Royal Infirmary and the Hexley Royal Infirmary on Tuesday.',
  'Staff at the Royal Infirmary worked overnight as patients arrived.',
);
const RAIL = merge(
  'Officials in Harlow, Ill., said crews worked overnight to clear the line.',
  'Crews in Illinois worked through the night, and the line reopened on Friday.',
);
const PLANS = merge(
  'Workers voted on the Retiree Health Protection Plan, which Vellor Tractors said would cost $40 million.',
  'The RHP Plan was rejected by 90% of members. Vellor Tractors said talks would resume. The RHP Fund was not on the ballot.',
);
const CHARITY = merge(
  'The Dunmore Children\u2019s Relief Fund said donations doubled. Officials in Salem, Ore., thanked volunteers.',
  'The DCR Fund spent $2 million on shelters in Oregon, its director said.',
);
const FLOOD = merge(
  'District collector Anil Kumar Rao said 300 people were moved. Chief Secy Meera Nair chaired a meeting on Sunday.',
  'AK Rao said relief camps were open. Secy Meera Nair visited the camps. Rao said the river was falling.',
  'Ravi Rao, a farmer in the neighbouring district, said roads were shut.',
);
const CONVOY = merge(
  'Commander Yahya al-Qassem said the convoy left at dawn. Omar Kassem, a driver, was hurt.',
  'Yahya Kassem, a militia commander, said the convoy left. Omar Kasmi, a medic, treated the wounded.',
  'Commander Yahya Al-Kasem spoke to reporters on Tuesday.',
);
const CRICKET = merge(
  'Board chair Leila Qureshi said the tour would go ahead.',
  'Leila Kureshi, who chairs the cricket board, confirmed the tour dates.',
);
const MATCH = merge(
  'Coach Daniel Mbeki said the players had earned it. PM Sunita Okoye congratulated the team on Sunday.',
  'The team met Prime Minister Okoye on Monday, and Okoye praised Mbeki.',
);

describe('third-round name variants merge across articles', () => {
  const ONE: readonly OneEntityCase[] = [
    { case: 'a firm named with one word more (last)', merged: GAMES, aliases: ['Harrowgate Interactive Entertainment', 'Harrowgate Interactive'] },
    { case: 'a club named with one word more (last)', merged: GAMES, aliases: ['Pellan Quest Club', 'Pellan Quest'] },
    { case: 'a hospital named with one word more (first)', merged: WARDS, aliases: ['Calder Royal Infirmary', 'Royal Infirmary'] },
    { case: 'a state and its abbreviation (Ill.)', merged: RAIL, aliases: ['Illinois', 'Ill.'] },
    { case: 'a state and its abbreviation (Ore.)', merged: CHARITY, aliases: ['Oregon', 'Ore.'] },
    { case: 'an acronym with the head word of its expansion (plan)', merged: PLANS, aliases: ['Retiree Health Protection Plan', 'RHP Plan'] },
    { case: 'an acronym with the head word of its expansion (fund)', merged: CHARITY, aliases: ['Dunmore Children\u2019s Relief Fund', 'DCR Fund'] },
    { case: 'a given name written as initials', merged: FLOOD, aliases: ['Anil Kumar Rao', 'AK Rao'] },
    { case: 'two romanisations of one surname (Q/K, doubled letter, e/i)', merged: CONVOY, aliases: ['Yahya al-Qassem', 'Yahya Kassem', 'Yahya Al-Kasem'] },
    { case: 'two romanisations of one surname (Q/K)', merged: CRICKET, aliases: ['Leila Qureshi', 'Leila Kureshi'] },
    { case: 'an abbreviated title before the name (Secy)', merged: FLOOD, aliases: ['Meera Nair'] },
    { case: 'an abbreviated title before the name (PM)', merged: MATCH, aliases: ['Sunita Okoye', 'Okoye'] },
  ];
  it.each(ONE)('$case', expectOneEntity);

  it('leaves a shorter name that two longer names could stand for on its own (must not: both infirmaries in one)', () => {
    const [calder] = withAlias(TWO_WARDS.entities, 'Calder Royal Infirmary');
    const [hexley] = withAlias(TWO_WARDS.entities, 'Hexley Royal Infirmary');
    const [short] = withAlias(TWO_WARDS.entities, 'Royal Infirmary');
    expect(new Set([calder?.id, hexley?.id, short?.id]).size).toBe(3);
  });

  it('keeps an acronym with another head word apart (must not: "RHP Fund" with the plan)', () => {
    const [plan] = withAlias(PLANS.entities, 'Retiree Health Protection Plan');
    expect(plan?.aliases).not.toContain('RHP Fund');
  });

  it('keeps two people sharing a surname apart when the initials do not fit (must not: Ravi Rao with Anil Kumar Rao)', () => {
    const [anil] = withAlias(FLOOD.entities, 'Anil Kumar Rao');
    const [ravi] = withAlias(FLOOD.entities, 'Ravi Rao');
    expect(ravi?.id).toBeDefined();
    expect(ravi?.id).not.toBe(anil?.id);
  });

  it('keeps apart surnames that are not two romanisations of one name (must not: Kassem / Kasmi)', () => {
    const [kassem] = withAlias(CONVOY.entities, 'Omar Kassem');
    const [kasmi] = withAlias(CONVOY.entities, 'Omar Kasmi');
    expect(kasmi?.id).toBeDefined();
    expect(kasmi?.id).not.toBe(kassem?.id);
  });

  it('does not keep a title abbreviation inside the name (must not: "Secy Meera Nair", "PM Sunita Okoye")', () => {
    const names = [...FLOOD.entities, ...MATCH.entities].flatMap((e) => e.aliases);
    expect(names).not.toContain('Secy Meera Nair');
    expect(names).not.toContain('PM Sunita Okoye');
  });
});

describe('name variant keys', () => {
  const SHORTER: readonly [string, string[]][] = [
    ['activ blizz king', ['activ blizz', 'blizz king']],
    ['dawn raid 3', ['raid 3']],
    ['university of lagos', []],
    ['bank of england', []],
    ['game pass', []],
  ];
  it.each(SHORTER)('one word shorter: %s', (key, expected) => {
    expect(oneWordShorter(key)).toEqual(expected);
  });

  it('reads states, numerals, initials and acronym heads', () => {
    expect(stateOf('Ill.')).toBe('Illinois');
    expect(stateOf('N.Y.')).toBe('New York');
    // must not: a word without its dot, a two-letter postal code
    expect(stateOf('Ill')).toBeNull();
    expect(stateOf('IL')).toBeNull();
    // a sequel number in Roman figures is keyed as its Arabic form; another number is another key
    expect(numeralKey('Moonfall IV')).toBe('moonfall 4');
    expect(numeralKey('Moonfall III')).toBe('moonfall 3');
    expect(numeralKey('Moonfall')).toBeNull();
    expect(numeralKey('IV')).toBeNull();
    expect(initialledGiven('PK Jena')).toBe(true);
    expect(initialledGiven('P.K. Jena')).toBe(true);
    expect(initialledGiven('Pradeep Jena')).toBe(false);
    expect(initialledGiven('NASA')).toBe(false);
    expect(givenFits('pk', true, 'pradeep', false)).toBe(true);
    expect(givenFits('pk', true, 'ravi', false)).toBe(false);
    expect(sameRomanisation('qassem', 'kasem')).toBe(true);
    expect(sameRomanisation('qureshi', 'kureshi')).toBe(true);
    expect(sameRomanisation('kassem', 'kasmi')).toBe(false);
    expect(sameRomanisation('rowe', 'roe')).toBe(false);
    expect(acronymHeadKey('CSC Plan')).toBe('csc plan');
    expect(acronymHeadKey('Acme Plan')).toBeNull();
    expect(acronymHeadKey('UAW Local 838')).toBeNull();
    expect(expansionKey('Customer Service Continuation Plan')).toBe('csc plan');
    expect(expansionKey('Service Plan')).toBeNull();
  });
});
