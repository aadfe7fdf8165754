import { describe, expect, it } from 'vitest';
import { alignClaims } from '../../../src/compare/claims/index.js';
import { claimAbout, claimsOf, nameResolver } from './helpers.js';
import { FLOOD, LAYOFFS, TRANSFER } from './stories.js';
import { extractArticle } from '../../../src/extract/index.js';
import { article } from '../../extract/quantities/helpers.js';

describe('claims: a flood reported by three outlets at different hours', () => {
  const { claims } = claimsOf(FLOOD);
  it('the rising death toll is an update, in publication order', () => {
    const c = claimAbout(claims, 'people dead');
    expect(c.status).toBe('updated');
    expect(c.updates?.map((u) => [u.normalized, u.article])).toEqual([[12, 'flood-1'], [19, 'flood-2'], [23, 'flood-3']]);
  });
  it('missing and injured counts that grow are updates too', () => {
    expect(claimAbout(claims, 'people missing').status).toBe('updated');
    expect(claimAbout(claims, 'people injured').status).toBe('updated');
  });
  it('the same rescue count in two outlets is agreed, with independent sources', () => {
    const c = claimAbout(claims, 'people rescued');
    expect(c.status).toBe('agreed');
    expect(c.articles).toEqual(['flood-1', 'flood-2']);
    expect(c.independentSources).toBe(2);
    expect(c.values).toHaveLength(1);
  });
  it("the mayor's age given two ways is a conflict on the person", () => {
    const c = claimAbout(claims, 'age of Ruth Okonjo');
    expect(c.status).toBe('conflict');
    expect(c.kind).toBe('age');
    expect(c.subject).toBe('Ruth Okonjo');
    expect(c.values.map((v) => v.normalized)).toEqual([58, 61]);
  });
  it('a figure stated once is single', () => {
    expect(claimAbout(claims, 'people evacuated').status).toBe('single');
  });
  it('attributions inside the article travel with the value', () => {
    const dead = claimAbout(claims, 'people dead');
    const all = dead.values.flatMap((v) => v.attribution ?? []);
    expect(all).toEqual(expect.arrayContaining(['police', 'regional emergency agency']));
  });
});

describe('claims: a football transfer in two outlets', () => {
  const { claims } = claimsOf(TRANSFER);
  it('£45m and "about £40m" for the same deal conflict', () => {
    const c = claims.find((x) => x.values.some((v) => v.unit === 'GBP'))!;
    expect(c.status).toBe('conflict');
    expect(c.values.map((v) => v.value)).toEqual(['about £40m', '£45m']);
  });
  it("the player's age 24 vs 25 is a conflict, a crowd and goals are agreed", () => {
    expect(claimAbout(claims, 'age of Tomas Rebane').status).toBe('conflict');
    expect(claimAbout(claims, 'spectators').status).toBe('agreed');
    expect(claimAbout(claims, 'goals scored').status).toBe('agreed');
  });
});

describe('claims: layoffs at a company', () => {
  const { claims } = claimsOf(LAYOFFS);
  it('"cut 1,200 jobs" and "laying off 1,200 workers" agree', () => {
    const c = claims.find((x) => x.values.some((v) => v.normalized === 1200))!;
    expect(c.status).toBe('agreed');
    expect(c.articles).toEqual(['biz-1', 'biz-2']);
  });
  it('"shares fell 3.4%" and "shares dropped 3.4%" agree', () => {
    expect(claimAbout(claims, 'shares down').status).toBe('agreed');
  });
});

describe('claims: qualifier intervals', () => {
  const pair = (a: string, b: string, pubA = '2026-01-01T10:00:00Z', pubB = '2026-01-01T10:00:00Z') =>
    claimsOf([
      { id: 'x1', published: pubA, text: a },
      { id: 'x2', published: pubB, text: b },
    ]).claims.filter((c) => c.articles?.length === 2);
  it.each([
    ['About 40 ships were seized.', 'More than 40 ships were seized.', 'agreed'],
    ['At least 40 ships were seized.', '40 ships were seized.', 'agreed'],
    ['Nearly 40 ships were seized.', '40 ships were seized.', 'conflict'],
    ['More than 40 ships were seized.', '40 ships were seized.', 'conflict'],
    ['Up to 40 ships were seized.', '35 ships were seized.', 'agreed'],
    ['22 ships were seized.', '24 ships were seized.', 'conflict'],
    ['About 2,000 ships were seized.', '2,100 ships were seized.', 'agreed'],
  ])('"%s" vs "%s" → %s', (a, b, status) => {
    const cs = pair(a, b);
    expect(cs.map((c) => c.status)).toEqual([status]);
  });
  it('a smaller figure later on a running count is a conflict, not an update', () => {
    const cs = pair('At least 30 people were killed.', '25 people were killed.', '2026-01-01T08:00:00Z', '2026-01-01T18:00:00Z');
    expect(cs.map((c) => c.status)).toEqual(['conflict']);
  });
  it('a growing figure on a count that should not change is a conflict', () => {
    const cs = pair('Rebels hold 40 hostages.', 'Rebels hold 45 hostages.', '2026-01-01T08:00:00Z', '2026-01-01T18:00:00Z');
    expect(cs.map((c) => c.status)).toEqual(['conflict']);
  });
});

describe('claims: output shape and determinism', () => {
  it('ids c1… in status order, byte-identical on a second run', () => {
    const a = claimsOf([...FLOOD, ...TRANSFER]).claims;
    const b = claimsOf([...FLOOD, ...TRANSFER]).claims;
    expect(JSON.stringify(a)).toBe(JSON.stringify(b));
    expect(a.map((c) => c.id)).toEqual(a.map((_, i) => `c${i + 1}`));
    const order = { conflict: 0, updated: 1, agreed: 2, single: 3 };
    const ranks = a.map((c) => order[c.status]);
    expect(ranks).toEqual([...ranks].sort((x, y) => x - y));
  });
  it('every evidence span reads as the value written', () => {
    const { claims, extractions } = claimsOf(FLOOD);
    const texts = new Map(extractions.map((x) => [x.article.id, x.article.text]));
    for (const c of claims) for (const v of c.values) for (const e of v.evidence) expect(texts.get(e.article)!.slice(e.start, e.end)).toBe(v.value);
  });
  it('independent sources follow the independence groups (syndicated copies count once)', () => {
    const xs = [FLOOD[0]!, { ...FLOOD[0]!, id: 'flood-1-copy' }].map((a) => extractArticle(article(a.text, a.id, a.published)));
    const groups = [{ id: 'g1', articles: ['flood-1', 'flood-1-copy'], similarity: 1, reason: 'test' }];
    const c = alignClaims(xs, nameResolver(xs), groups).find((x) => x.topic === 'people rescued')!;
    expect(c.articles).toEqual(['flood-1', 'flood-1-copy']);
    expect(c.independentSources).toBe(1);
  });
});
