/**
 * `crosscheck serve` with no inputs, spawned as a user runs it: the start page at the printed
 * address, a pasted loopback link read with --allow-private-network and kept in the --cache
 * folder; start-page options with files, --db or a non-loopback --host are misuse (exit 2).
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { interrupt, servingUrl } from './spawned-serve.js';
import { FERRY_A, html, pageHtml, startPages } from '../ingest/urls/pages.js';
import type { InputsReply } from '../../src/report/client-start/types.js';

const BIN = fileURLToPath(new URL('../../bin/crosscheck.js', import.meta.url));
const BUILT = existsSync(fileURLToPath(new URL('../../dist/src/server/start/start-page.js', import.meta.url)));
if (!BUILT) console.warn('dist/ not built (npm run build); serve start-page CLI test skipped');

const run = (args: string[]) => spawn(process.execPath, [BIN, 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });

describe.skipIf(!BUILT)('crosscheck serve with no inputs (spawned CLI)', () => {
  const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-start-cli-'));
  let pages: Awaited<ReturnType<typeof startPages>>;
  beforeAll(async () => {
    pages = await startPages({ '/a.html': html(pageHtml(FERRY_A)) });
  });
  afterAll(async () => {
    await pages.stop();
    rmSync(tmp, { recursive: true, force: true });
  });

  it('serves the start page, reads a pasted loopback link into the page cache, stops on SIGINT with exit 0', async () => {
    const cache = join(tmp, 'pages');
    const child = run(['--port', '0', '--quiet', '--allow-private-network', '--cache', cache]);
    try {
      const url = await servingUrl(child);
      expect(await (await fetch(url)).text()).toContain('<script src="/start.js" defer></script>');
      expect((await fetch(`${url}api/inputs/links`, { method: 'POST', body: `${pages.base}/a.html` })).status).toBe(202);
      let reply: InputsReply | null = null;
      for (let i = 0; i < 200 && reply?.articles !== 1; i++) {
        await new Promise((ok) => setTimeout(ok, 50));
        reply = (await (await fetch(`${url}api/inputs`)).json()) as InputsReply;
      }
      expect(reply?.inputs[0]).toMatchObject({ status: 'ready', articles: [{ title: FERRY_A.title }] });
      expect(readdirSync(cache).length).toBeGreaterThan(0);
      const code = await interrupt(child);
      expect(code).toBe(0);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
  it.each([
    [['--host', '0.0.0.0', '--port', '0'], /start page .* listens on loopback only; --host 0\.0\.0\.0 is refused/],
    [['.', '--allow-private-network', '--port', '0'], /--allow-private-network applies to the start page/],
    [['--db', 'x.db', '--no-cache'], /--no-cache applies to the start page/],
    [['--cache', 'c', '--no-cache', '--port', '0'], /--cache and --no-cache contradict/],
  ])('%j is misuse (exit 2, one line)', async (args, message) => {
    const child = run(args);
    let err = '';
    child.stderr.on('data', (c: Buffer) => (err += c.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(2);
    expect(err).toMatch(message);
    expect(err.trim().split('\n')).toHaveLength(1);
  });
});
