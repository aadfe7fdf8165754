import { describe, expect, it } from 'vitest';
import { mergeEntities } from '../../../src/compare/entities/index.js';
import type { Entity } from '../../../src/contract/analysis-schema.js';
import { extractArticle } from '../../../src/extract/index.js';
import { articleOf } from '../../extract/entities/helpers.js';

function merge(...texts: string[]) {
  return mergeEntities(texts.map((t, i) => extractArticle(articleOf(t, `a${i + 1}`))));
}

function entityNamed(entities: readonly Entity[], alias: string): Entity[] {
  return entities.filter((e) => e.aliases.includes(alias));
}

const FLOOD_A = 'Governor Helen Okafor of Marlow County said the Regional Flood Agency (RFA) had 200 rescuers in Tarwick. Okafor spoke on Tuesday.';
const FLOOD_B = 'The RFA said the Kessel River peaked overnight. Governor Okafor thanked volunteers, and Helen Okafor visited Tarwick again.';
const FLOOD_C = 'Marlow County Governor Hellen Okafor said roads were closed. Peter Lindqvist, the head of the Regional Flood Agency, agreed.';
const TRANSFER_A = 'Coach Rita Alvarez said Bayern Munich would start striker Ola Kane. Mary Smith, the club doctor, cleared him.';
const TRANSFER_B = 'Kane trained with Bayern on Friday. John Smith, a club director, and Alvarez watched. Rita Alvarez was pleased.';

