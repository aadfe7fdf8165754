import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { interrupt, servingUrl } from './spawned-serve.js';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/src/server/index.js', import.meta.url)));
if (!BUILT) console.warn('dist/ not built (npm run build); serve CLI test skipped');

describe.skipIf(!BUILT)('crosscheck serve (spawned CLI)', () => {
  it('prints the URL on port 0, serves the page, stops cleanly on SIGINT with exit 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crosscheck-cli-serve-'));
    writeFileSync(join(dir, 'a.txt'), 'Floodwater reached the town square on Friday, the mayor said.\n');
    const child = spawn(process.execPath, [BIN, 'serve', dir, '--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await servingUrl(child);
      const res = await fetch(url);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
      const code = await interrupt(child);
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
      rmSync(dir, { recursive: true, force: true });
    }
  });
  it('refuses a bad port as misuse (exit 2)', async () => {
    const child = spawn(process.execPath, [BIN, 'serve', '.', '--port', 'abc'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toContain('--port expects');
  });
});
