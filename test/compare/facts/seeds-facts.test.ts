/**
 * On the seed corpus (../shared/seeds): the outlets agree on where the talks took place, on the
 * special envoy's role and that the envoy led the talks ("The talks, led by U.S. presidential envoy
 * … Adam Boehler", "The discussions, led by U.S. Special Envoy …", "The U.S. delegation, led by
 * Adam Boehler"), as facts.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../../../src/analyze.js';
import { ingestPaths } from '../../../src/ingest/index.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../../helpers/seeds.js';

describe.skipIf(!HAVE_SEEDS)('seed facts', () => {
  it('agree that the talks took place in Doha and on the special envoy’s role', async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    const facts = analyze({ articles }).claims.filter((c) => c.kind === 'fact');
    const doha = facts.find((c) => c.fact?.predicate === 'meeting:place' && c.values[0]?.value === 'Doha');
    expect(doha?.status).toBe('agreed');
    expect(doha!.values[0]!.articles.length).toBeGreaterThanOrEqual(2);
    const envoy = facts.find((c) => c.fact?.predicate === 'role' && /special envoy/i.test(c.values[0]?.value ?? ''));
    expect(envoy?.status).toBe('agreed');
    expect(envoy?.subject).toMatch(/Boehler/);
  });

  it('agree that the special envoy led the talks', async () => {
    const { articles } = await ingestPaths([SEEDS_DIR]);
    const facts = analyze({ articles }).claims.filter((c) => c.kind === 'fact');
    const led = facts.find((c) => c.fact?.predicate === 'leadership:led by' && /Boehler/.test(c.values[0]?.value ?? ''));
    expect(led?.status).toBe('agreed');
    expect(led!.values[0]!.articles.length).toBeGreaterThanOrEqual(3);
  });
});
