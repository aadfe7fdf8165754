/**
 * Values in the rendered reports, through the real CLI: each value once, as written, its unit and
 * qualifier not repeated; an age only for a person the phrase is about. Stories written for this
 * test (a depot strike, a pier repair); the harbour-bridge example and the seed articles are read
 * where they are.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ensureBuilt } from '../cli/corpus-cli-run.js';
import { HAVE_SEEDS, SEEDS_DIR } from '../helpers/seeds.js';

const STRIKE = {
  'a.txt': 'Depot strike ends after six weeks\n\nThe 42-day strike at the Varnhold bus depot ended on Friday, the union said. Approximately 2,000 drivers took part in the walkout. Ines Kask, a 29-year-old mechanic, led it from the start.\n',
  'b.txt': 'Varnhold strike over\n\nThe strike at the Varnhold depot ended on Friday after 42 days. About 2,000 drivers joined it. Ines Kask, 31, who led the walkout, said she was relieved.\n',
};
const PIER = {
  'a.txt': 'Pier to close for repairs\n\nMayor Ilka Brandt toured the quay on Monday. The 57-year-old pier will close for no more than six months while its deck is rebuilt, the council said.\n',
  'b.txt': 'Quay pier shuts\n\nThe pier will shut for up to six months, the council said on Monday. Mayor Ilka Brandt, 48, said the deck could not wait another winter.\n',
};

/** Doubled units and qualifiers as the reports used to show them. */
const DOUBLED = [/year-old years/, /-day days/, /\b(about|up to|more than|at least|nearly) (approximately|about|no more than|up to|some|around)\b/i];

let dir: string;
/** The story's articles as files in their own folder (outlets a, b from the file names). */
const story = (name: string, files: Readonly<Record<string, string>>): string[] => {
  const d = join(dir, name);
  mkdirSync(d, { recursive: true });
  for (const [f, text] of Object.entries(files)) writeFileSync(join(d, f), text);
  return [d];
};
const analyze = (inputs: readonly string[], format: 'md' | 'html') => {
  const r = cli(['analyze', ...inputs, '--format', format, '--quiet']);
  expect(r.code, r.stderr).toBe(0);
  return r.stdout;
};

beforeAll(() => {
  ensureBuilt();
  dir = mkdtempSync(join(tmpdir(), 'crosscheck-values-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('report values through the CLI', () => {
  it('strike story, Markdown: units and qualifiers once, as written', () => {
    const md = analyze(story('strike', STRIKE), 'md');
    expect(md).toContain('| strike duration | 42-day | 1 | a |');
    expect(md).toContain('| 29-year-old | a | 1 | — |');
    expect(md).toContain('| 31 years | b | 1 | — |');
    expect(md).toContain('| drivers | Approximately 2,000 drivers | 2 | a, b |');
    for (const bad of DOUBLED) expect(md).not.toMatch(bad);
  });
  it('strike story, HTML: the value labels the page draws are the same', () => {
    const html = analyze(story('strike', STRIKE), 'html');
    expect(html).toContain('"label":"42-day"');
    expect(html).toContain('"label":"29-year-old"');
    for (const bad of DOUBLED) expect(html).not.toMatch(bad);
  });
  it('pier story: the pier has no age; the mayor written "Brandt, 48," has one', () => {
    const md = analyze(story('pier', PIER), 'md');
    const claims = md.slice(0, md.indexOf('\n## Summary'));
    expect(claims).not.toMatch(/57/);
    expect(claims.match(/age of/g)).toHaveLength(1);
    expect(md).toContain('| age of Ilka Brandt | 48 years | 1 | b |');
    expect(md).toContain('| closed duration | no more than six months | 2 | a, b |');
    for (const bad of DOUBLED) expect(md).not.toMatch(bad);
  });
  it('harbour-bridge example: "the 57-year-old bridge" is nobody\'s age; the taxi driver\'s and the engineer\'s ages stay', () => {
    const md = analyze(['examples/harbour-bridge'], 'md');
    expect(md).not.toContain('age of Helena Voss');
    expect(md).toContain('| age of Jonah Pereira | 37-year-old |');
    expect(md).toContain('### age of Marcus Okafor (Marcus Okafor) — disputed');
    for (const bad of DOUBLED) expect(md).not.toMatch(bad);
  });
  it.skipIf(!HAVE_SEEDS)('seed articles: the 21 vs 23 age conflict survives, shown as written', () => {
    const md = analyze([SEEDS_DIR], 'md');
    const conflict = md.slice(md.indexOf('### age of Edan Alexander'), md.indexOf('\n### ', md.indexOf('### age of Edan Alexander') + 4));
    expect(conflict).toContain('— disputed');
    expect(conflict).toMatch(/\| 21-year-old \| [^|]+ \| 1 \|/);
    expect(conflict).toMatch(/\| 23-year-old \| [^|]+ \| 1 \|/);
    expect(md).toContain('approximately 2,000 prisoners');
    expect(md).toMatch(/\| 42-day \|/);
    for (const bad of DOUBLED) expect(md).not.toMatch(bad);
  });
});
