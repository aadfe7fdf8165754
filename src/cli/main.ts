/**
 * The command-line interface: a thin shell over the public API (src/index.ts).
 * Misuse exits 2 with one line on stderr; content problems are diagnostics.
 * Each command loads what it needs when it runs: the language pipeline takes about a second to
 * load, and `stories`, `search` or `export` of analysed stories never need it.
 */
import { writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { isUsageError, UsageError } from '../errors.js';
import type { IngestResult } from '../index.js';
import { exposureWarning } from '../server/validate.js';
import { VERSION } from '../version.js';
import { createProgress } from './progress.js';

const HELP = `crosscheck ${VERSION} — lay every account of a news story side by side

Usage:
  crosscheck analyze <files|folders|-> [options]   analyse articles about one story
  crosscheck serve <files|folders> [--port 4317] [--host 127.0.0.1]   browse the analysis in a local web app (127.0.0.1)
  crosscheck serve --db <store> [--port 4317]      browse a corpus store: stories, story pages, search
  crosscheck --help | --version

Corpus mode (a store of many stories; --db defaults to ./crosscheck.db, or postgres://…):
  crosscheck ingest <inputs…> [--db …]   store articles from files, folders, -, .jsonl, RSS/Atom feed
                                         files and URLs, .warc(.gz), clustered into stories; idempotent
      --no-analyse  --allow-private-network  -q
  crosscheck stories [--db …] [--since 2026-03-01] [--limit n] [--format table|json]
  crosscheck story <id> [--db …] [--format json|md|html|why] [--out file]
  crosscheck search "<query>" [--db …] [--limit 20] [--format table|json]
  crosscheck export [--db …] --format jsonl|csv [--out file]
  crosscheck worker --db postgres://… [--concurrency 4] [--once]   run extraction and story analysis
                                         jobs from the PostgreSQL queue; --once drains it and exits

analyze options:
  -f, --format <json|md|html> output format (default: json, or from --out's extension)
  -o, --out <file>         write the report to a file instead of stdout
      --strict             exit 1 when any input was skipped or any error diagnostic was raised
      --max-bytes <n>      refuse input files larger than n bytes (default 16m = 16 MiB; suffixes k, m, g)
  -q, --quiet              no progress or summary on stderr
  -h, --help               show this help

Inputs: .txt .md .html .htm .json .jsonl files, folders (recursive), or - for JSONL on stdin.
Exit codes: 0 ok, 1 --strict and something was skipped, 2 misuse.
`;

export interface CliIO {
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stdin: NodeJS.ReadableStream;
  readonly env: NodeJS.ProcessEnv;
}

function parseBytes(s: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`--max-bytes expects a number of bytes such as 5000000 or 50m, got "${s}"`);
  const mult = { k: 1024, m: 1024 ** 2, g: 1024 ** 3 }[(m[2]?.[0] ?? '').toLowerCase()] ?? 1;
  const n = Math.floor(Number(m[1]) * mult);
  if (n < 1) throw new UsageError(`--max-bytes must be at least 1 byte, got "${s}"`);
  return n;
}

