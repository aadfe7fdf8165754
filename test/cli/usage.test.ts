/**
 * Help and misuse as a user meets them, spawned: every command prints its own help (usage,
 * options with defaults, an example), `crosscheck help <command>` too; an unknown option names
 * the closest valid one in one line of our own (never Node's parser text); an output file whose
 * extension no format has is refused with the formats named, before anything is written.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMAND_SPECS } from '../../src/cli/command-specs.js';
import { cli, ensureBuilt } from './corpus-cli-run.js';

const COMMANDS = Object.keys(COMMAND_SPECS) as (keyof typeof COMMAND_SPECS)[];
const tmp = mkdtempSync(join(tmpdir(), 'crosscheck-usage-'));
const missingDb = join(tmp, 'no-such.db');
const ARTICLE = 'test/fixtures/ingest/bom.txt';
beforeAll(ensureBuilt, 120_000);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Misuse: exit 2, one line on stderr matching `message`, nothing on stdout, none of Node's parser wording. */
function expectMisuse(args: readonly string[], message: RegExp): void {
  const r = cli(args);
  expect(r.code, r.stderr).toBe(2);
  expect(r.stderr).toMatch(message);
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stdout).toBe('');
  // must not: Node's own text, with its unbalanced quote, or a stack trace
  expect(r.stderr).not.toMatch(/To specify a positional argument|Unknown option '|\n\s+at /);
}

/** The lines of a help text's Options section. */
const optionLines = (help: string) => help.slice(help.indexOf('\nOptions:\n') + 10).split('\n\n')[0]!.split('\n');