describe('cross-article merging', () => {
  const flood = merge(FLOOD_A, FLOOD_B, FLOOD_C);
  const transfer = merge(TRANSFER_A, TRANSFER_B);

  const ONE_ENTITY: readonly { case: string; merged: ReturnType<typeof merge>; aliases: string[]; articles: string[] }[] = [
    { case: 'full name and surname-only across articles', merged: flood, aliases: ['Helen Okafor', 'Okafor'], articles: ['a1', 'a2', 'a3'] },
    { case: 'acronym introduced in one article, alone in another', merged: flood, aliases: ['Regional Flood Agency', 'RFA'], articles: ['a1', 'a2', 'a3'] },
    { case: 'place in three articles', merged: flood, aliases: ['Tarwick'], articles: ['a1', 'a2'] },
    { case: 'club short name joins its full name', merged: transfer, aliases: ['Bayern Munich', 'Bayern'], articles: ['a1', 'a2'] },
    { case: 'coach by surname in the other article', merged: transfer, aliases: ['Rita Alvarez', 'Alvarez'], articles: ['a1', 'a2'] },
  ];
  it.each(ONE_ENTITY)('$case', ({ merged, aliases, articles }) => {
    const hits = entityNamed(merged.entities, aliases[0]!);
    expect(hits).toHaveLength(1);
    for (const a of aliases) expect(hits[0]!.aliases).toContain(a);
    expect(hits[0]!.articles).toEqual(articles);
  });

  it('keeps two people who share a surname apart', () => {
    const mary = entityNamed(transfer.entities, 'Mary Smith');
    const john = entityNamed(transfer.entities, 'John Smith');
    expect(mary).toHaveLength(1);
    expect(john).toHaveLength(1);
    expect(mary[0]!.id).not.toBe(john[0]!.id);
  });

  it('merges a misspelt first name with the same surname and office, and reports a name conflict', () => {
    const okafor = entityNamed(flood.entities, 'Hellen Okafor');
    expect(okafor).toHaveLength(1);
    expect(okafor[0]!.aliases).toContain('Helen Okafor');
    const claim = flood.claims.find((c) => c.kind === 'name' && c.subject === okafor[0]!.id);
    expect(claim?.status).toBe('conflict');
    expect(claim?.topic).toMatch(/Okafor/);
    expect(claim?.values.map((v) => v.value).sort()).toEqual(['Helen Okafor', 'Hellen Okafor']);
    expect(claim?.values.find((v) => v.value === 'Hellen Okafor')?.articles).toEqual(['a3']);
  });

  it.each([
    ['initials against the full given name (ferry inquiry)', 'Harbour master Pradeep Naidu said the ferry left late.', 'Harbour master PK Naidu said the ferry was full.', 'Harbour master Pradeep Naidu'],
    ['dotted initials against the full given name (budget)', 'Finance secretary Kavita Rao said the budget was balanced.', 'Finance secretary K.S. Rao said revenue rose.', 'Finance secretary Kavita Rao'],
  ])('merges %s without a name conflict', (_case, first, second) => {
    const m = merge(first, second);
    expect(m.claims.filter((c) => c.kind === 'name')).toEqual([]);
  });

  it('still reports two spellings of a first name as a conflict; initials of another letter stay apart', () => {
    const m = merge('Harbour master Pradeep Naidu said the ferry left late.', 'Harbour master Pradip Naidu said the ferry was full.', 'Harbour master SK Naidu said the berth was closed.');
    const claim = m.claims.find((c) => c.kind === 'name');
    expect(claim?.values.map((v) => v.value).sort()).toEqual(['Pradeep Naidu', 'Pradip Naidu']);
    const sk = entityNamed(m.entities, 'SK Naidu');
    expect(sk).toHaveLength(1);
    expect(sk[0]!.aliases).not.toContain('Pradeep Naidu');
  });

  it('reports no name claim when every article agrees', () => {
    expect(transfer.claims).toEqual([]);
  });

  it('resolves every local key and numbers ids deterministically', () => {
    const xs = [FLOOD_A, FLOOD_B, FLOOD_C].map((t, i) => extractArticle(articleOf(t, `a${i + 1}`)));
    const m = mergeEntities(xs);
    for (const x of xs) for (const e of x.entities.entities) expect(m.resolver.globalId(x.article.id, e.key), e.key).toMatch(/^e\d+$/);
    expect(m.resolver.globalId('a1', 'person:nobody')).toBeNull();
    expect(JSON.stringify(mergeEntities(xs))).toBe(JSON.stringify(m));
    expect(m.entities.map((e) => e.id)).toEqual(m.entities.map((_, i) => `e${i + 1}`));
  });

  it('leaves a bare surname apart when two merged people share it, unless an office decides', () => {
    const m = merge(
      'Mary Smith, the club doctor, cleared Kane.',
      'John Smith, the club director, approved the fee.',
      'Smith said the fee was fair.',
      'Director Smith said the deal was done.',
    );
    const bare = m.entities.filter((e) => e.aliases.includes('Smith') && !e.aliases.includes('Mary Smith') && !e.aliases.includes('John Smith'));
    expect(bare.map((e) => e.articles)).toEqual([['a3']]);
    expect(entityNamed(m.entities, 'John Smith')[0]!.articles).toEqual(['a2', 'a4']);
    expect(entityNamed(m.entities, 'Mary Smith')[0]!.articles).toEqual(['a1']);
  });

  it('does not merge a country with an organisation named after it', () => {
    const m = merge('Troops of the Kenya Defence Forces moved north.', 'Kenya said the border was calm.');
    const kenya = entityNamed(m.entities, 'Kenya');
    expect(kenya).toHaveLength(1);
    expect(kenya[0]!.type).toBe('place');
    expect(kenya[0]!.aliases).not.toContain('Kenya Defence Forces');
  });

  it('returns nothing for no articles', () => {
    const m = mergeEntities([]);
    expect(m.entities).toEqual([]);
    expect(m.claims).toEqual([]);
    expect(m.resolver.globalId('x', 'y')).toBeNull();
  });
});

describe('cross-article merging keeps a place apart from the body named after it', () => {
  // a1 gives "Ellery" no type evidence (other); a2 types it a place and names a college after it
  const ELECTION_A = 'Results in the race were close. Ellery voters queued for hours.\nEllery could see a recount, officials said on Monday.';
  const ELECTION_B = 'Turnout in Ellery rose to 61%, the city clerk said. Professor Ana Ruiz of Ellery State College said the count was routine.';
  const COLLEGE_A = 'Students at Marsh Point protested on Friday. Marsh Point was quiet later.';
  const COLLEGE_B = 'The flood reached Marsh Point overnight, and the Marsh Point Ferry Company suspended sailings.';
  it.each([
    { case: 'election: town and state college', texts: [ELECTION_A, ELECTION_B], place: 'Ellery', body: 'Ellery State College' },
    { case: 'flood: headland and ferry company', texts: [COLLEGE_A, COLLEGE_B], place: 'Marsh Point', body: 'Marsh Point Ferry Company' },
  ])('$case', ({ texts, place, body }) => {
    const merged = merge(...texts);
    const town = entityNamed(merged.entities, place);
    expect(town).toHaveLength(1);
    expect(town[0]!.type).toBe('place');
    expect(town[0]!.aliases).not.toContain(body);
    expect(entityNamed(merged.entities, body)).toHaveLength(1);
  });
});
