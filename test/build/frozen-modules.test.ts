/**
 * The CLI bundle holds some lexicon modules' exports as data computed at build time
 * (scripts/lib/frozen-modules.js). The frozen module must export the same strings in the same
 * order, and anything it cannot freeze must fail the build rather than change behaviour.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { frozenModuleSource } from '../../scripts/lib/frozen-modules.js';

const dir = mkdtempSync(join(tmpdir(), 'crosscheck-frozen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
/** Freeze `exports`, load the frozen source as a module and return its exports. */
async function roundTrip(exports: Record<string, unknown>): Promise<Record<string, unknown>> {
  const file = join(dir, `m${n++}.mjs`);
  writeFileSync(file, frozenModuleSource(exports, 'test'));
  return (await import(pathToFileURL(file).href)) as Record<string, unknown>;
}

describe('frozen lexicon modules', () => {
  const cases: [string, Record<string, unknown>][] = [
    ['given names, in insertion order (not sorted)', { NAMES: new Set(['Zofia', 'Amaka', 'Mary-Jane', "D'arcy", 'Søren']) }],
    ['place lists with spaces and punctuation', { CITIES: ['Port Louis', 'Washington', 'Dar es Salaam'], PROVINCES: ['Nova Scotia'] }],
    ['empty lists stay empty', { NONE: [], EMPTY: new Set() }],
    ['one empty string is kept', { BLANK: [''] }],
  ];
  it.each(cases)('%s', async (_label, exports) => {
    const back = await roundTrip(exports);
    expect(Object.keys(back).sort()).toEqual(Object.keys(exports).sort());
    for (const [name, value] of Object.entries(exports)) {
      expect(back[name] instanceof Set).toBe(value instanceof Set);
      expect([...(back[name] as Iterable<string>)]).toEqual([...(value as Iterable<string>)]);
    }
  });

  const refused: [string, Record<string, unknown>][] = [
    ['a function', { givenNameGender: () => null }],
    ['a map', { VOTES: new Map([['ann', -1]]) }],
    ['numbers in a list', { SIZES: [1, 2] }],
    ['a word holding a tab', { WORDS: ['New\tYork'] }],
  ];
  it.each(refused)('refuses %s (the build fails instead)', (_label, exports) => {
    expect(() => frozenModuleSource(exports, 'test')).toThrow(/frozen module/);
  });
});
