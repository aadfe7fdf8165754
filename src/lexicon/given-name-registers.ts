/**
 * The given-name registers of a maintained data package (`gender-detection-from-name`, MIT:
 * English, French, Spanish, Italian, German and Turkish name registers, about 67,000 names),
 * read once, in one pass, for every lexicon that derives from them (first-names.ts,
 * given-name-genders.ts, gazetteer-packages.ts). Reading them is the largest part of loading
 * the lexicons, so it is done once and only when a lexicon first asks.
 *
 * The package's files are 2 MB of `new Map([...])` code, which takes about 0.1 s to compile and
 * run. The build (scripts/write-lexicon-tables.js) therefore writes what is read from them — the
 * two maps below, in the same order — to a table next to the compiled module, stamped with the
 * package's version; a table that is missing or from another version is ignored and the package
 * read as before (so the source tree, which has no table, reads the package).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The package's per-language files (each a `Map<lower-case name, gender>`). */
export const REGISTER_LANGUAGES = ['en', 'fr', 'es', 'it', 'de', 'tr'] as const;

/** The English register breaks gender ties: the tool reads English news. */
const ENGLISH_WEIGHT = 1.5;

export interface GivenNameRegisters {
  /** How many registers list each (lower-case) name. */
  readonly counts: ReadonlyMap<string, number>;
  /** Each name's gender vote: > 0 more registers say male, < 0 female (English weighs 1.5). Names no register genders are absent. */
  readonly genderVotes: ReadonlyMap<string, number>;
}

/** Where the build writes the table: beside this module. */
export const REGISTER_TABLE = new URL('./given-name-registers.table.json', import.meta.url);

const require = createRequire(import.meta.url);

/** The version of the package the registers are read from. */
export function registersVersion(): string {
  return (require('gender-detection-from-name/package.json') as { version: string }).version;
}

/** The registers' counts and gender votes, from the package's own files. */
export function readRegisters(): GivenNameRegisters {
  const counts = new Map<string, number>();
  const genderVotes = new Map<string, number>();
  for (const lang of REGISTER_LANGUAGES) {
    const names = require(`gender-detection-from-name/names/${lang}.js`) as ReadonlyMap<string, string>;
    const weight = lang === 'en' ? ENGLISH_WEIGHT : 1;
    for (const [name, g] of names) {
      counts.set(name, (counts.get(name) ?? 0) + 1);
      if (g === 'male' || g === 'female') genderVotes.set(name, (genderVotes.get(name) ?? 0) + (g === 'male' ? weight : -weight));
    }
  }
  return { counts, genderVotes };
}

/** The table's JSON: names joined by tabs (no name holds one), values in the same order. */
interface RegisterTable {
  readonly version: string;
  readonly countNames: string;
  readonly counts: string;
  readonly voteNames: string;
  readonly votes: readonly number[];
}

/** The registers as the table's JSON text, both maps in their order. */
export function encodeRegisters(r: GivenNameRegisters, version: string): string {
  const table: RegisterTable = {
    version,
    countNames: [...r.counts.keys()].join('\t'),
    counts: [...r.counts.values()].join(''),
    voteNames: [...r.genderVotes.keys()].join('\t'),
    votes: [...r.genderVotes.values()],
  };
  return JSON.stringify(table);
}

/** A map from tab-joined names to the value `valueAt` gives for each name's position. */
function decodeMap(names: string, valueAt: (k: number) => number): Map<string, number> {
  const out = new Map<string, number>();
  const list = names.split('\t');
  for (let k = 0; k < list.length; k++) out.set(list[k]!, valueAt(k));
  return out;
}

/** The registers from a table's JSON text, or null when it is not for `version`. */
export function decodeRegisters(text: string, version: string): GivenNameRegisters | null {
  const table = JSON.parse(text) as RegisterTable;
  if (table.version !== version) return null;
  let counts: Map<string, number> | undefined;
  let genderVotes: Map<string, number> | undefined;
  // each map is built when first read: the CLI's bundle holds the lexicons derived from the counts
  // (scripts/lib/frozen-modules.js), so a run there may only ever read the gender votes
  return {
    get counts() {
      return (counts ??= decodeMap(table.countNames, (k) => table.counts.charCodeAt(k) - 48));
    },
    get genderVotes() {
      return (genderVotes ??= decodeMap(table.voteNames, (k) => table.votes[k]!));
    },
  };
}

function readTable(): GivenNameRegisters | null {
  let text: string;
  try {
    text = readFileSync(REGISTER_TABLE, 'utf8');
  } catch {
    return null;
  }
  return decodeRegisters(text, registersVersion());
}

let registers: GivenNameRegisters | null = null;

/** The registers' counts and gender votes, read on first call (from the build's table when it has one). */
export function givenNameRegisters(): GivenNameRegisters {
  registers ??= readTable() ?? readRegisters();
  return registers;
}