describe('every command prints its own help', () => {
  it.each(COMMANDS)('%s --help, -h and help <command>: usage, every option with its default, an example', (cmd) => {
    const spec = COMMAND_SPECS[cmd];
    const r = cli([cmd, '--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout.split('\n')[0]).toBe(`crosscheck ${cmd} — ${spec.summary}`);
    expect(r.stdout).toMatch(new RegExp(`Usage:\\n  crosscheck ${cmd} `));
    for (const [name, o] of Object.entries(spec.options)) {
      const line = optionLines(r.stdout).find((l) => new RegExp(`--${name}( |$)`).test(l));
      expect(line, `--${name}`).toBeDefined();
      if ('short' in o) expect(line).toContain(`-${o.short}, --${name}`);
      if ('default' in o && typeof o.default === 'string') expect(line).toContain(`(default: ${o.default})`);
    }
    expect(r.stdout).toMatch(new RegExp(`Example:\\n  crosscheck ${cmd} \\S`));
    // must not: the global help (another command's usage, the command list)
    expect(r.stdout).not.toContain('Corpus mode');
    for (const other of COMMANDS.filter((c) => c !== cmd)) expect(r.stdout).not.toContain(`Usage:\n  crosscheck ${other} `);
    expect(cli([cmd, '-h']).stdout).toBe(r.stdout);
    expect(cli(['help', cmd])).toEqual({ code: 0, stdout: r.stdout, stderr: '' });
    // help wins wherever it is, even among options that would be misuse
    expect(cli([cmd, '--db', missingDb, '--no-such-option', '--help']).stdout).toBe(r.stdout);
  });

  it('serve --help names --host and --no-watch; ingest --help names --analyse and --no-analyse', () => {
    const serve = cli(['serve', '--help']).stdout;
    expect(serve).toMatch(/--host <address> .*\(default: 127\.0\.0\.1\)/);
    expect(serve).toMatch(/--no-watch +do not re-analyse when the files change/);
    expect(serve).toMatch(/-p, --port <port> .*0 picks a free one \(default: 4317\)/);
    const ingest = cli(['ingest', '--help']).stdout;
    expect(ingest).toContain('--analyse ');
    expect(ingest).toContain('--no-analyse ');
    expect(cli(['analyse', '--help']).stdout).toBe(cli(['analyze', '--help']).stdout);
  });

  it('crosscheck --help lists every command and says where their options are; help, help help, help --help are the same', () => {
    const r = cli(['--help']);
    expect([r.code, r.stderr]).toEqual([0, '']);
    const lines = r.stdout.split('\n');
    for (const cmd of COMMANDS) expect(lines.some((l) => l.startsWith(`  crosscheck ${cmd} `) && l.endsWith(`  ${COMMAND_SPECS[cmd].summary}`)), cmd).toBe(true);
    expect(r.stdout).toContain('crosscheck <command> --help, or crosscheck help <command>');
    for (const args of [['help'], ['help', 'help'], ['help', '--help'], ['-h']]) expect(cli(args), args.join(' ')).toEqual({ code: 0, stdout: r.stdout, stderr: '' });
  });

  it('help for a command that does not exist is misuse, with the closest command', () => {
    expectMisuse(['help', 'stroies'], /^crosscheck: unknown command "stroies"; did you mean stories\?/);
    expectMisuse(['stroy', '3'], /^crosscheck: unknown command "stroy"; did you mean story\?/);
    // must not suggest a command for something nothing like one
    expectMisuse(['frobnicate'], /^crosscheck: unknown command "frobnicate"; commands: analyze, serve, ingest, stories, story, search, export, worker/);
  });
});

describe('an unknown option: one line naming it and the closest valid one', () => {
  it.each([
    [['analyze', ARTICLE, '--fromat', 'md'], 'analyze', '--fromat', '--format'],
    [['analyze', ARTICLE, '--stirct'], 'analyze', '--stirct', '--strict'],
    [['serve', ARTICLE, '--watch'], 'serve', '--watch', '--no-watch'],
    [['serve', ARTICLE, '--hots', '0.0.0.0'], 'serve', '--hots', '--host'],
    [['ingest', ARTICLE, '--analyze'], 'ingest', '--analyze', '--analyse'],
    [['ingest', ARTICLE, '--no-analyze'], 'ingest', '--no-analyze', '--no-analyse'],
    [['stories', '--limt', '3'], 'stories', '--limt', '--limit'],
    [['story', '1', '--fromat', 'md'], 'story', '--fromat', '--format'],
    [['search', 'bridge', '--limits', '3'], 'search', '--limits', '--limit'],
    [['export', '--ot', 'x.csv'], 'export', '--ot', '--out'],
    [['worker', '--concurency', '2'], 'worker', '--concurency', '--concurrency'],
  ])('%j', (args, cmd, typed, near) => {
    expectMisuse(args, new RegExp(`^crosscheck: unknown option ${typed} for crosscheck ${cmd}; did you mean ${near}\\? \\(see crosscheck ${cmd} --help\\)\\n$`));
  });

  it.each(COMMANDS)('%s: an option far from any is listed against the valid ones, no guess', (cmd) => {
    const all = [...Object.keys(COMMAND_SPECS[cmd].options), 'help'].map((n) => `--${n}`).join(' ');
    expectMisuse([cmd, '--xyzzy-plugh'], new RegExp(`^crosscheck: unknown option --xyzzy-plugh for crosscheck ${cmd}; its options are ${all} \\(see crosscheck ${cmd} --help\\)\\n$`));
  });

  it('an option valid for another command only is still unknown here', () => {
    expectMisuse(['stories', '--port', '80'], /^crosscheck: unknown option --port for crosscheck stories; its options are /);
    expectMisuse(['analyze', ARTICLE, '-x'], /^crosscheck: unknown option -x for crosscheck analyze; /);
  });

  it('an option without its value, or with one it does not take; an argument to a command that takes none', () => {
    expectMisuse(['analyze', ARTICLE, '--format'], /^crosscheck: --format needs a value: <json\|md\|html> \(see crosscheck analyze --help\)\n$/);
    expectMisuse(['stories', '--limit', '--format', 'json'], /^crosscheck: --limit needs a value: <n>, got the option --format /);
    expectMisuse(['analyze', ARTICLE, '--quiet=yes'], /^crosscheck: --quiet takes no value, got "yes"/);
    expectMisuse(['stories', 'extra'], /^crosscheck: stories takes no arguments, only options; got "extra"/);
    expectMisuse(['export', 'rows.csv'], /^crosscheck: export takes no arguments, only options; got "rows\.csv"/);
  });
});

describe('--out with an extension no format has', () => {
  it.each([
    [['analyze', ARTICLE, '--out'], 'report.pdf', /^crosscheck: cannot tell the format from --out .*report\.pdf: \.pdf is none of json, md, html; /],
    [['story', '1', '--db', missingDb, '--out'], 'story.docx', /^crosscheck: cannot tell the format from --out .*story\.docx: \.docx is none of json, md, html; /],
    [['export', '--db', missingDb, '--out'], 'rows.xlsx', /^crosscheck: cannot tell the format from --out .*rows\.xlsx: \.xlsx is none of jsonl, csv; /],
  ])('%j: exit 2 naming the formats, nothing written', (args, name, message) => {
    const file = join(tmp, name);
    expectMisuse([...args, file], message);
    expect(existsSync(file)).toBe(false);
  });

  it('an extension naming another format than --format is misuse; an unknown one with --format is taken as asked', () => {
    expectMisuse(['analyze', ARTICLE, '--format', 'md', '--out', join(tmp, 'r.html')], /^crosscheck: --format md but --out .*r\.html names html; /);
    const notes = join(tmp, 'notes.txt');
    expect(cli(['analyze', ARTICLE, '-q', '--format', 'md', '--out', notes]).code).toBe(0);
    expect(readFileSync(notes, 'utf8')).toMatch(/^# /);
  });

  it.each([
    ['report.md', /^# /],
    ['report.MARKDOWN', /^# /],
    ['report.htm', /^<!doctype html>/i],
    ['report.json', /^\{/],
    ['report', /^\{/],
  ])('analyze --out %s writes the format the extension names (JSON without one)', (name, start) => {
    const file = join(tmp, name);
    const r = cli(['analyze', ARTICLE, '-q', '--out', file]);
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(readFileSync(file, 'utf8')).toMatch(start);
  });
});
