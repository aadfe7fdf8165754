/**
 * Ctrl-C during `crosscheck ingest`: the real CLI gets SIGINT while it writes a SQLite store; it
 * must stop after the article in progress, commit what it stored, say so in one line, exit 130,
 * and leave a consistent store that the same ingest completes without duplicates.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { generateRecords, toJsonl } from '../corpus/generate-articles.js';
import { committedArticles, sqliteIntegrityProblems } from '../corpus/store-integrity.js';

const REPO = fileURLToPath(new URL('../../', import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'crosscheck-interrupt-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const N = 1500;


/** Run `ingest`; send SIGINT once `interruptAt` articles are committed (never, when null). */
function ingest(db: string, input: string, interruptAt: number | null): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['bin/crosscheck.js', 'ingest', input, '--db', db, '--no-analyse'], { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    let sent = false;
    const timer = interruptAt === null ? null : setInterval(() => {
      if (!sent && committedArticles(db) >= interruptAt) {
        sent = true;
        child.kill('SIGINT');
      }
    }, 5);
    child.on('close', (code) => {
      if (timer) clearInterval(timer);
      resolve({ code, stderr });
    });
  });
}

describe('ingest interrupted with Ctrl-C', () => {
  it('stops, commits, exits 130 with one line, and a re-run completes the store', { timeout: 180_000 }, async () => {
    const input = join(dir, 'stream.jsonl');
    writeFileSync(input, toJsonl(generateRecords(N)));
    const db = join(dir, 'store.db');
    const first = await ingest(db, input, 100);
    expect(first.code).toBe(130);
    expect(first.stderr).toMatch(/interrupted after \d+ article\(s\) \(\d+ added\); run the same ingest again to continue/);
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    const stored = committedArticles(db);
    const added = Number(/\((\d+) added\)/.exec(first.stderr)?.[1]);
    // Everything the CLI reports as added was committed on the way out (the open group included).
    expect(stored).toBe(added);
    expect(stored).toBeGreaterThanOrEqual(100);
    expect(stored).toBeLessThan(N);
    expect(sqliteIntegrityProblems(db)).toEqual([]);
    const second = await ingest(db, input, null);
    expect(second.code).toBe(0);
    expect(committedArticles(db)).toBe(N);
    expect(sqliteIntegrityProblems(db)).toEqual([]);
  });
});
