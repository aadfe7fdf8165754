/**
 * The seed corpus (read at run time, never copied): the people, organisations and
 * places named in two or more seed articles are found and typed; surname-only
 * mentions join the full name. Skipped when the seeds are absent.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { extractArticle } from '../../../src/extract/index.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import type { ArticleExtraction } from '../../../src/model/records.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';
import { findEntity } from './helpers.js';

interface SeedEntity {
  readonly name: string;
  readonly type: string;
  /** seeds that must contain it */
  readonly seeds: readonly string[];
  readonly role?: RegExp;
  /** other names that must be aliases of the same local entity */
  readonly aliases?: readonly string[];
}

const EXPECTED: readonly SeedEntity[] = [
  { name: 'Hamas', type: 'organization', seeds: ['000', '001', '002', '003', '004'] },
  { name: 'Donald Trump', type: 'person', seeds: ['000', '001', '004'], aliases: ['Trump'] },
  { name: 'Qatar', type: 'place', seeds: ['000', '001', '002', '003', '004'] },
  { name: 'Doha', type: 'place', seeds: ['000', '001', '002', '003', '004'] },
  { name: 'Gaza', type: 'place', seeds: ['000', '001', '002', '003', '004'] },
  { name: 'Israel', type: 'place', seeds: ['000', '001', '002', '003', '004'] },
  { name: 'Egypt', type: 'place', seeds: ['002', '003', '004'] },
  { name: 'Adam Boehler', type: 'person', seeds: ['000', '002', '003', '004'], role: /envoy/i },
  { name: 'Adam Boehler', type: 'person', seeds: ['000', '001'], aliases: ['Boehler'] },
  { name: 'Steve Witkoff', type: 'person', seeds: ['001', '002', '003'], role: /envoy/i },
  { name: 'Benjamin Netanyahu', type: 'person', seeds: ['000'], role: /Prime Minister/ },
  { name: 'Binyamin Netanyahu', type: 'person', seeds: ['002'], role: /Prime Minister/ },
  { name: 'Edan Alexander', type: 'person', seeds: ['000', '001', '002', '003'] },
  { name: 'Edan Alexander', type: 'person', seeds: ['000', '003'], aliases: ['Alexander'] },
  { name: 'Taher al-Nunu', type: 'person', seeds: ['000'], aliases: ['Nunu'], role: /adviser/ },
  { name: 'Taher al-Nunu', type: 'person', seeds: ['001'], aliases: ['Al-Nunu'], role: /adviser/ },
  { name: 'Marco Rubio', type: 'person', seeds: ['000'], role: /Secretary of State/ },
  { name: 'Mark Rubio', type: 'person', seeds: ['001'], role: /Secretary of State/ },
  { name: 'White House', type: 'organization', seeds: ['000', '001', '002', '003'] },
  { name: 'Reuters', type: 'organization', seeds: ['000', '001'] },
  { name: 'Axios', type: 'organization', seeds: ['001', '002'] },
  { name: 'United States', type: 'place', seeds: ['000', '001', '002', '003', '004'] },
];

const cases = EXPECTED.flatMap((e) => e.seeds.map((seed) => ({ ...e, seed })));

describe.skipIf(!HAVE_SEEDS)('entities on the seed corpus', () => {
  const bySeed = new Map<string, ArticleExtraction>();
  beforeAll(async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    for (const a of articles) bySeed.set(a.id.slice(0, 3), extractArticle(a));
  });

  it.each(cases)('seed $seed: $name is a $type', ({ seed, name, type, role, aliases }) => {
    const x = bySeed.get(seed);
    expect(x, `seed ${seed} not ingested`).toBeDefined();
    const e = findEntity(x!.entities, name);
    expect(e, `${name} not found in ${seed}`).toBeDefined();
    expect(e!.type).toBe(type);
    if (role) expect(e!.roles.map((r) => r.text).join(' | ')).toMatch(role);
    for (const a of aliases ?? []) expect(e!.aliases).toContain(a);
  });

  it('never takes a demonym, a weekday or a sentence opener for a name', () => {
    const bad = new Set(['Israeli', 'Palestinian', 'Despite', 'Historically', 'Tragically', 'However', 'Conclusion', 'Sources', 'Tuesday', 'March']);
    for (const [seed, x] of bySeed) for (const m of x.entities.mentions) expect(bad.has(m.text), `${seed}: ${m.text}`).toBe(false);
  });

  it('keeps mentions sorted, inside the text, pointing at a local entity', () => {
    for (const [seed, x] of bySeed) {
      const keys = new Set(x.entities.entities.map((e) => e.key));
      let last = -1;
      for (const m of x.entities.mentions) {
        expect(m.span.start, seed).toBeGreaterThanOrEqual(last);
        last = m.span.start;
        expect(x.article.text.slice(m.span.start, m.span.end)).toBe(m.text);
        expect(keys.has(m.entity), `${seed}: ${m.entity}`).toBe(true);
      }
    }
  });
});
