/**
 * Name variants across articles (issue 16, "Names and types"): an organisation named with
 * and without its country ("UK … Authority", "British … Authority", "… Authority"), with a
 * company affix ("…, Inc."), by its initials after a country prefix; "and" inside an
 * organisation's name; one person's surname spelled two ways. Each with a must-not case.
 * Texts are invented, on several topics (a merger review, a drug recall, a transfer, a
 * port strike, a flood).
 */
import { describe, expect, it } from 'vitest';
import { coreKey, similarSurname } from '../../../src/compare/entities/02-merge-rules.js';
import type { OneEntityCase } from './merge-helpers.js';
import { merge, withAlias, expectOneEntity } from './merge-helpers.js';

const MERGER = merge(
  'The deal was cleared on Friday by the UK Fair Trade Authority, which had blocked it in April.',
  'Shares in Orvane Games rose after the Fair Trade Authority approved the takeover. The FTA said remedies were enough.',
  'The British Fair Trade Authority had objected to the cloud gaming terms, Orvane Games, Inc. said in a statement.',
);
const RECALL = merge(
  'The Food and Drug Administration ordered the recall of 40,000 inhalers made by Pellworth Labs in Dravin.',
  'Regulators at the Food and Drug Administration said no injuries had been reported. Pellworth Labs shares fell 6%.',
);
const TRANSFER = merge(
  'Striker Tomas Lindqvister signed for Corvale Rovers on Monday, and Kofi Roe joined from Dunnick.',
  'Corvale Rovers confirmed that Tomas Lindqvistar had passed a medical. Kofi Rowe left Dunnick on loan.',
);
const PORT = merge(
  'Dockers in Kenya and Uganda walked out on Tuesday, the Kenyan Ports Authority said. Marta Kowalski, a union official, backed them.',
  'The Ugandan Ports Authority said cargo was piling up. Jonas Kowalsky, a shipping agent, said the strike would last a week.',
);

describe('name variants merge across articles', () => {
  const ONE: readonly OneEntityCase[] = [
    { case: 'an agency with and without its country', merged: MERGER, aliases: ['UK Fair Trade Authority', 'Fair Trade Authority', 'British Fair Trade Authority'] },
    { case: 'the acronym of the name without its country', merged: MERGER, aliases: ['Fair Trade Authority', 'FTA'] },
    { case: 'a firm with and without its company affix', merged: MERGER, aliases: ['Orvane Games', 'Orvane Games, Inc.'] },
    { case: '"and" inside an agency name', merged: RECALL, aliases: ['Food and Drug Administration'] },
    { case: 'one surname spelled two ways, same given name', merged: TRANSFER, aliases: ['Tomas Lindqvister', 'Tomas Lindqvistar'] },
  ];
  it.each(ONE)('$case', expectOneEntity);

  it('does not cut an agency name at "and" (must not: "Food" alone, "Drug Administration" alone)', () => {
    const names = RECALL.entities.flatMap((e) => e.aliases);
    expect(names).not.toContain('Food');
    expect(names).not.toContain('Drug Administration');
  });

  it('keeps two places listed with "and" as two names', () => {
    expect(withAlias(PORT.entities, 'Kenya')).toHaveLength(1);
    expect(withAlias(PORT.entities, 'Uganda')).toHaveLength(1);
    expect(PORT.entities.flatMap((e) => e.aliases)).not.toContain('Kenya and Uganda');
  });

  it('keeps two countries\u2019 agencies of the same kind apart', () => {
    const ke = withAlias(PORT.entities, 'Kenyan Ports Authority');
    const ug = withAlias(PORT.entities, 'Ugandan Ports Authority');
    expect(ke).toHaveLength(1);
    expect(ug).toHaveLength(1);
    expect(ke[0]!.id).not.toBe(ug[0]!.id);
  });

  it('keeps apart different given names with similar surnames, and short surnames one letter apart', () => {
    const [marta] = withAlias(PORT.entities, 'Marta Kowalski');
    const [jonas] = withAlias(PORT.entities, 'Jonas Kowalsky');
    expect(marta?.id).toBeDefined();
    expect(marta?.id).not.toBe(jonas?.id);
    const [roe] = withAlias(TRANSFER.entities, 'Kofi Roe');
    const [rowe] = withAlias(TRANSFER.entities, 'Kofi Rowe');
    expect(roe?.id).toBeDefined();
    expect(roe?.id).not.toBe(rowe?.id);
  });

  it('reads the core of a name', () => {
    expect(coreKey('UK Fair Trade Authority')).toBe('fair trade authority');
    expect(coreKey('Orvane Games, Inc.')).toBe('orvane games');
    expect(coreKey('Fair Trade Authority')).toBeNull();
    // a two-letter fragment is never a core: "US Steel" keeps its country word
    expect(coreKey('US Steel')).toBeNull();
    expect(similarSurname('lindqvister', 'lindqvistar')).toBe(true);
    expect(similarSurname('roe', 'rowe')).toBe(false);
  });
});
