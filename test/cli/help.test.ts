import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';

async function run(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let out = '';
  let err = '';
  stdout.on('data', (d: Buffer) => (out += d.toString()));
  stderr.on('data', (d: Buffer) => (err += d.toString()));
  const code = await main(args, { stdout, stderr, stdin: new PassThrough(), env: {} });
  return { code, out, err };
}

describe('every command answers -h / --help with its own usage text and exit 0', () => {
  const commands = ['analyze', 'serve', 'ingest', 'stories', 'story', 'search', 'export', 'worker'];
  for (const cmd of commands) {
    for (const flag of ['--help', '-h']) {
      it(`${cmd} ${flag}`, async () => {
        const r = await run([cmd, '--db', '/nonexistent/dir/x.db', flag]);
        expect(r.code).toBe(0);
        expect(r.err).toBe('');
        expect(r.out).toContain('Usage:');
        expect(r.out.startsWith(`crosscheck ${cmd} — `), r.out).toBe(true);
        expect(r.out).not.toContain('Corpus mode'); // the global help's
      });
    }
  }
  it('a --help after -- is a positional, not a help request', async () => {
    const r = await run(['search', '--db', '/nonexistent/dir/x.db', '--', '--help']);
    expect(r.code).toBe(2);
    expect(r.out).not.toContain('Usage:');
  });
  it('an unknown command with --help is still an unknown command', async () => {
    const r = await run(['frobnicate', '--help']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command');
  });
});
