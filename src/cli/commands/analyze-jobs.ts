/**
 * `analyze --jobs`: how many threads extract the articles. Worker threads pay for loading the
 * language pipeline (about 0.7 s of CPU each), so they are used only for inputs large enough
 * to gain from them, and started early — before the main thread loads the pipeline and reads
 * the files — when the inputs named already hold that many articles.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { UsageError } from '../../errors.js';

/** Fewer articles than this are extracted in the main thread whatever --jobs says. */
export const MIN_PARALLEL_ARTICLES = 32;

/** Assumed bytes per record of a JSONL file, to guess how many articles it holds. */
const JSONL_RECORD_BYTES = 4096;

/**
 * The --jobs value (a whole number ≥ 1); 1 when it is not given. One thread is the default because
 * a worker pays for loading the pipeline and warming up again (about 1.3 s of CPU for 300 articles):
 * on the shared 2-core machine two threads measured slower than one (docs/performance.md).
 */
export function parseJobs(value: string | undefined): number {
  if (value === undefined) return 1;
  if (!/^\d+$/.test(value.trim()) || Number(value) < 1) throw new UsageError(`--jobs expects a whole number of threads ≥ 1, got "${value}"`);
  return Number(value);
}

/** Files under `dir`, counted until `limit` is reached. */
function countFiles(dir: string, limit: number): number {
  let n = 0;
  const stack = [dir];
  while (stack.length && n < limit) {
    let entries;
    try {
      entries = readdirSync(stack.pop()!, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      if (e.isDirectory()) stack.push(join(e.parentPath, e.name));
      else if (e.isFile()) n++;
    }
  }
  return n;
}

/** Whether the inputs named hold at least `n` articles, judged without reading them (stdin counts as none). */
export function inputsHoldAtLeast(paths: readonly string[], links: readonly string[], n: number): boolean {
  let count = links.length;
  for (const p of paths) {
    if (count >= n) break;
    if (p === '-') continue;
    try {
      const st = statSync(p);
      if (st.isDirectory()) count += countFiles(p, n - count);
      else count += /\.jsonl$/i.test(p) ? Math.max(1, Math.floor(st.size / JSONL_RECORD_BYTES)) : 1;
    } catch {
      // a missing input is reported by ingestion
    }
  }
  return count >= n;
}
