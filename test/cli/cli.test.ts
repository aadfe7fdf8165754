/**
 * The CLI as a user runs it: spawn `node bin/crosscheck.js`, read stdout, stderr and the exit code.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const FIX = 'test/fixtures/ingest/';
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-cli-'));

function cli(args: readonly string[], input?: string) {
  const r = spawnSync(process.execPath, ['bin/crosscheck.js', ...args], { cwd: REPO, input: input ?? '', encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  // `npm test` builds first; when run alone, build once so the CLI under test is current.
  if (!existsSync(join(REPO, 'dist/src/cli/main.js'))) {
    const b = spawnSync('npm', ['run', 'build'], { cwd: REPO, encoding: 'utf8' });
    if (b.status !== 0) throw new Error(`build failed:\n${b.stdout}\n${b.stderr}`);
  }
}, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('crosscheck analyze: ingestion behaviour', () => {
  it('reads files of every format and writes JSON with the articles', () => {
    const r = cli(['analyze', FIX + 'transfer.html', FIX + 'flood-front-matter.md', FIX + 'single.json', '--format', 'json', '-q']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { id: string; outlet: string | null }[] };
    expect(out.articles.map((a) => [a.id, a.outlet])).toEqual([['courier-transfer', 'BBC'], ['flood-front-matter', 'Valley Courier'], ['transfer', 'Northern Football Post']]);
    expect(r.stderr).toBe('');
  });

  it('a missing path: one line on stderr, exit 2, no stack trace', () => {
    const r = cli(['analyze', 'no/such/path.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file or directory: no\/such\/path\.txt/);
    expect(r.stderr).not.toMatch(/\bat \w+ \(/);
    expect(r.stdout).toBe('');
  });

  it.each([['--no-such-flag'], ['--max-bytes', 'lots'], ['--max-bytes', '0']])('bad option %s → exit 2', (...flag) => {
    const r = cli(['analyze', FIX + 'bom.txt', ...flag]);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('bad content is reported with its source and line, exit 0; --strict exits 1', () => {
    const args = ['analyze', FIX + 'records.jsonl', FIX + 'binary.txt', FIX + 'empty.txt', FIX + 'sign-off.txt'];
    const r = cli(args);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/4 article\(s\), skipped 2 input\(s\) and 3 record\(s\)/);
    expect(r.stderr).toContain('test/fixtures/ingest/records.jsonl:2 [bad-jsonl-line]');
    expect(r.stderr).toContain('test/fixtures/ingest/binary.txt [binary-file]');
    expect(r.stderr).toContain('test/fixtures/ingest/empty.txt [empty-file]');
    expect(cli([...args, '--strict']).code).toBe(1);
  });

  it('--max-bytes 1k refuses a larger file and names the limit', () => {
    const r = cli(['analyze', FIX + 'transfer.html', FIX + 'bom.txt', '--max-bytes', '1k']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/transfer\.html \[too-large\] file is 1\.8 KiB, over the --max-bytes limit of 1 KiB \(1024 bytes\)/);
    expect((JSON.parse(r.stdout) as { articles: unknown[] }).articles).toHaveLength(1);
  });

  it('a 50 MB file with default options is refused cleanly by size (exit 0; --strict exit 1)', () => {
    const big = join(tmp, 'huge.txt');
    const fd = openSync(big, 'w');
    const chunk = Buffer.alloc(1024 * 1024, 'The river rose. ');
    for (let i = 0; i < 50; i++) writeSync(fd, chunk);
    closeSync(fd);
    const t0 = performance.now();
    const r = cli(['analyze', big, FIX + 'sign-off.txt']);
    const ms = performance.now() - t0;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toMatch(/huge\.txt \[too-large\] file is 50 MiB, over the --max-bytes limit of 16 MiB/);
    expect((JSON.parse(r.stdout) as { articles: { id: string }[] }).articles.map((a) => a.id)).toEqual(['sign-off']);
    expect(ms).toBeLessThan(20_000);
    expect(cli(['analyze', big, '--strict', '-q']).code).toBe(1);
  });

  it('"-" reads JSONL from stdin with -:line sources', () => {
    const input = '{"id":"s1","text":"Rovers won 2-1 on Saturday, the club said.","outlet":"Northern Football Post"}\nnot json\n';
    const r = cli(['analyze', '-', '--format', 'json'], input);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { id: string; source: string }[] };
    expect(out.articles).toEqual([expect.objectContaining({ id: 's1', source: '-:1' })]);
    expect(r.stderr).toContain('-:2 [bad-jsonl-line]');
  });

  it('a folder: README and dotfiles are skipped without warnings; output is deterministic', () => {
    const a = cli(['analyze', FIX + 'folder', '-q']);
    const b = cli(['analyze', FIX + 'folder', '-q']);
    expect(a.code).toBe(0);
    expect(a.stdout).toBe(b.stdout);
    expect((JSON.parse(a.stdout) as { articles: { id: string }[] }).articles.map((x) => x.id)).toEqual(['a-transfer', 'b-flood']);
    expect((JSON.parse(a.stdout) as { skipped: unknown }).skipped).toEqual({ inputs: 0, records: 0 });
  });
});

describe.skipIf(!HAVE_SEEDS)('crosscheck analyze on the seed corpus', () => {
  it('gives exactly five articles; README.md is neither an article nor a skipped input', () => {
    const r = cli(['analyze', SEEDS_DIR, '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout) as { articles: { id: string; published: string | null }[]; skipped: unknown };
    expect(out.skipped).toEqual({ inputs: 0, records: 0 });
    expect(out.articles).toHaveLength(5);
    expect(out.articles.some((a) => /readme/i.test(a.id))).toBe(false);
    expect(out.articles.find((a) => a.id.startsWith('002'))?.published).toBe('2025-03-05');
  });
});
