import { describe, expect, it } from 'vitest';
import { mentionAt, mentionsInRange, personAfter, personBefore } from '../../../src/extract/entities/index.js';
import { entitiesOf, findEntity } from './helpers.js';

describe('within-article aliases', () => {
  const CASES: readonly { case: string; text: string; full: string; alias: string }[] = [
    { case: 'surname only', text: 'Striker Ola Kane scored twice. Kane said the team deserved it.', full: 'Ola Kane', alias: 'Kane' },
    { case: 'title + surname', text: 'Minister John Roe opened the bridge. Later, Minister Roe said the cost had doubled.', full: 'John Roe', alias: 'Roe' },
    { case: 'al- prefixed surname, capitalised and bare', text: 'Samir al-Haddad, an adviser to the council, spoke first. Al-Haddad said talks would go on, and Haddad left.', full: 'Samir al-Haddad', alias: 'Haddad' },
    { case: 'al- variant capitalised', text: 'Samir al-Haddad, an adviser to the council, spoke first. Al-Haddad said talks would go on.', full: 'Samir al-Haddad', alias: 'Al-Haddad' },
    { case: 'acronym in brackets', text: 'The Regional Water Board (RWB) cut supplies. The RWB said reservoirs were low.', full: 'Regional Water Board', alias: 'RWB' },
    { case: 'acronym by initials', text: 'The Kenya Defence Forces moved north. A KDF spokesman said two bases were hit.', full: 'Kenya Defence Forces', alias: 'KDF' },
    { case: 'org name without its affix', text: 'Vellmar FC sold their captain. Vellmar have now lost four players.', full: 'Vellmar FC', alias: 'Vellmar' },
    { case: 'possessive', text: "Acme Corp's shares fell after Acme's chief executive resigned.", full: 'Acme Corp', alias: 'Acme' },
  ];
  it.each(CASES)('$case: $alias → $full', ({ text, full, alias }) => {
    const layer = entitiesOf(text);
    const e = findEntity(layer, full);
    expect(e, layer.entities.map((x) => x.name).join(', ')).toBeDefined();
    expect(e!.aliases).toContain(alias);
    for (const m of layer.mentions.filter((x) => x.text === alias)) expect(m.entity).toBe(e!.key);
  });

  it('keeps two people who share a surname apart, and gives a bare surname to the one named last', () => {
    const layer = entitiesOf('Mary Smith chairs the board. John Smith, her brother, runs the farm. Smith said the harvest was poor.');
    const mary = findEntity(layer, 'Mary Smith')!;
    const john = findEntity(layer, 'John Smith')!;
    expect(mary.key).not.toBe(john.key);
    const bare = layer.mentions.find((m) => m.text === 'Smith')!;
    expect(bare.entity).toBe(john.key);
  });

  it('does not join different people by first name', () => {
    const layer = entitiesOf('Jane Roe met Jane Doe in Lagos. Roe said they agreed.');
    expect(findEntity(layer, 'Jane Roe')!.key).not.toBe(findEntity(layer, 'Jane Doe')!.key);
  });
});

