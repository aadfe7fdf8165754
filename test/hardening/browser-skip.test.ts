/**
 * A machine without Chromium runs `npm test` to the end: every browser test file skips with one
 * line saying how to install it, and the run passes. CI installs Chromium (.ci/run), so this
 * runs the browser folder once more in a child vitest with CROSSCHECK_CHROMIUM pointing nowhere.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const BROWSER_FILES = readdirSync(join(REPO, 'test/e2e')).filter((f) => f.endsWith('.test.ts'));
const SKIP = 'browser tests skipped: no Chromium at /nonexistent/chromium; install it with `apt-get install -y chromium` or set CROSSCHECK_CHROMIUM to its path';

/** The environment without this run's own VITEST* variables, so the child is a run of its own. */
function childEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('VITEST')));
  return { ...env, NO_COLOR: '1', ...extra };
}

describe('browser tests on a machine without Chromium', () => {
  it('every browser test file is skipped with the install line, and the run passes', () => {
    const r = spawnSync(process.execPath, [join(REPO, 'node_modules/vitest/vitest.mjs'), 'run', 'test/e2e'], {
      cwd: REPO,
      encoding: 'utf8',
      env: childEnv({ CROSSCHECK_CHROMIUM: '/nonexistent/chromium' }),
      timeout: 120_000,
    });
    const out = `${r.stdout}\n${r.stderr}`;
    expect(r.status, out).toBe(0);
    expect(BROWSER_FILES.length).toBeGreaterThanOrEqual(3);
    // one skip line per browser test file, each file reported as skipped
    expect(out.split(SKIP).length - 1, out).toBe(BROWSER_FILES.length);
    expect(out).toMatch(new RegExp(`Test Files\\s+${BROWSER_FILES.length} skipped \\(${BROWSER_FILES.length}\\)`));
    // must not: a file failed for declaring no suite, or any test run or failed
    expect(out).not.toContain('No test suite found');
    expect(out).not.toMatch(/\d+ (failed|passed)/);
  }, 150_000);
});
