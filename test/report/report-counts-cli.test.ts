/**
 * The same counts everywhere, through the real CLI: the report's Conflicts section, `stories` (table
 * and JSON) and `story` all say how many facts are disputed and how many figures were updated; and
 * the report header gives publication dates only, saying how many articles have none. Stories: the
 * harbour-bridge example (3 conflicts, 2 updates) and a depot strike written for this test (its
 * two articles both dated, or one dated and one not).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from '../cli/corpus-cli-run.js';

const DATED = '---\ntitle: Varnhold depot strike ends after six weeks\noutlet: Varn Post\ndate: 2024-11-02\n---\n\nThe 42-day strike at the Varnhold bus depot ended on Friday, the union said. Ines Kask, a 29-year-old mechanic, led the walkout at the Varnhold depot.\n';
const BODY = 'The strike at the Varnhold bus depot ended on Friday after 42 days. Ines Kask, 31, who led the walkout at the Varnhold depot, said she was relieved.\n';
/** Both articles dated (for the store, which clusters by date). */
const STRIKE = { 'a.md': DATED, 'b.md': `---\ntitle: Varnhold depot strike over\noutlet: Harbour Daily\ndate: 2024-11-04\n---\n\n${BODY}` };
/** One article dated, one not. */
const MIXED = { 'a.md': DATED, 'b.txt': `Varnhold depot strike over\n\n${BODY}` };

let dir = '';
beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-counts-'));
  for (const [name, files] of [['strike', STRIKE], ['mixed', MIXED]] as const) {
    mkdirSync(join(dir, name));
    for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, name, f), text);
  }
}, 120_000);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const ok = (args: readonly string[]) => {
  const r = cli(args);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

describe('conflict counts agree between the stories list and the story report', () => {
  it.each([
    ['examples/harbour-bridge', 3, 2, '3 conflicts, 2 updates'],
    ['strike', 1, 0, '1 conflict, 0 updates'],
  ] as [string, number, number, string][])('%s: %i conflicts, %i updates in stories (table, JSON), story md and html', (input, conflicts, updates, words) => {
    const db = join(dir, `${input.replace(/\W/g, '-')}.db`);
    ok(['ingest', input === 'strike' ? join(dir, 'strike') : input, '--db', db]);
    const table = ok(['stories', '--db', db]).trimEnd().split('\n');
    expect(table[0]).toMatch(/^id\s+dates\s+articles\s+conflicts\s+updates\s+outlets\s+title$/);
    expect(table[1]).toMatch(new RegExp(`^1\\s+\\S+\\s+\\d+\\s+${conflicts}\\s+${updates}\\s`));
    const json = JSON.parse(ok(['stories', '--db', db, '--format', 'json'])) as { conflicts: number; updates: number }[];
    expect(json.map((s) => [s.conflicts, s.updates])).toEqual([[conflicts, updates]]);
    expect(ok(['story', '1', '--db', db, '--format', 'md'])).toContain(`\n## Conflicts\n\n${words}.\n`);
    expect(ok(['story', '1', '--db', db, '--format', 'html'])).toContain(`"conflictCounts":"${words}"`);
  });
});

describe('report header: publication dates, and how many articles are undated', () => {
  it('one of two articles dated: its date, and "1 of 2 articles undated"', () => {
    const md = ok(['analyze', join(dir, 'mixed'), '--format', 'md', '--quiet']);
    expect(md).toContain('2 articles from 2 outlets (2 independent), published 2024-11-02; 1 of 2 articles undated.');
  });
  it('all dated: the range, nothing said about undated articles', () => {
    const md = ok(['analyze', 'examples/harbour-bridge', '--format', 'md', '--quiet']);
    expect(md).toContain('5 articles from 5 outlets (4 independent), published 2025-09-17.\n');
    expect(md).not.toContain('undated.');
  });
});
