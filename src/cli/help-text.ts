/**
 * The help texts, drawn from the command table: `crosscheck --help` lists the commands, and
 * `crosscheck <command> --help` (or `crosscheck help <command>`) prints that command's usage,
 * options with their defaults, and an example.
 */
import { VERSION } from '../version.js';
import { COMMAND_SPECS, type CommandName, type OptionSpec } from './command-specs.js';

const HELP_OPTION: OptionSpec = { type: 'boolean', short: 'h', help: 'show this help' };

/** The "(default: …)" note: the stated default, else the parser's default unless it is off/empty. */
function defaultNote(o: OptionSpec): string {
  const shown = o.shownDefault ?? (typeof o.default === 'string' && o.default !== '' ? o.default : undefined);
  return shown === undefined ? '' : ` (default: ${shown})`;
}

/** Option lines aligned in two columns: `-f, --format <json|md|html>   output format (default: json)`. */
function optionLines(options: Readonly<Record<string, OptionSpec>>): string[] {
  const rows = Object.entries({ ...options, help: HELP_OPTION }).map(([name, o]) => [
    `${o.short ? `-${o.short}, ` : '    '}--${name}${o.arg ? ` ${o.arg}` : ''}`,
    `${o.help}${defaultNote(o)}`,
  ]);
  const width = Math.max(...rows.map(([left]) => left!.length));
  return rows.map(([left, right]) => `  ${left!.padEnd(width)}  ${right}`);
}

/** `crosscheck <command> --help`. */
export function commandHelp(command: CommandName): string {
  const spec = COMMAND_SPECS[command];
  const notes = 'notes' in spec ? ['', ...spec.notes] : [];
  return [
    `crosscheck ${command} — ${spec.summary}`,
    '',
    'Usage:',
    ...spec.usage.map((u) => `  ${u}`),
    '',
    'Options:',
    ...optionLines(spec.options),
    '',
    'Example:',
    `  ${spec.example}`,
    ...notes,
    '',
  ].join('\n');
}

/** `crosscheck --help`: one line per command, and where each command's own help is. */
export function globalHelp(): string {
  const entries = Object.entries(COMMAND_SPECS) as [CommandName, (typeof COMMAND_SPECS)[CommandName]][];
  const width = Math.max(...entries.map(([name]) => name.length));
  const line = ([name, spec]: (typeof entries)[number]) => `  crosscheck ${name.padEnd(width)}  ${spec.summary}`;
  const corpus = new Set<CommandName>(['ingest', 'stories', 'story', 'search', 'export', 'worker']);
  return [
    `crosscheck ${VERSION} — lay every account of a news story side by side`,
    '',
    'Usage:',
    ...entries.filter(([name]) => !corpus.has(name)).map(line),
    '',
    'Corpus mode (a store of many stories; --db defaults to ./crosscheck.db, or postgres://…):',
    ...entries.filter(([name]) => corpus.has(name)).map(line),
    '',
    'Each command has its own options: crosscheck <command> --help, or crosscheck help <command>.',
    '',
    'Examples:',
    '  crosscheck analyze https://news.example/a https://other.example/b --format md --out report.md',
    '  crosscheck analyze articles/ --format md --out report.md',
    '  crosscheck serve articles/',
    '  crosscheck ingest feeds/ --db crosscheck.db && crosscheck stories --db crosscheck.db',
    '',
    '  crosscheck --help | --version',
    'Exit codes: 0 ok, 1 --strict and a link failed or something was skipped (analyze), 2 misuse.',
    '',
  ].join('\n');
}