describe('roles', () => {
  const CASES: readonly { case: string; text: string; name: string; role: string }[] = [
    { case: 'multiword title with complement', text: 'Special Envoy for Water Affairs Jane Doe arrived on Monday.', name: 'Jane Doe', role: 'Special Envoy for Water Affairs' },
    { case: 'title of state', text: 'Secretary of State John Roe flew to Nairobi.', name: 'John Roe', role: 'Secretary of State' },
    { case: 'place + title', text: 'Lagos State Governor Ada Okoro visited the site.', name: 'Ada Okoro', role: 'Lagos State Governor' },
    { case: 'lower-case title', text: 'The club confirmed that coach Rita Alvarez would stay.', name: 'Rita Alvarez', role: 'coach' },
    { case: 'appositive', text: 'Tom Harker, a political adviser to the mayor, resigned.', name: 'Tom Harker', role: 'political adviser to the mayor' },
    { case: 'appositive head of', text: 'Peter Lindqvist, the head of the agency, said levels were falling.', name: 'Peter Lindqvist', role: 'head of the agency' },
    { case: "possessive: Y's chief X", text: "Acme's chief executive Jonas Brandt declined to comment.", name: 'Jonas Brandt', role: "Acme's chief executive" },
    { case: 'role set off before the name', text: 'The report was written by the council’s chief engineer, Mia Ortiz.', name: 'Mia Ortiz', role: 'council’s chief engineer' },
    { case: 'title, name, then the body', text: 'Watch Commander Ines Falk of the Tarwick Fire Service said the blaze was out.', name: 'Ines Falk', role: 'Watch Commander' },
    { case: 'now with', text: 'Jonas Brandt, now with the Northern League, praised the deal.', name: 'Jonas Brandt', role: 'now with the Northern League' },
  ];
  it.each(CASES)('$case', ({ text, name, role }) => {
    const layer = entitiesOf(text);
    const m = layer.mentions.find((x) => x.text === name);
    expect(m, layer.mentions.map((x) => x.text).join(', ')).toBeDefined();
    expect(m!.role).toBe(role);
    expect(text.slice(m!.roleSpan!.start, m!.roleSpan!.end)).toBe(role);
    expect(m!.type).toBe('person');
    expect(findEntity(layer, name)!.roles.map((r) => r.text)).toContain(role);
  });

  it('keeps the body after "of the" as an organisation of its own', () => {
    const layer = entitiesOf('Watch Commander Ines Falk of the Tarwick Fire Service said the blaze was out.');
    expect(findEntity(layer, 'Tarwick Fire Service')?.type).toBe('organization');
  });

  it('strips the title from the name and gives no role for a complement ("spokesman for X")', () => {
    const layer = entitiesOf('A spokesman for the Vellmar Supporters Trust said fans were angry.');
    const trust = layer.mentions.find((m) => m.text === 'Vellmar Supporters Trust');
    expect(trust?.role).toBeNull();
  });

  it('gives an honorific no role but types the person', () => {
    const layer = entitiesOf('Mr. Brandt declined to give the fee.');
    const m = layer.mentions.find((x) => x.text === 'Brandt')!;
    expect(m.type).toBe('person');
    expect(m.role).toBeNull();
  });
});

describe('groups and compounds', () => {
  it('takes "the Kenyans" as a group but not "Kenyan officials"', () => {
    const layer = entitiesOf('Kenyan officials said the Kenyans would vote in May.');
    expect(layer.mentions.map((m) => [m.text, m.type])).toEqual([['Kenyans', 'group']]);
  });

  it('splits "US-Kenya" into two places and drops adjectival compounds', () => {
    const layer = entitiesOf('The US-Kenya talks and the Kenyan-American investor were discussed in Nairobi.');
    const names = layer.mentions.map((m) => m.text);
    expect(names).toContain('US');
    expect(names).toContain('Kenya');
    expect(names).not.toContain('Kenyan');
    expect(names).not.toContain('American');
  });

  it('types a name after a compound nationality as a person', () => {
    const layer = entitiesOf('The group released Kenyan-American Wanjiru Odhiambo Achieng on Friday.');
    const m = layer.mentions.find((x) => x.text === 'Wanjiru Odhiambo Achieng');
    expect(m?.type).toBe('person');
  });

  it('types a name listed after a place governed by a place preposition', () => {
    const layer = entitiesOf('Voters queued in Lagos, Ibadan and Oyelami on Saturday.');
    expect(layer.mentions.map((m) => [m.text, m.type])).toEqual([['Lagos', 'place'], ['Ibadan', 'place'], ['Oyelami', 'place']]);
  });

  it('does not type a name as a place when the list has no place preposition', () => {
    const layer = entitiesOf('Kenya and Oyelami signed the accord.');
    expect(layer.mentions.find((m) => m.text === 'Oyelami')?.type).not.toBe('place');
  });

  it('keeps hyphenated surnames whole', () => {
    const layer = entitiesOf('Governor Babajide Sanwo-Olu opened the bridge.');
    expect(layer.mentions.map((m) => m.text)).toContain('Babajide Sanwo-Olu');
  });
});

describe('query helpers', () => {
  const text = 'Coach Rita Alvarez met Acme in Lagos. She said Ola Kane, 24, would start.';
  const layer = entitiesOf(text);
  it('mentionsInRange lists the mentions inside a range in order', () => {
    expect(mentionsInRange(layer, 0, text.indexOf('She')).map((m) => m.text)).toEqual(['Rita Alvarez', 'Acme', 'Lagos']);
  });
  it('personBefore / personAfter find the nearest person', () => {
    expect(personBefore(layer, text.indexOf('She'))?.text).toBe('Rita Alvarez');
    expect(personAfter(layer, text.indexOf('She'))?.text).toBe('Ola Kane');
    expect(personBefore(layer, text.indexOf('Rita'))).toBeUndefined();
  });
  it('mentionAt finds the mention covering an offset', () => {
    expect(mentionAt(layer, text.indexOf('Lagos') + 2)?.text).toBe('Lagos');
    expect(mentionAt(layer, text.indexOf('met'))).toBeUndefined();
  });
});
