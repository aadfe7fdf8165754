/**
 * Command-line options read against the command's table (command-specs.ts). Misuse is one line
 * of our own, never Node's parser text: an unknown option names the closest valid one, an
 * option missing its value or given one it does not take says so, and a file name whose
 * extension no output format has names the formats.
 */
import { extname } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from '../errors.js';
import { COMMAND_SPECS, type CommandName } from './command-specs.js';

/** Levenshtein distance with adjacent transpositions counted as one edit ("fromat" → "format"). */
export function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = d[i]!;
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      row[j] = Math.min(d[i - 1]![j]! + 1, row[j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) row[j] = Math.min(row[j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

/**
 * The candidate nearest to `word`, when near enough to be a likely typo: at most a third of
 * the word's length in edits (at least 1, at most 3); ties go to the candidate listed first.
 */
export function closest(word: string, candidates: readonly string[]): string | undefined {
  const limit = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: { name: string; distance: number } | undefined;
  for (const name of candidates) {
    const distance = editDistance(word.toLowerCase(), name);
    if (distance <= limit && (best === undefined || distance < best.distance)) best = { name, distance };
  }
  return best?.name;
}

/** `--name` or `-n` as the user would type it. */
const dashed = (name: string) => (name.length === 1 ? `-${name}` : `--${name}`);

/** Throw a one-line usage error for the first option or argument `command` does not take. */
function checkTokens(command: CommandName, args: string[]): void {
  const spec = COMMAND_SPECS[command];
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = { ...spec.options, help: { type: 'boolean', short: 'h' } };
  const { tokens } = parseArgs({ args, options, allowPositionals: true, strict: false, tokens: true });
  const long = Object.keys(options);
  const help = `see crosscheck ${command} --help`;
  for (const t of tokens) {
    if (t.kind === 'positional' && !spec.positionals) throw new UsageError(`${command} takes no arguments, only options; got "${t.value}" (${help})`);
    if (t.kind !== 'option') continue;
    const known = options[t.name];
    if (!known) {
      const typed = t.rawName.replace(/^-+/, '');
      // --watch for --no-watch (and back) is a likely slip whatever the edit distance
      const near = long.find((n) => n === `no-${typed}` || `no-${n}` === typed) ?? closest(typed, long);
      const hint = near ? `did you mean --${near}?` : `its options are ${long.map(dashed).join(' ')}`;
      throw new UsageError(`unknown option ${t.rawName} for crosscheck ${command}; ${hint} (${help})`);
    }
    const name = `--${t.name}`;
    if (known.type === 'boolean' && t.value !== undefined) throw new UsageError(`${name} takes no value, got "${t.value}" (${help})`);
    if (known.type === 'string' && (t.value === undefined || (!t.inlineValue && t.value.startsWith('-') && t.value.length > 1))) {
      const arg = 'arg' in known ? `: ${String(known.arg)}` : '';
      throw new UsageError(`${name} needs a value${arg}${t.value === undefined ? '' : `, got the option ${t.value}`} (${help})`);
    }
  }
}

/** parseArgs over the command's options, after checking them with messages of our own. */
export function parseCommand<C extends CommandName>(command: C, args: string[]) {
  checkTokens(command, args);
  const spec = COMMAND_SPECS[command];
  return parseArgs({ args, options: spec.options as (typeof COMMAND_SPECS)[C]['options'], allowPositionals: true, strict: true });
}

/**
 * The output format: `--format` when given, else the one `--out`'s extension names, else
 * `fallback`. Misuse: an extension no format has (report.pdf would get JSON unawares), or one
 * that names a different format than `--format`.
 */
export function outputFormat<F extends string>(format: string | undefined, out: string | undefined, byExtension: Readonly<Record<string, F>>, fallback: F): string {
  const ext = out === undefined ? undefined : extname(out).slice(1).toLowerCase() || undefined;
  const fromExt = ext !== undefined && Object.hasOwn(byExtension, ext) ? byExtension[ext] : undefined;
  const names = [...new Set(Object.values(byExtension))].join(', ');
  if (format === undefined) {
    if (ext !== undefined && fromExt === undefined) throw new UsageError(`cannot tell the format from --out ${out}: .${ext} is none of ${names}; name the file ${Object.keys(byExtension).map((e) => `.${e}`).join(', ')} or give --format`);
    return fromExt ?? fallback;
  }
  if (fromExt !== undefined && fromExt !== format) throw new UsageError(`--format ${format} but --out ${out} names ${fromExt}; give one or make them agree`);
  return format;
}
