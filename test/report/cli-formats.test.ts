import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

/** Run the CLI in-process and collect stdout/stderr. */
async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (c: Buffer) => (out += c.toString()));
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, out, err };
}

describe('analyze --format md|html', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'crosscheck-formats-'));
    writeFileSync(join(dir, 'vote-a.txt'), 'Count ends in Westmoor\n\nThe count in Westmoor finished on Sunday with turnout at 58 per cent, the electoral office said.\n');
    writeFileSync(join(dir, 'vote-b.txt'), 'Westmoor result declared\n\nTurnout in Westmoor reached 61 per cent, according to the returning officer.\n');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('--out report.html picks HTML from the extension and writes one self-contained file', async () => {
    const out = join(dir, 'report.html');
    const r = await run(['analyze', join(dir, 'vote-a.txt'), join(dir, 'vote-b.txt'), '--out', out, '--quiet']);
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(html).toContain('<script type="application/json" id="cc-data">');
  });
  it('--format md writes Markdown to stdout', async () => {
    const r = await run(['analyze', join(dir, 'vote-a.txt'), join(dir, 'vote-b.txt'), '--format', 'md', '--quiet']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^# /);
    expect(r.out).toContain('2 articles from 2 outlets');
    expect(r.out).toContain('\n## Conflicts\n');
  });
  it('an unknown format is misuse and names the accepted ones', async () => {
    const r = await run(['analyze', join(dir, 'vote-a.txt'), '--format', 'pdf']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('json, md, html');
  });
});
