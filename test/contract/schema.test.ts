import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { schemaJson } from '../../src/contract/schema-json.js';
import { analyze, ingestPaths, renderJson } from '../../src/index.js';
import { schemaErrors, spanErrors } from '../helpers/validate.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';

describe('the published JSON Schema', () => {
  it('is exactly what the code generates (run `npm run schema` after changing src/contract)', () => {
    const committed = readFileSync(new URL('../../schema/analysis.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(schemaJson());
  });

  it('rejects an analysis that breaks the contract', () => {
    expect(schemaErrors({ schemaVersion: 2 })).not.toEqual([]);
  });
});

describe.skipIf(!HAVE_SEEDS)('analysis output on the seeds', () => {
  it('validates against the schema, keeps spans inside texts, and is byte-identical across runs', async () => {
    const run = async () => {
      const ing = await ingestPaths([SEEDS_DIR]);
      return analyze(ing);
    };
    const a = await run();
    expect(schemaErrors(a)).toEqual([]);
    expect(spanErrors(a)).toEqual([]);
    expect(renderJson(await run())).toBe(renderJson(a));
  });
});
