/**
 * The seed corpus across articles (read at run time, never copied): one entity per
 * referent, surname-only and variant spellings merged, and the two first names a
 * cabinet member is given reported as a `name` conflict. Skipped without seeds.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { EntityMerge } from '../../../src/compare/entities/index.js';
import { mergeEntities } from '../../../src/compare/entities/index.js';
import { extractArticle } from '../../../src/extract/index.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';

const ONE_ENTITY: readonly { name: string; type: string; aliases: readonly string[]; minArticles: number }[] = [
  { name: 'Hamas', type: 'organization', aliases: ['Hamas'], minArticles: 5 },
  { name: 'Donald Trump', type: 'person', aliases: ['Donald Trump', 'Trump'], minArticles: 5 },
  { name: 'Adam Boehler', type: 'person', aliases: ['Adam Boehler', 'Boehler'], minArticles: 5 },
  { name: 'Steve Witkoff', type: 'person', aliases: ['Steve Witkoff', 'Witkoff'], minArticles: 3 },
  { name: 'Netanyahu', type: 'person', aliases: ['Benjamin Netanyahu', 'Binyamin Netanyahu', 'Netanyahu'], minArticles: 3 },
  { name: 'Edan Alexander', type: 'person', aliases: ['Edan Alexander', 'Alexander'], minArticles: 4 },
  { name: 'Taher al-Nunu', type: 'person', aliases: ['Taher al-Nunu', 'Nunu', 'Al-Nunu'], minArticles: 2 },
  { name: 'Rubio', type: 'person', aliases: ['Marco Rubio', 'Mark Rubio'], minArticles: 2 },
  { name: 'Qatar', type: 'place', aliases: ['Qatar'], minArticles: 5 },
  { name: 'Doha', type: 'place', aliases: ['Doha'], minArticles: 5 },
  { name: 'Gaza', type: 'place', aliases: ['Gaza'], minArticles: 5 },
  { name: 'United States', type: 'place', aliases: ['U.S.', 'US', 'United States'], minArticles: 5 },
];

describe.skipIf(!HAVE_SEEDS)('entity merge on the seed corpus', () => {
  let merged: EntityMerge;
  let xs: ArticleExtraction[];
  beforeAll(async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    xs = articles.map((a) => extractArticle(a));
    merged = mergeEntities(xs);
  });

  it.each(ONE_ENTITY)('$name is one $type entity', ({ type, aliases, minArticles }) => {
    const hits = merged.entities.filter((e) => aliases.some((a) => e.aliases.includes(a)));
    expect(hits.map((e) => e.name)).toHaveLength(1);
    expect(hits[0]!.type).toBe(type);
    for (const a of aliases) expect(hits[0]!.aliases).toContain(a);
    expect(hits[0]!.articles.length).toBeGreaterThanOrEqual(minArticles);
  });

  it('reports the two first names of the Secretary of State as a name conflict', () => {
    const rubio = merged.entities.find((e) => e.aliases.includes('Mark Rubio'))!;
    const claim = merged.claims.find((c) => c.kind === 'name' && c.subject === rubio.id);
    expect(claim).toBeDefined();
    expect(claim!.status).toBe('conflict');
    expect(claim!.topic).toMatch(/Rubio/);
    expect(claim!.topic).toMatch(/Secretary of State/);
    expect(claim!.values.map((v) => v.value).sort()).toEqual(['Marco Rubio', 'Mark Rubio']);
    for (const v of claim!.values) {
      expect(v.evidence.length).toBeGreaterThan(0);
      for (const s of v.evidence) expect(xs.find((x) => x.article.id === s.article)!.article.text.slice(s.start, s.end)).toBe(v.value);
    }
  });

  it('gives the envoy his role with the articles that state it', () => {
    const boehler = merged.entities.find((e) => e.aliases.includes('Adam Boehler'))!;
    const envoy = boehler.roles.filter((r) => /envoy/i.test(r.text));
    expect(envoy.length).toBeGreaterThan(0);
    expect(new Set(envoy.flatMap((r) => r.articles)).size).toBeGreaterThanOrEqual(3);
  });

  it('resolves every local key', () => {
    for (const x of xs) for (const e of x.entities.entities) expect(merged.resolver.globalId(x.article.id, e.key), `${x.article.id} ${e.key}`).not.toBeNull();
  });
});
