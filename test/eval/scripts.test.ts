/**
 * npm run eval and npm run bench, run for real (STYLE §12): spawned with node on the built library,
 * checked for exit code, output shape, coverage of every fixture, and a deterministic bench corpus.
 */
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BUILT = existsSync(`${REPO}dist/src/index.js`);
type Run = SpawnSyncReturns<string>;
const run = (script: string, args: string[]): Run => spawnSync(process.execPath, [`scripts/${script}`, ...args], { cwd: REPO, encoding: 'utf8', timeout: 240_000 });

interface Metric { tp: number; fp: number; fn: number; precision: number | null; recall: number | null }
interface EvalOut { notes: string[]; golden: { cases: string[]; metrics: Record<string, Metric> }; stories: { cases: string[]; metrics: Record<string, Metric> } }

const golden = readdirSync(`${REPO}test/fixtures/golden`, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();
const requiredQuotes = golden.reduce((n, slug) => {
  const e = JSON.parse(readFileSync(`${REPO}test/fixtures/golden/${slug}/expected.json`, 'utf8')) as { quotes: { optional?: boolean }[] };
  return n + e.quotes.filter((q) => !q.optional).length;
}, 0);

describe.skipIf(!BUILT)('npm run eval (scripts/eval.js)', () => {
  let r: Run;
  beforeAll(() => {
    r = run('eval.js', ['--json', '--only', 'golden']);
  }, 240_000);
  it('exits 0 and prints JSON', () => {
    expect(r.status, r.stderr).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });
  it('scores every golden case and every expected quote', () => {
    const out = JSON.parse(r.stdout) as EvalOut;
    expect(out.golden.cases).toEqual(golden);
    const q = out.golden.metrics['quotes'];
    expect(q && q.tp + q.fn).toBe(requiredQuotes);
    for (const [k, m] of Object.entries(out.golden.metrics)) {
      for (const v of [m.precision, m.recall]) {
        if (v === null) continue;
        expect(v, k).toBeGreaterThanOrEqual(0);
        expect(v, k).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe.skipIf(!BUILT)('npm run bench (scripts/bench.js)', () => {
  const args = ['--json', '--articles', '6', '--scaling', '2,4', '--seed', '3'];
  let a: Run;
  let b: Run;
  beforeAll(() => {
    a = run('bench.js', args);
    b = run('bench.js', args);
  }, 240_000);
  it('exits 0 with every stage timed', () => {
    expect(a.status, a.stderr).toBe(0);
    const out = JSON.parse(a.stdout) as { stages: { stage: string }[]; compareScaling: { articles: number }[]; peakRssMiB: number };
    const stages = out.stages.map((s) => s.stage.trim());
    for (const want of ['ingest', 'extract (extractArticle, incl. nlp)', 'compare (per story)', 'reference: wink readDoc+pos']) expect(stages).toContain(want);
    expect(out.compareScaling.map((s) => s.articles)).toEqual([2, 4]);
    expect(out.peakRssMiB).toBeGreaterThan(0);
  });
  it('builds the same corpus from the same seed', () => {
    const sha = (s: string) => (JSON.parse(s) as { corpus: { sha256: string } }).corpus.sha256;
    expect(sha(a.stdout)).toBe(sha(b.stdout));
  });
});
