/**
 * `analyze --jobs N`: extraction on worker threads must not change a byte of the output.
 * The input is the project's own invented story fixtures, each copied a few times with its
 * figures varied, so that there are enough articles (≥ 32) for the threads to be used.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const STORIES = join(REPO, 'test/fixtures/stories');
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-jobs-'));
const COPIES = 3;

function cli(args: readonly string[]) {
  const r = spawnSync(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  if (!existsSync(join(REPO, 'dist/src/cli/main.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  }
  const dir = join(tmp, 'articles');
  mkdirSync(dir);
  for (const story of readdirSync(STORIES).sort()) {
    for (const f of readdirSync(join(STORIES, story)).filter((n) => n.endsWith('.txt')).sort()) {
      const text = readFileSync(join(STORIES, story, f), 'utf8');
      // each copy its own figures: 12 → 12 + k, so the copies are related but not identical
      for (let k = 0; k < COPIES; k++) writeFileSync(join(dir, `${story}-${k}-${f}`), text.replace(/\b(\d{2,3})\b/g, (m) => String(Number(m) + k)));
    }
  }
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('crosscheck analyze --jobs', () => {
  it('writes the same bytes with one thread and with two (json and md)', () => {
    const dir = join(tmp, 'articles');
    expect(readdirSync(dir).length).toBeGreaterThanOrEqual(32);
    for (const format of ['json', 'md']) {
      const one = cli(['analyze', dir, '--format', format, '-q', '--jobs', '1']);
      const two = cli(['analyze', dir, '--format', format, '-q', '--jobs', '2']);
      expect(one.code, one.stderr).toBe(0);
      expect(two.code, two.stderr).toBe(0);
      expect(one.stdout.length).toBeGreaterThan(1000);
      expect(two.stdout === one.stdout, `--jobs 2 output differs from --jobs 1 (${format})`).toBe(true);
    }
  }, 180_000);

  it('refuses a --jobs that is not a whole number of threads ≥ 1', () => {
    for (const bad of ['0', '-1', 'two', '1.5']) {
      const r = cli(['analyze', join(tmp, 'articles'), '--jobs', bad]);
      expect(r.code, bad).toBe(2);
      expect(r.stderr, bad).toMatch(/--jobs (expects a whole number|needs a value)/);
    }
  });
});