async function runAnalyze(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: {
      format: { type: 'string', short: 'f' },
      out: { type: 'string', short: 'o' },
      strict: { type: 'boolean', default: false },
      'max-bytes': { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) {
    io.stdout.write(HELP);
    return 0;
  }
  if (positionals.length === 0) throw new UsageError('analyze needs at least one file, folder or - (see crosscheck --help)');
  const { analyze, ingestPaths, isFormat, renderReport, FORMATS } = await import('../index.js');
  const fromExt = values.out?.match(/\.(json|md|html)$/)?.[1];
  const format = values.format ?? fromExt ?? 'json';
  if (!isFormat(format)) throw new UsageError(`unknown --format "${format}"; expected one of ${FORMATS.join(', ')}`);
  const maxBytes = values['max-bytes'] !== undefined ? parseBytes(values['max-bytes']) : undefined;
  const progress = createProgress(io.stderr, { quiet: values.quiet, env: io.env });

  // One ingestPaths call for files and stdin ("-") keeps article ids unique across all inputs.
  const opts = { ...(maxBytes !== undefined ? { maxBytes } : {}), onProgress: progress.ingest, stdin: io.stdin };
  const parts: IngestResult[] = [await ingestPaths([...new Set(positionals)], opts)];
  const articles = parts.flatMap((p) => p.articles);
  const diagnostics = parts.flatMap((p) => p.diagnostics);
  const skipped = { inputs: parts.reduce((n, p) => n + p.skipped.inputs, 0), records: parts.reduce((n, p) => n + p.skipped.records, 0) };

  const analysis = analyze({ articles, diagnostics, skipped }, { onArticle: progress.analyse });
  progress.done();
  const out = renderReport(analysis, format);
  if (values.out) writeFileSync(values.out, out);
  else io.stdout.write(out);

  const errors = analysis.diagnostics.filter((d) => d.severity === 'error').length;
  if (!values.quiet) {
    const skippedNote = skipped.inputs + skipped.records ? `, skipped ${skipped.inputs} input(s) and ${skipped.records} record(s)` : '';
    io.stderr.write(`crosscheck: ${analysis.articles.length} article(s)${skippedNote}, ${analysis.diagnostics.length} diagnostic(s)${values.out ? ` → ${values.out}` : ''}\n`);
    for (const d of analysis.diagnostics.filter((x) => x.severity !== 'info').slice(0, 20)) {
      io.stderr.write(`  ${d.severity} ${d.source}${d.line ? `:${d.line}` : ''} [${d.rule}] ${d.message}\n`);
    }
  }
  if (values.strict && (skipped.inputs + skipped.records > 0 || errors > 0)) return 1;
  return 0;
}

/** `serve`: analyse the paths, serve the web app on 127.0.0.1 until Ctrl-C, re-analyse on file changes. */
async function runServe(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    strict: true,
    options: { host: { type: 'string', default: '127.0.0.1' }, port: { type: 'string', short: 'p', default: '4317' }, 'no-watch': { type: 'boolean', default: false }, quiet: { type: 'boolean', short: 'q', default: false }, db: { type: 'string' } },
  });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port expects 0-65535 (0 picks a free port), got "${values.port}"`);
  if (values.db !== undefined) {
    if (positionals.length) throw new UsageError('serve takes either paths or --db, not both');
    if (values.host !== '127.0.0.1') throw new UsageError('serve --db listens on 127.0.0.1 only; --host is not supported with --db');
    return (await import('./commands/serve-db.js')).runServeDb(values.db, port, values.quiet, io);
  }
  if (positionals.length === 0) throw new UsageError('serve needs at least one file or folder, or --db <store> (see crosscheck --help)');
  const log = (line: string) => void (values.quiet || io.stderr.write(`crosscheck: ${line}\n`));
  const host = values.host;
  if (host === '') throw new UsageError('--host needs an address, e.g. 127.0.0.1');
  const warning = exposureWarning(host);
  if (warning) io.stderr.write(`crosscheck: ${warning}\n`);
  const { startServer } = await import('../server/index.js');
  const server = await startServer({ paths: positionals, host, port, watch: !values['no-watch'], log }).catch((e: unknown) => {
    if (e instanceof Error && 'code' in e && e.code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use; pick another with --port (0 picks a free one)`);
    throw e;
  });
  // The signal handlers are in place before the URL is printed: a client that reads the URL and
  // sends Ctrl-C at once must get a clean stop, not Node's default exit by signal.
  const stopped = (await import('./commands/serve-db.js')).untilStopped(() => server.close());
  io.stdout.write(`crosscheck: serving ${server.url} (Ctrl-C to stop)\n`);
  await stopped;
  return 0;
}

const COMMANDS: ReadonlySet<string> = new Set(['analyze', 'analyse', 'serve', 'ingest', 'stories', 'story', 'search', 'export', 'worker']);

/** `-h`/`--help` anywhere before a `--` asks for the help of any command. */
function wantsHelp(args: readonly string[]): boolean {
  const end = args.indexOf('--');
  return (end < 0 ? args : args.slice(0, end)).some((a) => a === '-h' || a === '--help');
}

/** Run the CLI with `argv` (without node and script). Returns the exit code. */
export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const [cmd, ...rest] = argv;
    if (cmd === undefined || cmd === '--help' || cmd === '-h' || cmd === 'help') {
      io.stdout.write(HELP);
      return cmd === undefined ? 2 : 0;
    }
    if (cmd === '--version' || cmd === '-v') {
      io.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (COMMANDS.has(cmd) && wantsHelp(rest)) {
      io.stdout.write(HELP);
      return 0;
    }
    if (cmd === 'analyze' || cmd === 'analyse') return await runAnalyze(rest, io);
    if (cmd === 'serve') return await runServe(rest, io);
    if (cmd === 'ingest') return await (await import('./commands/ingest.js')).runIngest(rest, io);
    if (cmd === 'stories') return await (await import('./commands/stories.js')).runStories(rest, io);
    if (cmd === 'story') return await (await import('./commands/story.js')).runStory(rest, io);
    if (cmd === 'search') return await (await import('./commands/search.js')).runSearch(rest, io);
    if (cmd === 'export') return await (await import('./commands/export.js')).runExport(rest, io);
    if (cmd === 'worker') return await (await import('./commands/worker.js')).runWorkerCommand(rest, io);
    throw new UsageError(`unknown command "${cmd}" (try: crosscheck analyze <paths>)`);
  } catch (e) {
    if (isUsageError(e) || (e instanceof TypeError && 'code' in e && String(e.code).startsWith('ERR_PARSE_ARGS'))) {
      io.stderr.write(`crosscheck: ${(e as Error).message}\n`);
      return 2;
    }
    throw e;
  }
}
